// A plain-language paragraph describing a view: the caption of the transfer table
// and the text alternative of the network. Deterministic: same input, same words.
import { comparePartialDates, dayToIso, formatPartialDate, formatPartialDateShort } from '../data/partial-date.ts';
import type { Graph, Transfer } from '../data/types.ts';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../data/vocabulary.ts';
import { monthEnd, monthOf, monthStart, yearEnd, yearOf, yearStart } from './calendar.ts';
import { indexGraph, type GraphIndex } from './index-graph.ts';
import type { TimeQuery } from './select.ts';
import type { CountedView, DateBasis, DayRange } from './types.ts';

/** How many recipients the paragraph describes in full (the biggest by volume). */
const MAIN_RECIPIENTS = 3;
/** Suppliers of the other recipients named before "and N other suppliers" (SIPRI-scale views). */
const MAX_OTHER_SUPPLIERS = 12;

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A day formatted at the coarsest precision that the range boundaries allow. */
function rangeParts(range: DayRange): { from: string; to: string } {
  const from = dayToIso(range.from);
  const to = dayToIso(range.to);
  if (range.from === yearStart(yearOf(range.from)) && range.to === yearEnd(yearOf(range.to))) {
    return { from: from.slice(0, 4), to: to.slice(0, 4) };
  }
  if (range.from === monthStart(monthOf(range.from)) && range.to === monthEnd(monthOf(range.to))) {
    return { from: formatPartialDate(from.slice(0, 7)), to: formatPartialDate(to.slice(0, 7)) };
  }
  return { from: formatPartialDate(from), to: formatPartialDate(to) };
}

/** "between September 2023 and December 2024", "in 2024", "up to December 2024". */
export function formatRangePhrase(range: DayRange, mode: TimeQuery['mode']): string {
  const { from, to } = rangeParts(range);
  if (mode === 'cumulative') return `up to ${to}`;
  if (from === to) return `in ${from}`;
  return `between ${from} and ${to}`;
}

/** The first and latest event dates of a transfer under a basis (as written, partial). */
export function eventSpan(transfer: Transfer, basis: DateBasis): { first: string; last: string } {
  const dates = transfer.events.map((e) => (basis === 'reported' ? (e.reported ?? e.date) : e.date));
  dates.sort(comparePartialDates);
  return { first: dates[0]!, last: dates.at(-1)! };
}

/** "Aug 2022 – Sep 2024", or one date when first and last coincide. */
export function formatSpan(span: { first: string; last: string }): string {
  const a = formatPartialDateShort(span.first);
  const b = formatPartialDateShort(span.last);
  return a === b ? a : `${a} – ${b}`;
}

interface SupplierOf {
  readonly id: string;
  volume: number;
  readonly categories: Set<Category>;
}

function nameOf(index: GraphIndex, id: string): string {
  return index.states.get(id)?.name ?? id;
}

function byVolumeThenName(index: GraphIndex) {
  return (a: { id: string; volume: number }, b: { id: string; volume: number }) => {
    const na = nameOf(index, a.id);
    const nb = nameOf(index, b.id);
    return b.volume - a.volume || (na < nb ? -1 : na > nb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

const categoryList = (set: ReadonlySet<Category>) => joinList(CATEGORIES.filter((c) => set.has(c)).map((c) => CATEGORY_LABELS[c]));

/**
 * One paragraph describing the view: who supplied the main recipients (by volume)
 * with what, then counts of transfers, sources and contested claims.
 * `q.range.to` is the "as of" date for statuses.
 */
export function summarizeView(graph: Graph, view: CountedView, q: TimeQuery): string {
  const index = indexGraph(graph);
  const when = formatRangePhrase(q.range, q.mode);
  const transfers = view.edges.flatMap((e) => e.transfers);
  if (transfers.length === 0) return `No transfers are on record ${when}.`;

  // recipient → supplier → categories and volume
  const recipients = new Map<string, { id: string; volume: number; suppliers: Map<string, SupplierOf> }>();
  for (const e of view.edges) {
    let r = recipients.get(e.recipient);
    if (!r) recipients.set(e.recipient, (r = { id: e.recipient, volume: 0, suppliers: new Map() }));
    r.volume += e.transfers.length;
    let s = r.suppliers.get(e.supplier);
    if (!s) r.suppliers.set(e.supplier, (s = { id: e.supplier, volume: 0, categories: new Set() }));
    s.volume += e.transfers.length;
    s.categories.add(e.category);
  }
  const order = byVolumeThenName(index);
  const ranked = [...recipients.values()].sort(order);
  const sentences: string[] = [];
  for (const r of ranked.slice(0, MAIN_RECIPIENTS)) {
    const suppliers = [...r.suppliers.values()].sort(order);
    const recipient = nameOf(index, r.id);
    if (suppliers.length === 1) {
      const s = suppliers[0]!;
      sentences.push(`${nameOf(index, s.id)} supplied ${recipient} with ${categoryList(s.categories)}.`);
    } else {
      const allStates = suppliers.every((s) => (index.states.get(s.id)?.kind ?? 'state') === 'state');
      const parts = suppliers.map((s) => `${nameOf(index, s.id)} (${categoryList(s.categories)})`);
      sentences.push(
        `${plural(suppliers.length, allStates ? 'state' : 'actor', allStates ? 'states' : 'actors')} supplied ${recipient}: ${joinList(parts)}.`,
      );
    }
  }
  const rest = ranked.slice(MAIN_RECIPIENTS);
  if (rest.length > 0) {
    // Name every supplier not yet named, so no supplier in view goes unmentioned.
    const named = new Set<string>();
    for (const r of ranked.slice(0, MAIN_RECIPIENTS)) {
      named.add(r.id);
      for (const id of r.suppliers.keys()) named.add(id);
    }
    const others = new Map<string, { id: string; volume: number }>();
    for (const r of rest) {
      for (const sup of r.suppliers.values()) {
        if (named.has(sup.id)) continue;
        const o = others.get(sup.id) ?? { id: sup.id, volume: 0 };
        o.volume += sup.volume;
        others.set(sup.id, o);
      }
    }
    const names = [...others.values()].sort(order).map((o) => nameOf(index, o.id));
    const shown = names.length > MAX_OTHER_SUPPLIERS ? [...names.slice(0, MAX_OTHER_SUPPLIERS), plural(names.length - MAX_OTHER_SUPPLIERS, 'other supplier', 'other suppliers')] : names;
    const from = shown.length ? `, also from ${joinList(shown)}` : '';
    sentences.push(`Transfers to ${plural(rest.length, 'other recipient', 'other recipients')} are on record${from}.`);
  }

  const { sources, contested } = view.totals;
  const counts = `${plural(transfers.length, 'transfer', 'transfers')} from ${plural(sources, 'source', 'sources')}`;
  const contestedText = contested > 0 ? `; ${contested} ${contested === 1 ? 'is' : 'are'} denied or disputed` : '';
  sentences.push(`${counts}${contestedText}.`);

  const lead = when.charAt(0).toUpperCase() + when.slice(1);
  return `${lead}, ${sentences.join(' ')}`;
}
