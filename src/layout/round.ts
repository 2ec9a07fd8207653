/** Round to 0.01 and fold -0 into 0, so printed coordinates are byte-stable. */
export function round2(n: number): number {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? 0 : r;
}
