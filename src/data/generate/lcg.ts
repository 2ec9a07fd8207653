// A tiny seeded generator so the same seed gives the same synthetic graph on every
// platform (Math.random cannot be seeded). Numerical Recipes LCG constants, 32-bit.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number;
}

export function lcg(seed: number): Rng {
  let state = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    // The low bits of an LCG are weak; mix before use.
    let x = state ^ (state >>> 16);
    x = Math.imul(x, 0x45d9f3b) >>> 0;
    x ^= x >>> 16;
    return (x >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}

/** Cumulative weights for sampling by weight with a binary search. */
export function cumulative(weights: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const w of weights) out.push((sum += w));
  return out;
}

/** Index sampled in proportion to the weights behind `cum`. */
export function pick(rng: Rng, cum: readonly number[]): number {
  const total = cum[cum.length - 1] ?? 0;
  const r = rng.next() * total;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
