// Imports the newsroom template (data/templates/transfers-template.csv): one row per
// event of a transfer; rows sharing an id add events to the same transfer. Made for
// people who keep a research log in a spreadsheet and export it as CSV.
import { endDay, startDay } from '../partial-date.ts';
import { FORMAT_VERSION, HttpUrlSchema, IdSchema } from '../schema.ts';
import type { GraphInput } from '../types.ts';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  CONFIDENCE_LEVELS,
  EVENT_KINDS,
  QUALIFIER_LABELS,
  QUANTITY_QUALIFIERS,
  SOURCE_KINDS,
  SOURCE_KIND_LABELS,
  type Category,
  type Confidence,
  type EventKind,
  type QuantityQualifier,
  type SourceKind,
} from '../vocabulary.ts';
import * as v from 'valibot';
import { ImportBuilder } from './builder.ts';
import { isBlankRow, parseCsv, type CsvRow } from './csv.ts';
import { parseLooseDate } from './loose-date.ts';
import type { ImportResult } from './result.ts';
import { mapSipriCategory } from './sipri-categories.ts';
import { isFlag } from './sipri-fields.ts';
import { slug } from './slug.ts';

type TransferInput = GraphInput['transfers'][number];
type EventInput = TransferInput['events'][number];
type QuantityInput = NonNullable<TransferInput['quantity']>;
type SourceInput = GraphInput['sources'][number];

/** The template's columns, in template order. */
export const SPREADSHEET_COLUMNS = [
  'id',
  'supplier',
  'recipient',
  'category',
  'item',
  'quantity',
  'quantity_unit',
  'quantity_qualifier',
  'estimated',
  'event_date',
  'event_reported',
  'event_kind',
  'event_by',
  'source_publisher',
  'source_title',
  'source_url',
  'source_published',
  'source_kind',
  'in_return_for',
  'confidence',
  'notes',
] as const;
type Column = (typeof SPREADSHEET_COLUMNS)[number];

const REQUIRED: readonly Column[] = ['supplier', 'recipient', 'item', 'event_date', 'event_kind', 'source_publisher', 'source_title', 'source_url'];

export interface SpreadsheetImportOptions {
  readonly title?: string;
  readonly license?: string;
  readonly credits?: readonly string[];
}

/** Looks a cell up in a vocabulary by id or label, ignoring case and "_"/"-"/" ". */
function fromVocabulary<T extends string>(text: string, ids: readonly T[], labels?: Readonly<Record<T, string>>): T | undefined {
  const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, '-');
  const k = norm(text);
  return ids.find((id) => norm(id) === k || (labels !== undefined && labels[id] !== '' && norm(labels[id]) === k));
}

const validId = (s: string) => v.is(IdSchema, s);

