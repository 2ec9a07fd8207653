// Fixed number formatting so identical input gives byte-identical SVG everywhere.

/** At most 2 decimals, no trailing zeros, never "-0". */
export function fmt(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}
