// The view as a spreadsheet: one row per transfer, described as known on the as-of
// day (the range's last day by default): status, quantity, first/last event and
// sources all come from the events on record by then, so nothing from later leaks in.
import { comparePartialDates, dayToIso } from '../../data/partial-date.ts';
import type { Graph, Source, Transfer, TransferEvent } from '../../data/types.ts';
import { eventsAsOf, quantityAsOf } from '../../model/as-of.ts';
import { indexGraph, type GraphIndex } from '../../model/index-graph.ts';
import { statusFromEvents } from '../../model/status.ts';
import type { DateBasis, GraphView } from '../../model/types.ts';
import { csvText } from './csv-cell.ts';
import type { CsvOptions, ExportQuery } from './query.ts';

export const CSV_COLUMNS = [
  'id',
  'supplier',
  'supplier_name',
  'recipient',
  'recipient_name',
  'category',
  'item',
  'quantity',
  'quantity_unit',
  'quantity_qualifier',
  'estimated',
  'status_as_of',
  'contested',
  'as_of',
  'first_event',
  'last_event',
  'confidence',
  'in_return_for',
  'sources',
  'source_urls',
] as const;

export function exportCsv(graph: Graph, view: GraphView, q: ExportQuery, options: CsvOptions = {}): string {
  const index = indexGraph(graph);
  const asOf = options.asOf ?? q.range.to;
  const rows = view.edges.flatMap((edge) => edge.transfers.map((t) => transferRow(index, t, asOf, q.basis)));
  return (options.bom ? '\uFEFF' : '') + csvText([CSV_COLUMNS, ...rows]);
}

function transferRow(index: GraphIndex, t: Transfer, asOf: number, basis: DateBasis) {
  const onRecord = eventsAsOf(index, t, asOf, basis);
  // The status exactly as the model derives it for the view.
  const status = statusFromEvents(onRecord);
  // Date order, so the sources cell does not depend on the order events were written in.
  const events = onRecord
    .map((e, i) => ({ e, i }))
    .sort((a, b) => comparePartialDates(eventDate(a.e, basis), eventDate(b.e, basis)) || a.i - b.i)
    .map(({ e }) => e);
  const quantity = quantityAsOf(t, asOf, basis, index);
  const dates = events.map((e) => eventDate(e, basis));
  const sources = citedSources(index, events);
  const row: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | undefined> = {
    id: t.id,
    supplier: t.supplier,
    supplier_name: index.states.get(t.supplier)?.name,
    recipient: t.recipient,
    recipient_name: index.states.get(t.recipient)?.name,
    category: t.category,
    item: t.item,
    quantity: quantity?.value,
    quantity_unit: quantity?.unit,
    quantity_qualifier: quantity?.qualifier,
    estimated: quantity?.estimated,
    status_as_of: status?.status,
    contested: status?.contested,
    as_of: dayToIso(asOf),
    first_event: dates[0],
    last_event: dates.at(-1),
    confidence: t.confidence,
    in_return_for: t.inReturnFor.join('; '),
    sources: sources.map(sourceCitation).join(' | '),
    source_urls: sources.map((s) => s.url).join(' | '),
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

/** The date that placed the event in time under the basis: when reported (falling back to when it happened), or when it happened. */
function eventDate(e: TransferEvent, basis: DateBasis): string {
  return basis === 'reported' ? (e.reported ?? e.date) : e.date;
}

/** Sources in order of first citation, each once. */
function citedSources(index: GraphIndex, events: readonly TransferEvent[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const e of events) {
    for (const id of e.sources) {
      const source = index.sources.get(id);
      if (source && !seen.has(id)) {
        seen.add(id);
        out.push(source);
      }
    }
  }
  return out;
}

/** "Reuters — Iran sends missiles to Russia (2024-09-10) <https://…>". */
export function sourceCitation(s: Source): string {
  return `${s.publisher} — ${s.title} (${s.published}) <${s.url}>`;
}
