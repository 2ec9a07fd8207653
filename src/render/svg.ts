export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Create an SVG element with attributes set in the given (fixed) order; undefined values are skipped. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: ReadonlyArray<readonly [string, string | undefined]> = [],
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  for (const [name, value] of attrs) if (value !== undefined) el.setAttribute(name, value);
  return el;
}
