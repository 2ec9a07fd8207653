// The legend as an SVG <g>, so it travels with exports. It lists only what the
// view shows: the categories present, the line styles present, and what node size
// and edge width (or, on the canvas edge layer, edge shade) mean. Sizes are estimated like labels (no measuring).
import { CATEGORY_LABELS, type Category } from '../data/vocabulary.ts';
import type { GraphView, LineStyle } from '../model/types.ts';
import { fmt } from './format.ts';
import { estimateTextWidth, type Rect } from './labels.ts';
import { LINE_STYLE_LABELS, lineStyleAttributes } from './line-style.ts';
import { categoriesInOrder, categoryColour, THEME_TONES, type Theme } from './palette.ts';
import { svgEl } from './svg.ts';

const FONT_SIZE = 11;
const ROW = 16;
const PAD = 8;
const SWATCH = 20;
const TEXT_X = PAD + SWATCH + 6;
const STYLE_ORDER: readonly LineStyle[] = ['solid', 'dashed', 'faded'];

export interface LegendContent {
  readonly categories: readonly Category[];
  readonly styles: readonly LineStyle[];
  /** Edges on the canvas layer show their transfer count by shade, not width (ADR 0006). */
  readonly shade?: true | undefined;
}

export function legendContent(view: GraphView, shade?: boolean): LegendContent {
  const styles = new Set(view.edges.map((e) => e.style));
  return {
    categories: categoriesInOrder(view.edges.map((e) => e.category)),
    styles: STYLE_ORDER.filter((s) => styles.has(s)),
    shade: shade || undefined,
  };
}

const sizeRows = (c: LegendContent) => ['circle area: transfers in and out', `line ${c.shade ? 'shade' : 'width'}: number of transfers`];

function rows(content: LegendContent): string[] {
  return [
    ...content.categories.map((c) => CATEGORY_LABELS[c]),
    ...content.styles.map((s) => LINE_STYLE_LABELS[s]),
    ...sizeRows(content),
  ];
}

/** The legend's box when drawn at (x, y): label placement keeps clear of it. */
export function legendRect(content: LegendContent, x: number, y: number): Rect {
  const texts = rows(content);
  const textW = Math.max(...texts.map((t) => estimateTextWidth(t, FONT_SIZE)));
  return { x, y, width: TEXT_X + textW + PAD, height: PAD * 2 + texts.length * ROW };
}

export function renderLegend(doc: Document, content: LegendContent, theme: Theme, x: number, y: number): SVGGElement {
  const tones = THEME_TONES[theme];
  const box = legendRect(content, x, y);
  const g = svgEl(doc, 'g', [
    ['class', 'legend'],
    ['transform', `translate(${fmt(x)},${fmt(y)})`],
    ['font-size', String(FONT_SIZE)],
  ]);
  g.append(
    svgEl(doc, 'rect', [
      ['class', 'legend-background'],
      ['width', fmt(box.width)],
      ['height', fmt(box.height)],
      ['rx', '4'],
      ['fill', tones.background],
      ['fill-opacity', '0.85'],
    ]),
  );
  let row = 0;
  const rowY = () => PAD + row * ROW + ROW / 2;
  const text = (t: string) =>
    Object.assign(
      svgEl(doc, 'text', [
        ['x', fmt(TEXT_X)],
        ['y', fmt(rowY() + FONT_SIZE * 0.35)],
        ['fill', tones.legendText],
      ]),
      { textContent: t },
    );
  const line = (attrs: ReadonlyArray<readonly [string, string | undefined]>) =>
    svgEl(doc, 'line', [
      ['x1', fmt(PAD)],
      ['y1', fmt(rowY())],
      ['x2', fmt(PAD + SWATCH)],
      ['y2', fmt(rowY())],
      ...attrs,
    ]);

  for (const c of content.categories) {
    const item = svgEl(doc, 'g', [['class', 'legend-category'], ['data-category', c]]);
    item.append(line([['stroke', categoryColour(c, theme)], ['stroke-width', '3']]), text(CATEGORY_LABELS[c]));
    g.append(item);
    row++;
  }
  for (const s of content.styles) {
    const ls = lineStyleAttributes(s);
    const item = svgEl(doc, 'g', [['class', 'legend-style'], ['data-style', s]]);
    item.append(
      line([
        ['stroke', tones.legendLine],
        ['stroke-width', '2'],
        ['stroke-dasharray', ls.dasharray],
        ['opacity', ls.opacity === 1 ? undefined : fmt(ls.opacity)],
      ]),
      text(LINE_STYLE_LABELS[s]),
    );
    g.append(item);
    row++;
  }
  // Size keys: two circles, then a thin and a thick line (a light and a dark one on the canvas).
  const sizes = svgEl(doc, 'g', [['class', 'legend-size']]);
  sizes.append(
    svgEl(doc, 'circle', [['cx', fmt(PAD + 4)], ['cy', fmt(rowY())], ['r', '3'], ['fill', tones.nodeFill], ['stroke', tones.nodeStroke]]),
    svgEl(doc, 'circle', [['cx', fmt(PAD + 14)], ['cy', fmt(rowY())], ['r', '6'], ['fill', tones.nodeFill], ['stroke', tones.nodeStroke]]),
    text(sizeRows(content)[0]!),
  );
  row++;
  sizes.append(
    ...[-3, 3].map((dy, i) =>
      svgEl(doc, 'line', [
        ['x1', fmt(PAD)],
        ['y1', fmt(rowY() + dy)],
        ['x2', fmt(PAD + SWATCH)],
        ['y2', fmt(rowY() + dy)],
        ['stroke', tones.legendLine],
        ['stroke-width', content.shade ? '1' : i ? '4' : '1.5'],
        ['opacity', content.shade && !i ? '0.45' : undefined],
      ]),
    ),
    text(sizeRows(content)[1]!),
  );
  g.append(sizes);
  return g;
}
