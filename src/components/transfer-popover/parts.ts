// Small template pieces shared by the tooltip, popover, details panel and table:
// source links (only http(s) ever becomes a link), the status line-style glyph and
// the category swatch. All data reaches the DOM through lit text bindings.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatPartialDate } from '../../data/partial-date.ts';
import type { Source } from '../../data/types.ts';
import { SOURCE_KIND_LABELS, type Category } from '../../data/vocabulary.ts';
import { statusAsOf } from '../../model/as-of.ts';
import type { GraphIndex } from '../../model/index-graph.ts';
import { lineStyle, statusRank } from '../../model/status.ts';
import type { AggregateEdge, DateBasis, LineStyle, Status } from '../../model/types.ts';
import { lineStyleAttributes } from '../../render/line-style.ts';
import { categoryColour } from '../../render/palette.ts';

/** The URL when it is http(s), else undefined: javascript:, data: etc. never become links. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link opening in a new tab, or plain text when the URL is not http(s). */
export function externalLink(url: string | undefined, text: string, part = 'link'): TemplateResult {
  const href = safeHref(url);
  return href
    ? html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`
    : html`<span part="${part}-text">${text}</span>`;
}

/** "Reuters: Title (2 Nov 2023, media report)" as a link, with the archive copy if any. */
export function sourceItem(source: Source | undefined, id: string, withQuote = false): TemplateResult {
  if (!source) return html`<span class="missing">source ${id} not found</span>`;
  const archive = safeHref(source.archiveUrl);
  return html`<span class="source">
    <span class="publisher">${source.publisher}</span>:
    ${externalLink(source.url, source.title, 'source-link')}
    <span class="source-meta">(${formatPartialDate(source.published)}, ${SOURCE_KIND_LABELS[source.kind]}${source.originalPublisher
      ? `, via ${source.originalPublisher}`
      : ''})</span>${archive ? html` <a href=${archive} target="_blank" rel="noopener noreferrer" class="archive">archived copy</a>` : nothing}
    ${withQuote && source.quote ? html`<blockquote class="quote">${source.quote}</blockquote>` : nothing}
  </span>`;
}

/** A 24×8 line in the status's line style: status never rests on colour alone. */
export function styleGlyph(style: LineStyle): TemplateResult {
  const a = lineStyleAttributes(style);
  return html`<svg class="glyph" width="24" height="8" viewBox="0 0 24 8" aria-hidden="true" focusable="false">
    ${svg`<line x1="1" y1="4" x2="23" y2="4" stroke="currentColor" stroke-width="2.5"
      stroke-dasharray=${a.dasharray ?? nothing} opacity=${a.opacity}></line>`}
  </svg>`;
}

/** A coloured square for a category; always next to the category's name. */
export function swatch(category: Category): TemplateResult {
  // An SVG fill, not an inline style: a strict CSP (style-src 'self') blocks style attributes.
  return html`<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">${svg`<rect width="10" height="10" rx="2" fill=${categoryColour(category)}></rect>`}</svg>`;
}

/**
 * The edge's status as of a day: the strongest of its transfers' statuses then, like
 * the aggregate's rule, so a card shown for another date than the view's still agrees
 * with the time bar. Falls back to the edge's own status when nothing is on record.
 */
export function edgeStatusAsOf(
  edge: AggregateEdge,
  day: number,
  basis: DateBasis,
  index: GraphIndex,
): { status: Status; style: LineStyle; contested: boolean } {
  let status: Status | undefined;
  let contested = false;
  for (const t of edge.transfers) {
    const s = statusAsOf(t, day, basis, index);
    if (!s) continue;
    contested ||= s.contested;
    if (status === undefined || statusRank(s.status) > statusRank(status)) status = s.status;
  }
  if (status === undefined) return { status: edge.status, style: edge.style, contested: edge.contested };
  return { status, style: lineStyle(status), contested };
}
