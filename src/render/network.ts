// Assembles the network SVG from a view and positions. Pure DOM construction via
// the given `document`: the page, jsdom tests and SVG export share it.
import type { Point } from '../layout/types.ts';
import type { GraphView } from '../model/types.ts';
import { writeEdge, writeNode } from './elements.ts';
import { fmt } from './format.ts';
import { resolveHighlight } from './highlight.ts';
import { renderLegend } from './legend.ts';
import { createMarkers } from './markers.ts';
import { THEME_TONES } from './palette.ts';
import { buildScene, type RenderOptions } from './scene.ts';
import { SVG_NS, svgEl } from './svg.ts';

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif";

export function renderNetwork(
  doc: Document,
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  options: RenderOptions,
): SVGSVGElement {
  const scene = buildScene(view, positions, options);
  const tones = THEME_TONES[scene.theme];
  const p = scene.idPrefix;
  const svg = svgEl(doc, 'svg');
  // A namespaced xmlns (first), so both outerHTML and XMLSerializer give a standalone file.
  svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  const rootAttrs: ReadonlyArray<readonly [string, string]> = [
    ['class', `network theme-${scene.theme}${options.narrow ? ' narrow' : ''}`],
    ['width', fmt(scene.width)],
    ['height', fmt(scene.height)],
    ['viewBox', `0 0 ${fmt(scene.width)} ${fmt(scene.height)}`],
    ['role', 'graphics-document'],
    ['aria-roledescription', 'network diagram'],
    ['aria-labelledby', `${p}-title`],
    ['aria-describedby', `${p}-desc`],
    ['font-family', FONT_FAMILY],
    ['data-theme', scene.theme],
  ];
  for (const [k, v] of rootAttrs) svg.setAttribute(k, v);
  const title = svgEl(doc, 'title', [['id', `${p}-title`]]);
  title.textContent = scene.title;
  const desc = svgEl(doc, 'desc', [['id', `${p}-desc`]]);
  desc.textContent = scene.desc;
  const defs = svgEl(doc, 'defs');
  defs.append(...createMarkers(doc, p, scene.categories, scene.theme));
  const background = svgEl(doc, 'rect', [
    ['class', 'background'],
    ['width', fmt(scene.width)],
    ['height', fmt(scene.height)],
    ['fill', tones.background],
  ]);

  const hl = resolveHighlight(
    scene.nodes.map((n) => n.id),
    scene.edges,
    options.highlight,
  );
  const edges = svgEl(doc, 'g', [['class', 'edges']]);
  for (const e of scene.edges) {
    const g = doc.createElementNS(SVG_NS, 'g');
    writeEdge(g, e, hl.edges.get(e.key) ?? 'normal');
    edges.append(g);
  }
  const nodes = svgEl(doc, 'g', [['class', 'nodes']]);
  for (const n of scene.nodes) {
    const g = doc.createElementNS(SVG_NS, 'g');
    writeNode(g, n, hl.nodes.get(n.id) ?? 'normal', scene.theme, scene.fontSize);
    nodes.append(g);
  }
  svg.append(title, desc, defs, background, edges, nodes);
  if (scene.legend) {
    svg.append(renderLegend(doc, scene.legend.content, scene.theme, scene.legend.rect.x, scene.legend.rect.y));
  }
  return svg;
}
