// A standalone SVG snapshot of the current view: header (title, time range,
// filters), the network exactly as renderNetwork draws it (legend included), and a
// footer with credits and the permalink. A pure function of (document, input):
// the DOM is only built and serialized, never attached to a page.
import { formatPartialDate } from '../../data/partial-date.ts';
import type { Graph } from '../../data/types.ts';
import type { Point } from '../../layout/types.ts';
import type { GraphView } from '../../model/types.ts';
import { fmt, FONT_FAMILY, renderNetwork, THEME_TONES, type Highlight, type Theme } from '../../render/index.ts';
import { SVG_NS, svgEl } from '../../render/svg.ts';
import { stripInvalidXml } from '../data/xml.ts';
import { citedPublishers, SIPRI_CREDIT, sipriInView, sourcesLine } from './credits.ts';
import { wrapText } from './wrap.ts';

export interface ExportInput {
  readonly graph: Graph;
  readonly view: GraphView;
  /** On-screen pixel positions (after zoom and drag), in the network's own box. */
  readonly positions: ReadonlyMap<string, Point>;
  /** Size of the network area, as on screen; header and footer are added above and below. */
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
  readonly narrow?: boolean;
  /** Circle size factor as on screen (NetworkView.exportFrame().radiusScale). */
  readonly radiusScale?: number | undefined;
  readonly highlight?: Highlight;
  /** Default: the graph's meta.title. */
  readonly title?: string;
  /** "September 2023 – December 2024, up to date". */
  readonly rangeLabel: string;
  /** "Categories: ballistic missiles"; omitted when empty. */
  readonly filtersLabel?: string;
  /** Plain-text summary of the view: the file's <desc>. */
  readonly summary: string;
  /** Link back to this view; written only when it is an http(s) URL. */
  readonly permalink?: string;
  /** Free text, e.g. "2025-01-31"; printed as "exported …". */
  readonly generatedAt?: string;
}

/** Where header, network and footer sit; exposed for tests (crop the network area). */
export interface ExportLayout {
  readonly width: number;
  readonly height: number;
  /** Top of the network area. */
  readonly networkTop: number;
  readonly networkHeight: number;
}

const PAD = 16;
const ID_PREFIX = 'atn';

interface TextStyle {
  readonly size: number;
  readonly lineHeight: number;
  readonly weight?: string;
  readonly tone: 'label' | 'legendText';
}

// Sizes chosen for print: a 960-unit-wide export on A4 keeps footer text near 7 pt.
const STYLES = {
  title: { size: 20, lineHeight: 25, weight: 'bold', tone: 'label' },
  subtitle: { size: 14, lineHeight: 19, tone: 'legendText' },
  footer: { size: 12, lineHeight: 16, tone: 'legendText' },
} as const satisfies Record<string, TextStyle>;
const NARROW_TITLE: TextStyle = { size: 17, lineHeight: 21, weight: 'bold', tone: 'label' };

