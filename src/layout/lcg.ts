// The linear congruential generator d3-force uses internally (src/lcg.js), with a
// seed we control, so every run of the layout draws the same "random" jiggle.
const A = 1664525;
const C = 1013904223;
const M = 4294967296; // 2^32

/** Returns a function yielding numbers in [0, 1), like Math.random but reproducible. */
export function lcg(seed = 1): () => number {
  let s = ((Math.floor(seed) % M) + M) % M;
  return () => (s = (A * s + C) % M) / M;
}