export function importSpreadsheetCsv(text: string, options: SpreadsheetImportOptions = {}): ImportResult {
  const b = new ImportBuilder();
  const rows = parseCsv(text).filter((r) => !isBlankRow(r));
  const headerRow = rows[0];
  const col = new Map<Column, number>();
  headerRow?.cells.forEach((c, i) => {
    const name = c.trim().toLowerCase().replace(/[\s-]+/g, '_') as Column;
    if ((SPREADSHEET_COLUMNS as readonly string[]).includes(name) && !col.has(name)) col.set(name, i);
  });
  const missing = REQUIRED.filter((c) => !col.has(c));
  const byId = new Map<string, { transfer: TransferInput; line: number }>();
  const sources = new Map<string, SourceInput>();
  const sourceIds = new Set<string>();
  const returnRefs: { transfer: TransferInput; refs: string[]; line: number }[] = [];

  if (!headerRow || missing.length) {
    b.error(headerRow?.line ?? 0, `missing column(s) ${missing.map((c) => `"${c}"`).join(', ')}; expected the header of data/templates/transfers-template.csv`);
  } else {
    for (const row of rows.slice(1)) {
      b.rows++;
      importRow(row);
    }
  }

  function get(row: CsvRow, c: Column): string {
    const i = col.get(c);
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }

  function source(row: CsvRow, fallbackDate: string): string | undefined {
    const url = get(row, 'source_url');
    if (!v.is(HttpUrlSchema, url)) {
      b.skip(row.line, `source_url "${url}" is not an http(s) URL`);
      return undefined;
    }
    const title = get(row, 'source_title');
    const key = `${url}\n${title}`;
    const known = sources.get(key);
    if (known) return known.id;
    let published = parseLooseDate(get(row, 'source_published'));
    if (!published) {
      b.warn(row.line, get(row, 'source_published') ? `cannot read source_published "${get(row, 'source_published')}"; the event date is used` : 'source_published is empty; the event date is used');
      published = fallbackDate;
    }
    let kind: SourceKind | undefined = fromVocabulary(get(row, 'source_kind'), SOURCE_KINDS, SOURCE_KIND_LABELS);
    if (!kind) {
      b.warn(row.line, `source_kind "${get(row, 'source_kind')}" is not one of ${SOURCE_KINDS.join(', ')}; "media-report" used`);
      kind = 'media-report';
    }
    const base = `${slug(get(row, 'source_publisher'), 30) || 'source'}-${published}`;
    let id = base;
    for (let n = 2; sourceIds.has(id); n++) id = `${base}-${n}`;
    sourceIds.add(id);
    const s: SourceInput = { id, publisher: get(row, 'source_publisher').slice(0, 200), title: title.slice(0, 500), url, published, kind };
    sources.set(key, s);
    return id;
  }

  function quantity(row: CsvRow): QuantityInput | undefined {
    const raw = get(row, 'quantity');
    if (raw === '') return undefined;
    const value = Number(raw.replace(/[,\s\u00a0]/g, ''));
    if (!Number.isFinite(value) || value < 0) {
      b.warn(row.line, `quantity "${raw}" is not a number; left out`);
      return undefined;
    }
    let unit = get(row, 'quantity_unit');
    if (!unit) {
      b.warn(row.line, 'quantity_unit is empty; "units" used');
      unit = 'units';
    }
    const q: QuantityInput = { value, unit: unit.slice(0, 60) };
    const qualText = get(row, 'quantity_qualifier');
    if (qualText) {
      const qual: QuantityQualifier | undefined = fromVocabulary(qualText, QUANTITY_QUALIFIERS, QUALIFIER_LABELS);
      if (qual) q.qualifier = qual;
      else b.warn(row.line, `quantity_qualifier "${qualText}" is not one of ${QUANTITY_QUALIFIERS.join(', ')}; left out`);
    }
    if (isFlag(get(row, 'estimated'))) q.estimated = true;
    return q;
  }

  function category(row: CsvRow): Category {
    const text = get(row, 'category');
    const known = fromVocabulary(text, CATEGORIES, CATEGORY_LABELS);
    if (known) return known;
    const mapped = mapSipriCategory(text || get(row, 'item'));
    if (mapped === 'other') b.warn(row.line, `category "${text}" is not one of ${CATEGORIES.join(', ')}; "other" used`);
    return mapped;
  }

  function importRow(row: CsvRow): void {
    const empty = REQUIRED.filter((c) => get(row, c) === '');
    if (empty.length) {
      b.skip(row.line, `empty ${empty.join(', ')}`);
      return;
    }
    const date = parseLooseDate(get(row, 'event_date'));
    if (!date) {
      b.skip(row.line, `event_date "${get(row, 'event_date')}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
      return;
    }
    const kind: EventKind | undefined = fromVocabulary(get(row, 'event_kind'), EVENT_KINDS);
    if (!kind) {
      b.skip(row.line, `event_kind "${get(row, 'event_kind')}" is not one of ${EVENT_KINDS.join(', ')}`);
      return;
    }
    const givenId = get(row, 'id');
    if (givenId && !validId(givenId)) {
      b.skip(row.line, `id "${givenId}" must be 1–64 letters, digits, "_", "." or "-"`);
      return;
    }
    const supplier = b.actor(get(row, 'supplier'), row.line, 'supplier');
    const recipient = b.actor(get(row, 'recipient'), row.line, 'recipient');
    if (!supplier || !recipient) {
      b.skipped++;
      return;
    }
    const sourceId = source(row, date);
    if (!sourceId) return;

    const e: EventInput = { date, kind, by: get(row, 'event_by').slice(0, 200), sources: [sourceId] };
    if (!e.by) {
      e.by = get(row, 'source_publisher').slice(0, 200);
      b.warn(row.line, `event_by is empty; "${e.by}" (the source publisher) used`);
    }
    const reportedText = get(row, 'event_reported');
    if (reportedText) {
      const reported = parseLooseDate(reportedText);
      if (reported && endDay(reported) < startDay(date)) {
        b.warn(row.line, `event_reported "${reportedText}" is before event_date "${date}"; left out`);
      } else if (reported) e.reported = reported;
      else b.warn(row.line, `cannot read event_reported "${reportedText}"; left out`);
    }
    const q = quantity(row);
    if (q) e.quantity = q;
    const notes = get(row, 'notes').replace(/\s*[\r\n]+\s*/g, ' ');
    if (notes) e.note = notes.slice(0, 1000);

    const existing = givenId ? byId.get(givenId) : undefined;
    if (existing) {
      const t = existing.transfer;
      if (t.supplier !== supplier.id || t.recipient !== recipient.id) {
        b.warn(row.line, `transfer ${givenId} has other supplier/recipient on line ${existing.line}; line ${existing.line} is kept`);
      }
      if (get(row, 'item') !== t.item) b.warn(row.line, `transfer ${givenId} has item "${t.item}" on line ${existing.line}; that is kept`);
      t.events.push(e);
      return;
    }
    const transfer: TransferInput = {
      id: givenId || b.transferId('csv', [supplier.id, recipient.id, date.slice(0, 4)], get(row, 'item')),
      supplier: supplier.id,
      recipient: recipient.id,
      category: category(row),
      item: get(row, 'item').slice(0, 200),
      events: [e],
    };
    if (q) transfer.quantity = { ...q };
    const confText = get(row, 'confidence');
    if (confText) {
      const conf = CONFIDENCE_LEVELS.find((c) => c === confText.toUpperCase()) as Confidence | undefined;
      if (conf) transfer.confidence = conf;
      else b.warn(row.line, `confidence "${confText}" is not A, B or C; left out`);
    }
    const refs = get(row, 'in_return_for').split(/[;,\s]+/).filter(Boolean);
    if (refs.length) returnRefs.push({ transfer, refs, line: row.line });
    byId.set(transfer.id, { transfer, line: row.line });
    b.transfers.push(transfer);
  }

  // in_return_for may point forward, so it is resolved once all rows are read.
  for (const { transfer, refs, line } of returnRefs) {
    const ok = refs.filter((r) => {
      if (byId.has(r)) return true;
      b.warn(line, `in_return_for "${r}" is not the id of a transfer in this file; left out`);
      return false;
    });
    if (ok.length) transfer.inReturnFor = ok;
  }
  for (const t of b.transfers) t.events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));

  const graph: GraphInput = {
    version: FORMAT_VERSION,
    meta: {
      title: options.title ?? 'Imported arms transfers',
      updated: '1950',
      license: options.license ?? 'See the sources cited for each transfer.',
      credits: [...(options.credits ?? [])],
    },
    states: b.states(),
    sources: [...sources.values()],
    transfers: b.transfers,
  };
  const dates = [...graph.sources.map((s) => s.published), ...graph.transfers.flatMap((t) => t.events.map((e) => e.reported ?? e.date))];
  graph.meta.updated = dates.reduce((a, d) => (d > a ? d : a), dates[0] ?? '1950');
  return b.result(graph, 'spreadsheet');
}
