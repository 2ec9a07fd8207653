// Synthetic SIPRI-like graphs for benchmarks and stress tests: a few large suppliers
// (Zipf), many small recipients, order years spread over the period, 1–3 delivery
// years per deal, skewed categories. Real ISO3 codes and names so labels read well;
// the content is invented and says so in the meta and on the one source.
// Two profiles (ADR 0008): 'sipri' (the default) is calibrated to the real register's
// shape (sticky supplier ties, follow-on orders, historical states in their eras);
// 'dense' draws every deal's pair independently, which gives about twice the links per
// window of the real register, and is kept as a stress case.
import { FORMAT_VERSION } from '../schema.ts';
import type { GraphInput } from '../types.ts';
import type { Category } from '../vocabulary.ts';
import { ACTORS, type ActorEntry } from '../import/sipri-names.ts';
import { cumulative, lcg, pick, shuffled } from './lcg.ts';
import { lastYearOf } from './eras.ts';
import { stickyTrade } from './sticky-trade.ts';

type TransferInput = GraphInput['transfers'][number];
type EventInput = TransferInput['events'][number];

export interface GenerateOptions {
  readonly deals: number;
  readonly seed: number;
  /** How many states take part (default: all current states in the name table, at most ~190). */
  readonly states?: number;
  readonly fromYear?: number;
  readonly toYear?: number;
  /** 'sipri' (default): calibrated to the real register; 'dense': independent pairs, a stress case. */
  readonly profile?: 'sipri' | 'dense';
}

/** Category mix, roughly SIPRI's by deal count (aircraft and armour dominate). */
const CATEGORY_WEIGHTS: readonly (readonly [Category, number, string, string])[] = [
  ['fighter-aircraft', 18, 'aircraft', 'FGA aircraft'],
  ['armoured-vehicles', 17, 'vehicles', 'APC'],
  ['other', 22, 'units', 'transport aircraft'],
  ['air-defence', 10, 'systems', 'SAM system'],
  ['helicopters', 10, 'helicopters', 'helicopter'],
  ['artillery-systems', 7, 'guns', 'self-propelled gun'],
  ['cruise-missiles', 6, 'missiles', 'anti-ship missile'],
  ['drones', 5, 'drones', 'UAV'],
  ['ballistic-missiles', 3, 'missiles', 'SSM'],
  ['artillery-ammunition', 1, 'shells', 'artillery shells'],
  ['production-technology', 1, 'licences', 'production line'],
];

/** Largest exporters since 1950 in SIPRI's ranking (roughly), most first. */
const BIG_SUPPLIERS: readonly string[] = ['USA', 'RUS', 'FRA', 'GBR', 'DEU', 'CHN', 'ITA', 'ISR', 'ESP', 'NLD', 'SWE', 'UKR', 'KOR', 'CHE', 'TUR', 'CAN', 'CZE', 'POL'];

export const SYNTHETIC_SOURCE_ID = 'synthetic';

