import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { formatPartialDate } from '../../data/partial-date.ts';
import type { Graph } from '../../data/types.ts';
import { SOURCE_KIND_LABELS, SOURCE_KINDS, type SourceKind } from '../../data/vocabulary.ts';
import { STATUS_ORDER } from '../../model/status.ts';
import { lineStyle } from '../../model/status.ts';
import { STATUS_LABELS } from '../../model/format.ts';
import type { Status } from '../../model/types.ts';
import { tokens } from '../shared/theme.ts';
import { partStyles } from '../transfer-popover/parts.styles.ts';
import { styleGlyph } from '../transfer-popover/parts.ts';
import { styles } from './about-data.styles.ts';

/** The credit line SIPRI's terms ask for whenever its data is shown. */
export const SIPRI_CREDIT = 'Information from the SIPRI Arms Transfers Database';

const STATUS_MEANINGS: Readonly<Record<Status, string>> = {
  used: 'the weapons were reported used in combat by the recipient',
  delivered: 'delivery is on record',
  confirmed: 'a government involved confirmed the transfer, short of delivery being on record',
  ordered: 'an order or contract is on record',
  negotiating: 'talks about the transfer are on record',
  offered: 'an offer is on record',
  reported: 'reported by credible sources, no stage on record yet',
  alleged: 'claimed by one party or an anonymous source, not corroborated',
  disputed: 'a reported or alleged claim that has since been disputed',
  denied: 'a reported or alleged claim that a party has since denied',
};

const SOURCE_KIND_MEANINGS: Readonly<Record<SourceKind, string>> = {
  'government-statement': 'an on-the-record statement by a government or its officials',
  'intelligence-assessment': 'a published or officially briefed intelligence finding',
  'un-or-multilateral': 'a UN panel, the IAEA, NATO, the EU or a similar body',
  'media-report': 'a news organisation’s own reporting',
  'research-or-database': 'a research institute or database such as SIPRI',
  'leaked-document': 'a document published without its author’s consent',
};

const CONFIDENCE_MEANINGS = [
  ['A', 'official and corroborated: an on-record government or multilateral source, backed by others'],
  ['B', 'one government, or several independent outlets'],
  ['C', 'a single outlet or anonymous sources'],
] as const;

/** "arms-transfers-2025-01-01.json" from the dataset's title and date. */
export function datasetFileName(graph: Graph): string {
  const slug = graph.meta.title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'dataset'}-${graph.meta.updated}.json`;
}

/** True when SIPRI data is shown, so its credit line must be. */
export function usesSipri(graph: Graph): boolean {
  return !!graph.meta.sipriDataGenerated || graph.sources.some((s) => /\bSIPRI\b/i.test(s.publisher));
}

/**
 * `<atn-about-data>`: how the dataset is built and may be reused.
 *
 * Properties:
 * - `graph: Graph | undefined` — the dataset in view (pass a filtered graph to offer
 *   only that for download).
 *
 * Shows the "data as of" date (meta.updated), what each status, source kind and
 * confidence level means, the licence and credits (with the SIPRI credit line when
 * SIPRI data is present), and a download link for the graph as JSON. The Blob URL is
 * made when the link is used, not when the graph arrives: writing out 30,000 deals
 * takes about a second, which every load would otherwise pay. It is revoked when the
 * graph changes or the element disconnects.
 */
export class AtnAboutData extends LitElement {
  static override properties = {
    graph: { attribute: false },
  };
  static override styles = [tokens, partStyles, styles];

  declare graph: Graph | undefined;
  #url: string | undefined;
  #urlFor: Graph | undefined;

  constructor() {
    super();
    this.graph = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graph') && this.#urlFor !== this.graph) this.#revoke();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#revoke();
  }

  /** On the link's click, before its default action: the URL of the current graph, made now. */
  #prepare(e: Event): void {
    if (!this.graph) return;
    if (this.#urlFor !== this.graph || !this.#url) {
      this.#revoke();
      this.#url = URL.createObjectURL(new Blob([JSON.stringify(this.graph, null, 2)], { type: 'application/json' }));
      this.#urlFor = this.graph;
      this.requestUpdate();
    }
    (e.currentTarget as HTMLAnchorElement).href = this.#url;
  }

  #revoke(): void {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = undefined;
    this.#urlFor = undefined;
  }

  override render() {
    const graph = this.graph;
    if (!graph) return nothing;
    const meta = graph.meta;
    const credits = [...meta.credits];
    if (usesSipri(graph) && !credits.some((c) => c.includes(SIPRI_CREDIT))) credits.unshift(SIPRI_CREDIT);
    return html`<section aria-labelledby="about-title">
      <h2 id="about-title">About the data</h2>
      <p><strong>${meta.title}</strong>. Data as of <time datetime=${meta.updated}>${formatPartialDate(meta.updated)}</time>${meta.sipriDataGenerated
        ? html`; SIPRI data generated ${formatPartialDate(meta.sipriDataGenerated)}`
        : nothing}.</p>
      ${meta.description ? html`<p>${meta.description}</p>` : nothing}
      <p>
        ${graph.states.length} states and actors, ${graph.transfers.length} transfers, ${graph.sources.length} sources.
        Every transfer is a list of dated events (negotiations, orders, deliveries, use, reports, denials), each citing
        at least one source. Dates keep the precision reported: “2023” means some time in 2023. A transfer’s status is
        never stored; it is derived from the events on record up to the date on the time bar.
      </p>
      <h3>Statuses</h3>
      <dl class="statuses">
        ${STATUS_ORDER.map(
          (s) => html`<dt>${styleGlyph(lineStyle(s))}${STATUS_LABELS[s]}</dt><dd>${STATUS_MEANINGS[s]}</dd>`,
        )}
      </dl>
      <p>Solid lines: delivered, used or confirmed. Dashed: planned, reported or alleged. Dotted and faint: denied or disputed.</p>
      <h3>Source kinds</h3>
      <dl class="source-kinds">
        ${SOURCE_KINDS.map((k) => html`<dt>${SOURCE_KIND_LABELS[k]}</dt><dd>${SOURCE_KIND_MEANINGS[k]}</dd>`)}
      </dl>
      <h3>Confidence</h3>
      <dl class="confidence">
        ${CONFIDENCE_MEANINGS.map(([k, m]) => html`<dt>${k}</dt><dd>${m}</dd>`)}
      </dl>
      <h3>Licence and credits</h3>
      <p class="license">Licence: ${meta.license}</p>
      ${credits.length ? html`<ul class="credits">${credits.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
      <h3>Download</h3>
      <p>
        <a class="download" href=${this.#url ?? '#'} download=${datasetFileName(graph)} @click=${this.#prepare}>Download this dataset (JSON)</a>
      </p>
    </section>`;
  }
}
