// Draws the network SVG of a view. Pure DOM construction via the given `document`:
// the page, jsdom tests and SVG export share it. The SVG holds the view's nodes
// and edges only; updateNetwork brings it to another view (ADR 0005).
import type { Point } from '../layout/types.ts';
import type { GraphView } from '../model/types.ts';
import { registerDom } from './dom-state.ts';
import type { RenderOptions } from './scene.ts';
import { SVG_NS, svgEl } from './svg.ts';
import { syncNetwork } from './sync.ts';

export { FONT_FAMILY } from './sync.ts';

export function renderNetwork(
  doc: Document,
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  options: RenderOptions,
): SVGSVGElement {
  const svg = svgEl(doc, 'svg');
  // A namespaced xmlns (first), so both outerHTML and XMLSerializer give a standalone file.
  svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  const edges = svgEl(doc, 'g', [['class', 'edges']]);
  const nodes = svgEl(doc, 'g', [['class', 'nodes']]);
  // title, desc, defs, background, edges, nodes (then the legend): syncNetwork fills them in.
  svg.append(svgEl(doc, 'title'), svgEl(doc, 'desc'), svgEl(doc, 'defs'), svgEl(doc, 'rect'), edges, nodes);
  registerDom(svg, edges, nodes);
  syncNetwork(svg, view, positions, options);
  return svg;
}