/** Only http(s) links, with nothing a text viewer could mistake for markup. */
export function safePermalink(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^\s"<>]+$/i.test(url)) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The footer's lines of text, before wrapping. */
export function footerLines(input: Pick<ExportInput, 'graph' | 'view' | 'permalink' | 'generatedAt'>): string[] {
  const { graph, view } = input;
  const lines: string[] = [];
  const sources = sourcesLine(citedPublishers(graph, view));
  if (sources) lines.push(sources);
  if (sipriInView(graph, view)) lines.push(SIPRI_CREDIT);
  let asOf = `Data as of ${formatPartialDate(graph.meta.updated)} · ${graph.meta.license}`;
  if (input.generatedAt) asOf += ` · exported ${input.generatedAt}`;
  lines.push(asOf);
  const link = safePermalink(input.permalink);
  if (link) lines.push(link);
  return lines;
}

/** Text blocks for header and footer, wrapped to the width; the network area's place follows from them. */
function plan(input: ExportInput) {
  const maxWidth = Math.max(40, input.width - 2 * PAD);
  // Bold glyphs run wider than the label estimate: wrap the title a little early.
  const titleStyle = input.narrow ? NARROW_TITLE : STYLES.title;
  const title = wrapText(input.title ?? input.graph.meta.title, titleStyle.size * 1.1, maxWidth);
  const subtitleText = [input.rangeLabel, input.filtersLabel].filter((s) => s && s.trim()).join(' · ');
  const subtitle = wrapText(subtitleText, STYLES.subtitle.size, maxWidth);
  const footer = footerLines(input).flatMap((l) => wrapText(l, STYLES.footer.size, maxWidth));
  const headerHeight = Math.ceil(PAD + title.length * titleStyle.lineHeight + subtitle.length * STYLES.subtitle.lineHeight + PAD / 2);
  const footerHeight = Math.ceil(PAD / 2 + footer.length * STYLES.footer.lineHeight + PAD / 2);
  const layout: ExportLayout = {
    width: input.width,
    height: headerHeight + input.height + footerHeight,
    networkTop: headerHeight,
    networkHeight: input.height,
  };
  return { title, titleStyle, subtitle, footer, layout };
}

export function exportLayout(input: ExportInput): ExportLayout {
  return plan(input).layout;
}

/** Builds the export's <svg> element in `doc` (not attached). */
export function buildExportSvg(doc: Document, input: ExportInput): SVGSVGElement {
  const { title, titleStyle, subtitle, footer, layout } = plan(input);
  const tones = THEME_TONES[input.theme];
  const docTitle = input.title ?? input.graph.meta.title;

  const network = renderNetwork(doc, input.view, input.positions, {
    width: input.width,
    height: input.height,
    theme: input.theme,
    idPrefix: ID_PREFIX,
    title: docTitle,
    desc: input.summary,
    narrow: input.narrow,
    radiusScale: input.radiusScale,
    highlight: input.highlight,
  });

  const svg = svgEl(doc, 'svg');
  svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  const attrs: ReadonlyArray<readonly [string, string]> = [
    ['class', `atn-export theme-${input.theme}`],
    ['width', fmt(layout.width)],
    ['height', fmt(layout.height)],
    ['viewBox', `0 0 ${fmt(layout.width)} ${fmt(layout.height)}`],
    ['role', 'img'],
    ['aria-labelledby', `${ID_PREFIX}-title`],
    ['aria-describedby', `${ID_PREFIX}-desc`],
    ['font-family', FONT_FAMILY],
    ['data-theme', input.theme],
  ];
  for (const [k, v] of attrs) svg.setAttribute(k, v);

  // The network's own <title>/<desc> (same ids, same text) become the file's.
  const top = (tag: string) => [...network.children].find((c) => c.localName === tag);
  const netTitle = top('title');
  const netDesc = top('desc');
  const netDefs = top('defs') ?? svgEl(doc, 'defs');
  const clipId = `${ID_PREFIX}-network-clip`;
  const clip = svgEl(doc, 'clipPath', [['id', clipId]]);
  clip.append(svgEl(doc, 'rect', [['width', fmt(input.width)], ['height', fmt(input.height)]]));
  netDefs.append(clip);

  const page = svgEl(doc, 'rect', [
    ['class', 'page-background'],
    ['width', fmt(layout.width)],
    ['height', fmt(layout.height)],
    ['fill', tones.background],
  ]);

  const header = svgEl(doc, 'g', [['class', 'export-header']]);
  let y = PAD;
  y = appendLines(doc, header, title, titleStyle, y, tones, 'export-title');
  appendLines(doc, header, subtitle, STYLES.subtitle, y, tones, 'export-subtitle');

  // The network keeps its own coordinates: translated below the header, clipped to its box as on screen.
  const group = svgEl(doc, 'g', [
    ['class', network.getAttribute('class') ?? 'network'],
    ['transform', `translate(0,${fmt(layout.networkTop)})`],
  ]);
  const inner = svgEl(doc, 'g', [['clip-path', `url(#${clipId})`]]);
  for (const child of [...network.children]) {
    if (child !== netTitle && child !== netDesc && child !== netDefs) inner.append(child);
  }
  group.append(inner);
  splitHalos(group);

  const foot = svgEl(doc, 'g', [['class', 'export-footer']]);
  foot.append(
    svgEl(doc, 'line', [
      ['x1', fmt(PAD)],
      ['y1', fmt(layout.networkTop + layout.networkHeight + 0.5)],
      ['x2', fmt(layout.width - PAD)],
      ['y2', fmt(layout.networkTop + layout.networkHeight + 0.5)],
      ['stroke', tones.legendLine],
      ['stroke-opacity', '0.4'],
      ['stroke-width', '1'],
    ]),
  );
  appendLines(doc, foot, footer, STYLES.footer, layout.networkTop + layout.networkHeight + PAD / 2, tones, 'export-credit');

  svg.append(
    ...(netTitle ? [netTitle] : []),
    ...(netDesc ? [netDesc] : []),
    netDefs,
    page,
    header,
    group,
    foot,
  );
  sanitizeText(svg);
  return svg;
}

/** Appends one <text> per line from `top`; returns the y below the block. */
function appendLines(
  doc: Document,
  parent: Element,
  lines: readonly string[],
  style: TextStyle,
  top: number,
  tones: (typeof THEME_TONES)[Theme],
  className: string,
): number {
  let y = top;
  for (const line of lines) {
    // Baseline at ~0.8 of the line box for a typical sans-serif.
    const text = svgEl(doc, 'text', [
      ['class', className],
      ['x', fmt(PAD)],
      ['y', fmt(y + (style.lineHeight + style.size * 0.6) / 2)],
      ['font-size', String(style.size)],
      ['font-weight', style.weight],
      ['fill', tones[style.tone]],
    ]);
    text.textContent = line;
    parent.append(text);
    y += style.lineHeight;
  }
  return y;
}

/**
 * Label halos use paint-order="stroke", which Illustrator and some older tools
 * ignore (the halo would then cover the letters). For the file, each label becomes
 * a halo copy under a plain copy: the same picture, in every tool.
 */
function splitHalos(root: Element): void {
  for (const text of [...root.querySelectorAll('text[paint-order="stroke"]')]) {
    const halo = text.cloneNode(true) as Element;
    halo.setAttribute('class', 'label-halo');
    halo.setAttribute('fill', text.getAttribute('stroke') ?? 'none');
    halo.removeAttribute('paint-order');
    text.removeAttribute('paint-order');
    for (const a of ['stroke', 'stroke-width', 'stroke-linejoin']) text.removeAttribute(a);
    text.before(halo);
  }
}

/** Characters XML 1.0 forbids cannot be escaped: drop them from text and attributes before serializing. */
function sanitizeText(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4); // elements and text
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      const clean = stripInvalidXml(n.nodeValue ?? '');
      if (clean !== n.nodeValue) n.nodeValue = clean;
    } else {
      for (const a of [...(n as Element).attributes]) {
        const clean = stripInvalidXml(a.value);
        if (clean !== a.value) a.value = clean;
      }
    }
  }
}

/** The export as a standalone SVG file's text (XML declaration first). Escaping is the serializer's. */
export function exportSvg(doc: Document, input: ExportInput): string {
  const svg = buildExportSvg(doc, input);
  const Serializer = doc.defaultView?.XMLSerializer ?? globalThis.XMLSerializer;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new Serializer().serializeToString(svg)}\n`;
}
