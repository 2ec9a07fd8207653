// Imports a SIPRI Arms Transfers Database export that a user downloaded: either the
// trade register (one row per deal, "?" flag columns) or the deliveries layout (one
// row per deal and delivery year, merged back into one transfer per deal ID).
// The register itself is never shipped with the tool (SIPRI's terms).
import { FORMAT_VERSION } from '../schema.ts';
import type { GraphInput } from '../types.ts';
import { ImportBuilder } from './builder.ts';
import { parseCsv, isBlankRow, type CsvRow } from './csv.ts';
import { parseLooseDate } from './loose-date.ts';
import { yearSpan, type ImportResult } from './result.ts';
import { mapSipriCategory, unitFromDescription } from './sipri-categories.ts';
import { isFlag, parseCount, parseTiv, parseYear, parseYearList, type Flagged } from './sipri-fields.ts';
import { lookupActor } from './sipri-names.ts';

type TransferInput = GraphInput['transfers'][number];
type EventInput = TransferInput['events'][number];
type QuantityInput = NonNullable<TransferInput['quantity']>;

export const SIPRI_CREDIT = 'Information from the SIPRI Arms Transfers Database';
export const SIPRI_SOURCE_ID = 'sipri-atdb';
export const SIPRI_URL = 'https://www.sipri.org/databases/armstransfers';
const BY = 'SIPRI';
const YEAR_ESTIMATED = 'year estimated by SIPRI';

export interface SipriImportOptions {
  /** Graph title; default "Arms transfers from the SIPRI Arms Transfers Database". */
  readonly title?: string;
  /** Overrides (or supplies a missing) "Data generated" date, as a partial ISO date. */
  readonly dataGenerated?: string;
}

export type SipriLayout = 'trade-register' | 'deliveries';

/** Header cell → comparison key: lower-case, single spaces. */
const key = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, ' ');

/** The layout a header row announces, if any. */
export function detectSipriLayout(cells: readonly string[]): SipriLayout | undefined {
  const keys = new Set(cells.map(key));
  if (keys.has('recipient') && keys.has('supplier') && keys.has('year of order')) return 'trade-register';
  if (keys.has('supplier') && keys.has('recipient') && keys.has('delivery year') && [...keys].some((k) => k.includes('id'))) {
    return 'deliveries';
  }
  return undefined;
}

/** Index of the first header cell equal to one of `names` (compared by key). */
function column(header: readonly string[], ...names: string[]): number | undefined {
  const wanted = names.map(key);
  const i = header.findIndex((c) => wanted.includes(key(c)));
  return i < 0 ? undefined : i;
}

const cell = (row: CsvRow, i: number | undefined): string => (i === undefined ? '' : (row.cells[i] ?? '').trim());

/** "Data generated: 29 November 2026" in the preamble → "2026-11-29". */
function readDataGenerated(preamble: readonly CsvRow[], b: ImportBuilder): string | undefined {
  for (const row of preamble) {
    const joined = row.cells.join(',');
    const m = /data generated\s*:?\s*(.+)$/i.exec(joined);
    if (!m) continue;
    const text = m[1]!.replace(/^[\s,]+|[\s,]+$/g, '');
    const date = parseLooseDate(text);
    if (!date) b.warn(row.line, `cannot read the "Data generated" date "${text}"`);
    return date;
  }
  return undefined;
}

function quantity(count: Flagged<number>, unit: string, note?: string): QuantityInput {
  const q: QuantityInput = { value: count.value, unit };
  if (count.estimated) q.estimated = true;
  if (note) q.note = note;
  return q;
}