/** A deterministic synthetic graph: the same options always give the same JSON. */
export function generateGraph(options: GenerateOptions): GraphInput {
  const { deals, seed } = options;
  const fromYear = options.fromYear ?? 1950;
  const toYear = options.toYear ?? 2025;
  if (!Number.isInteger(deals) || deals < 0) throw new RangeError('deals must be a non-negative integer');
  if (!(fromYear >= 1900 && toYear <= 2100 && fromYear <= toYear)) throw new RangeError('need 1900 ≤ fromYear ≤ toYear ≤ 2100');
  const dense = options.profile === 'dense';
  if (!dense && options.profile !== undefined && options.profile !== 'sipri') throw new RangeError("profile must be 'sipri' or 'dense'");
  const rng = lcg(seed);

  // The real register has ~260 states and groups, historical states among them.
  const pool = dense ? ACTORS.filter((a) => a.kind === 'state') : ACTORS;
  const count = Math.max(2, Math.min(pool.length, options.states ?? pool.length));
  const chosen = shuffled(rng, pool).slice(0, count);
  // Suppliers: Zipf with exponent 1.2 (a handful ship most), ranked with the real
  // big exporters first so the picture reads plausibly. Recipients: a flatter Zipf
  // (0.7) over an independent order, so big buyers are not big sellers.
  const rank = (id: string) => {
    const i = BIG_SUPPLIERS.indexOf(id);
    return i < 0 ? BIG_SUPPLIERS.length : i;
  };
  const suppliers = [...chosen].sort((a, b) => rank(a.id) - rank(b.id));
  const supplierCum = cumulative(suppliers.map((_, i) => 1 / (i + 1) ** 1.2));
  const recipients = shuffled(rng, chosen);
  const recipientCum = cumulative(recipients.map((_, i) => 1 / (i + 1) ** 0.7));
  const categoryCum = cumulative(CATEGORY_WEIGHTS.map((c) => c[1]));
  const sticky = dense ? undefined : stickyTrade(rng, suppliers, supplierCum, recipients, recipientCum, toYear);
  const years = toYear - fromYear + 1;

  const used = new Set<string>();
  const transfers: TransferInput[] = [];
  for (let n = 1; n <= deals; n++) {
    let supplier: ActorEntry;
    let recipient: ActorEntry;
    let orderYear: number;
    let category: Category, unit: string, description: string;
    let link = n;
    if (sticky) {
      // The real register's links per five years vary by ~±25% around their median:
      // mostly even, with a Cold War hump.
      const deal = sticky.deal(
        () => fromYear + Math.min(years - 1, Math.floor(rng.next() < 0.75 ? rng.next() * years : ((rng.next() + rng.next()) / 2) * years)),
        () => pick(rng, categoryCum),
      );
      ({ supplier, recipient, link, year: orderYear } = deal);
      [category, , unit, description] = CATEGORY_WEIGHTS[deal.category]!;
    } else {
      supplier = suppliers[pick(rng, supplierCum)]!;
      recipient = recipients[pick(rng, recipientCum)]!;
      if (recipient.id === supplier.id) recipient = recipients[(recipients.indexOf(recipient) + 1) % recipients.length]!;
      [category, , unit, description] = CATEGORY_WEIGHTS[pick(rng, categoryCum)]!;
      // Later decades have a little more trade.
      orderYear = fromYear + Math.floor(Math.sqrt(rng.next()) * years);
    }
    // Deliveries stop when either side stops existing (the Soviet Union's at 1991); never
    // before the order (a tiny pool may have had to trade out of its eras).
    const end = sticky ? Math.max(orderYear, Math.min(toYear, lastYearOf(supplier.id), lastYearOf(recipient.id))) : toYear;
    const firstDelivery = Math.min(end, orderYear + rng.int(0, 3));
    const deliveries = Math.min(rng.int(1, 3), end - firstDelivery + 1);
    const value = Math.max(1, Math.round(Math.exp(rng.next() * 5)));
    const estimated = rng.next() < 0.2;
    const events: EventInput[] = [
      {
        date: String(orderYear),
        kind: 'ordered',
        by: 'synthetic generator',
        sources: [SYNTHETIC_SOURCE_ID],
        quantity: { value, unit, ...(estimated ? { estimated: true } : {}) },
      },
    ];
    for (let y = 0; y < deliveries; y++) {
      events.push({ date: String(firstDelivery + y), kind: 'delivered', by: 'synthetic generator', sources: [SYNTHETIC_SOURCE_ID] });
    }
    used.add(supplier.id);
    used.add(recipient.id);
    transfers.push({
      id: `syn-${n}`,
      supplier: supplier.id,
      recipient: recipient.id,
      category,
      item: `Synthetic ${description} ${link}`,
      quantity: { value, unit, ...(estimated ? { estimated: true } : {}) },
      events,
    });
  }

  return {
    version: FORMAT_VERSION,
    meta: {
      title: `Synthetic arms transfers (${deals} deals, seed ${seed})`,
      description: 'Invented data with SIPRI-like distributions, for testing and benchmarks. Not real transfers.',
      updated: String(toYear),
      license: 'CC0-1.0 (synthetic data)',
      credits: [],
    },
    states: chosen
      .filter((s) => used.has(s.id))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    sources: [
      {
        id: SYNTHETIC_SOURCE_ID,
        publisher: 'arms-transfer-network synthetic generator',
        title: `Synthetic data, seed ${seed}`,
        url: 'https://example.org/synthetic',
        published: String(toYear),
        kind: 'research-or-database',
      },
    ],
    transfers,
  };
}