function event(kind: 'ordered' | 'delivered', year: Flagged<number> | { value: string; estimated: boolean }, q?: QuantityInput): EventInput {
  const e: EventInput = { date: String(year.value), kind, by: BY, sources: [SIPRI_SOURCE_ID] };
  if (year.estimated) e.note = YEAR_ESTIMATED;
  if (q) e.quantity = q;
  return e;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function tivText(perUnit?: number, total?: number, delivered?: number): string | undefined {
  const parts: string[] = [];
  if (perUnit !== undefined) parts.push(`per unit ${perUnit}`);
  if (total !== undefined) parts.push(`total order ${total}`);
  if (delivered !== undefined) parts.push(`delivered ${delivered}`);
  return parts.length ? `SIPRI TIV (millions): ${parts.join(', ')}.` : undefined;
}

function describe(parts: readonly (string | undefined)[]): string | undefined {
  // Comments may hold line breaks (quoted CSV cells); a description is one paragraph.
  const text = parts.filter((p): p is string => !!p && p.trim() !== '').join(' ').replace(/\s*[\r\n]+\s*/g, ' ');
  return text ? clip(text, 2000) : undefined;
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function statusText(status: string): string | undefined {
  return status === '' || /^new$/i.test(status) ? undefined : `Status: ${status.toLowerCase()}.`;
}

// ---- trade register -------------------------------------------------------------

function importTradeRegister(header: readonly string[], rows: readonly CsvRow[], b: ImportBuilder): void {
  const col = {
    recipient: column(header, 'Recipient'),
    supplier: column(header, 'Supplier'),
    orderYear: column(header, 'Year of order', 'Order year'),
    ordered: column(header, 'Number ordered'),
    designation: column(header, 'Weapon designation', 'Designation'),
    description: column(header, 'Weapon description', 'Description'),
    delivered: column(header, 'Number delivered', 'Deliveries in the Year Range', 'Numbers delivered'),
    years: column(header, 'Year(s) of delivery', 'Years of delivery', 'Delivery years'),
    status: column(header, 'status'),
    comments: column(header, 'Comments'),
    category: column(header, 'Armament category'),
    tivUnit: column(header, 'SIPRI TIV per unit'),
    tivTotal: column(header, 'SIPRI TIV for total order'),
    tivDelivered: column(header, 'SIPRI TIV of delivered weapons'),
  };
  // A blank-named column holds the "?" flag for the named column before it.
  const flagOf = new Map<number, number>();
  header.forEach((c, i) => {
    if (c.trim() === '' && i > 0 && header[i - 1]!.trim() !== '') flagOf.set(i - 1, i);
  });
  const flag = (row: CsvRow, i: number | undefined) => i !== undefined && isFlag(cell(row, flagOf.get(i)));

  for (const row of rows) {
    b.rows++;
    const supplier = b.actor(cell(row, col.supplier), row.line, 'supplier');
    const recipient = b.actor(cell(row, col.recipient), row.line, 'recipient');
    if (!supplier || !recipient) {
      b.skipped++;
      continue;
    }
    const designation = cell(row, col.designation);
    const description = cell(row, col.description);
    const item = designation || description;
    if (!item) {
      b.skip(row.line, 'no weapon designation or description');
      continue;
    }
    const unit = unitFromDescription(description);

    const orderYearRaw = parseYear(cell(row, col.orderYear));
    if (orderYearRaw === null) b.warn(row.line, `cannot read the year of order "${cell(row, col.orderYear)}"`);
    const orderYear = orderYearRaw
      ? { value: orderYearRaw.value, estimated: orderYearRaw.estimated || flag(row, col.orderYear) }
      : undefined;

    const count = (i: number | undefined, label: string): Flagged<number> | undefined => {
      const c = parseCount(cell(row, i));
      if (c === null) {
        b.warn(row.line, `cannot read the ${label} "${cell(row, i)}"`);
        return undefined;
      }
      return c && { value: c.value, estimated: c.estimated || flag(row, i) };
    };
    const ordered = count(col.ordered, 'number ordered');
    const delivered = count(col.delivered, 'number delivered');

    const { years, bad } = parseYearList(cell(row, col.years));
    if (bad.length) b.warn(row.line, `cannot read delivery year(s) ${bad.map((t) => `"${t}"`).join(', ')}`);
    if (!orderYear && years.length === 0) {
      b.skip(row.line, 'no year of order and no delivery year');
      continue;
    }

    const events: EventInput[] = [];
    if (orderYear) events.push(event('ordered', orderYear, ordered && quantity(ordered, unit)));
    const span = years.length ? `${years[0]!.value}${years.length > 1 ? `–${years[years.length - 1]!.value}` : ''}` : '';
    years.forEach((y) => {
      // SIPRI's register gives one total for all delivery years; only a single year can carry it.
      const q = years.length === 1 && delivered ? quantity(delivered, unit) : undefined;
      events.push(event('delivered', y, q));
    });

    const transfer: TransferInput = {
      id: b.transferId('sipri', [supplier.id, recipient.id, orderYear?.value ?? years[0]!.value], item),
      supplier: supplier.id,
      recipient: recipient.id,
      category: mapSipriCategory(description, cell(row, col.category)),
      item: clip(item, 200),
      events,
    };
    const total = ordered ?? delivered;
    if (total) transfer.quantity = quantity(total, unit, ordered ? undefined : 'number delivered (number ordered not given)');
    const comments = cell(row, col.comments);
    const desc = describe([
      description && designation ? sentence(capital(description)) : undefined,
      delivered && years.length > 1 ? `${delivered.estimated ? 'About ' : ''}${delivered.value} delivered in ${span}.` : undefined,
      statusText(cell(row, col.status)),
      comments ? sentence(comments) : undefined,
      tivText(parseTiv(cell(row, col.tivUnit)), parseTiv(cell(row, col.tivTotal)), parseTiv(cell(row, col.tivDelivered))),
    ]);
    if (desc) transfer.description = desc;
    b.transfers.push(transfer);
  }
}

// ---- deliveries layout (one row per deal and delivery year) -------------------------

interface DealRows {
  readonly id: string;
  readonly rows: CsvRow[];
}

function importDeliveries(header: readonly string[], rows: readonly CsvRow[], b: ImportBuilder): void {
  const col = {
    id: column(header, 'SIPRI AT Database ID', 'Deal ID', 'SIPRI ID'),
    supplier: column(header, 'Supplier'),
    recipient: column(header, 'Recipient'),
    designation: column(header, 'Designation', 'Weapon designation'),
    description: column(header, 'Description', 'Weapon description'),
    category: column(header, 'Armament category'),
    orderDate: column(header, 'Order date', 'Year of order'),
    orderEst: column(header, 'Order date is estimate'),
    delivered: column(header, 'Numbers delivered', 'Number delivered'),
    deliveredEst: column(header, 'Numbers delivered is estimate', 'Number delivered is estimate'),
    year: column(header, 'Delivery year'),
    yearEst: column(header, 'Delivery year is estimate'),
    status: column(header, 'Status'),
    sipriEstimate: column(header, 'SIPRI estimate'),
    tivUnit: column(header, 'TIV deal unit'),
    tivDelivery: column(header, 'TIV delivery values'),
    local: column(header, 'Local production'),
  };

  // Group rows by deal ID, keeping the order deals first appear in.
  const deals = new Map<string, DealRows>();
  for (const row of rows) {
    b.rows++;
    const id = cell(row, col.id);
    if (!id) {
      b.skip(row.line, 'no SIPRI deal ID');
      continue;
    }
    let deal = deals.get(id);
    if (!deal) deals.set(id, (deal = { id, rows: [] }));
    deal.rows.push(row);
  }

  for (const deal of deals.values()) {
    const first = deal.rows[0]!;
    const supplier = b.actor(cell(first, col.supplier), first.line, 'supplier');
    const recipient = b.actor(cell(first, col.recipient), first.line, 'recipient');
    if (!supplier || !recipient) {
      // The whole deal is skipped: each of its rows is reported at its own line.
      for (const row of deal.rows.slice(1)) {
        for (const [role, found, i] of [['supplier', supplier, col.supplier], ['recipient', recipient, col.recipient]] as const) {
          if (found) continue;
          const name = cell(row, i);
          if (name === '' || !lookupActor(name)) b.actor(name, row.line, role);
          else b.error(row.line, `deal ${deal.id} has an unusable ${role} on line ${first.line}; row skipped`);
        }
      }
      b.skipped += deal.rows.length;
      continue;
    }
    const designation = cell(first, col.designation);
    const description = cell(first, col.description);
    const item = designation || description;
    if (!item) {
      b.skip(first.line, `deal ${deal.id} has no designation or description`);
      b.skipped += deal.rows.length - 1;
      continue;
    }
    const unit = unitFromDescription(description);
    for (const row of deal.rows.slice(1)) {
      if (cell(row, col.supplier) !== cell(first, col.supplier) || cell(row, col.recipient) !== cell(first, col.recipient)) {
        b.warn(row.line, `deal ${deal.id} names other parties than on line ${first.line}; line ${first.line} is used`);
      }
    }

    const events: EventInput[] = [];
    const orderText = cell(first, col.orderDate);
    const orderDate = orderText ? (parseYear(orderText)?.value.toString() ?? parseLooseDate(orderText)) : undefined;
    if (orderText && !orderDate) b.warn(first.line, `cannot read the order date "${orderText}"`);
    const orderEstimated = isFlag(cell(first, col.orderEst)) || /\?\s*$|^\(.*\)$/.test(orderText);
    if (orderDate) events.push(event('ordered', { value: orderDate, estimated: orderEstimated }));

    let total = 0;
    let anyCount = false;
    let anyEstimated = false;
    let tivDelivered = 0;
    let anyTiv = false;
    const byYear = new Map<number, { count?: Flagged<number>; estimated: boolean; line: number }>();
    for (const row of deal.rows) {
      const year = parseYear(cell(row, col.year));
      if (year === null) b.warn(row.line, `cannot read the delivery year "${cell(row, col.year)}"`);
      const countRaw = parseCount(cell(row, col.delivered));
      if (countRaw === null) b.warn(row.line, `cannot read the number delivered "${cell(row, col.delivered)}"`);
      const count = countRaw ? { value: countRaw.value, estimated: countRaw.estimated || isFlag(cell(row, col.deliveredEst)) } : undefined;
      const tiv = parseTiv(cell(row, col.tivDelivery));
      if (tiv !== undefined) {
        tivDelivered += tiv;
        anyTiv = true;
      }
      if (count) {
        total += count.value;
        anyCount = true;
        anyEstimated ||= count.estimated;
      }
      if (!year) continue;
      const estimated = year.estimated || isFlag(cell(row, col.yearEst));
      const seen = byYear.get(year.value);
      if (seen) {
        // Two rows for one year: add them up rather than drop one.
        b.warn(row.line, `deal ${deal.id} has a second row for ${year.value} (line ${seen.line}); numbers added`);
        if (count) {
          seen.count = { value: (seen.count?.value ?? 0) + count.value, estimated: (seen.count?.estimated ?? false) || count.estimated };
        }
        continue;
      }
      byYear.set(year.value, { count, estimated, line: row.line });
    }
    for (const [year, d] of [...byYear.entries()].sort((x, y) => x[0] - y[0])) {
      events.push(event('delivered', { value: year, estimated: d.estimated }, d.count && quantity(d.count, unit)));
    }
    if (events.length === 0) {
      b.skip(first.line, `deal ${deal.id} has no order date and no delivery year`);
      b.skipped += deal.rows.length - 1;
      continue;
    }

    const firstYear = Number(events[0]!.date.slice(0, 4));
    const transfer: TransferInput = {
      id: b.transferId('sipri', [supplier.id, recipient.id, firstYear], item),
      supplier: supplier.id,
      recipient: recipient.id,
      category: mapSipriCategory(description, cell(first, col.category)),
      item: clip(item, 200),
      events,
    };
    if (anyCount) {
      transfer.quantity = quantity({ value: total, estimated: anyEstimated || isFlag(cell(first, col.sipriEstimate)) }, unit, 'sum of the deliveries SIPRI records');
    }
    const local = isFlag(cell(first, col.local));
    const desc = describe([
      description && designation ? sentence(capital(description)) : undefined,
      `SIPRI deal ID ${deal.id}.`,
      statusText(cell(first, col.status)),
      local ? 'Produced locally under licence.' : undefined,
      tivText(parseTiv(cell(first, col.tivUnit)), undefined, anyTiv ? Math.round(tivDelivered * 1000) / 1000 : undefined),
    ]);
    if (desc) transfer.description = desc;
    b.transfers.push(transfer);
  }
}

// ---- entry point ------------------------------------------------------------------

/** Imports a SIPRI export (decoded text; see decodeText for bytes). */
export function importSipri(text: string, options: SipriImportOptions = {}): ImportResult {
  const b = new ImportBuilder();
  const rows = parseCsv(text);
  const headerIndex = rows.findIndex((r) => detectSipriLayout(r.cells) !== undefined);
  const layout: SipriLayout = headerIndex >= 0 ? detectSipriLayout(rows[headerIndex]!.cells)! : 'trade-register';
  const preamble = headerIndex >= 0 ? rows.slice(0, headerIndex) : rows;
  let generated = readDataGenerated(preamble, b);
  if (options.dataGenerated) generated = options.dataGenerated;

  if (headerIndex < 0) {
    b.error(0, 'no SIPRI header row found (expected "Recipient,Supplier,Year of order,…" or "SIPRI AT Database ID,Supplier,Recipient,…")');
  } else {
    const header = rows[headerIndex]!.cells;
    const body = rows.slice(headerIndex + 1).filter((r) => !isBlankRow(r));
    if (layout === 'trade-register') importTradeRegister(header, body, b);
    else importDeliveries(header, body, b);
  }

  const graph: GraphInput = {
    version: FORMAT_VERSION,
    meta: {
      title: options.title ?? 'Arms transfers from the SIPRI Arms Transfers Database',
      description: `Imported from a SIPRI Arms Transfers Database export (${layout} layout).`,
      updated: '1950',
      license: `SIPRI Arms Transfers Database terms: free to use with the credit "${SIPRI_CREDIT}"; the register itself may not be redistributed (${SIPRI_URL}).`,
      credits: [SIPRI_CREDIT],
    },
    states: b.states(),
    sources: [],
    transfers: b.transfers,
  };
  const span = yearSpan(graph);
  if (!generated) {
    if (headerIndex >= 0) b.warn(0, 'no "Data generated" line in the preamble; the last event year stands in for it');
  } else {
    graph.meta.sipriDataGenerated = generated;
  }
  const published = generated ?? String(span?.[1] ?? 1950);
  graph.meta.updated = published;
  // An unused source is a validator warning; an empty import cites nothing.
  if (graph.transfers.length > 0) graph.sources.push({
    id: SIPRI_SOURCE_ID,
    publisher: 'SIPRI',
    title: generated ? `SIPRI Arms Transfers Database (data generated ${generated})` : 'SIPRI Arms Transfers Database',
    url: SIPRI_URL,
    published,
    kind: 'research-or-database',
  });

  return b.result(graph, layout);
}
