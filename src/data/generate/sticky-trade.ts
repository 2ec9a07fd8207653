// Who trades with whom, and when, in the generator's SIPRI-like profile. Real arms trade
// is sticky: a recipient buys from one to four suppliers for decades, and about half of
// all deals are follow-on orders of a weapon it already has (the real register has ~30,000
// deals but ~15,000 supplier → recipient → weapon links; research/peer-benchmark.md).
// Actors trade only in their eras (eras.ts), and a predecessor stands where its
// successor would before it existed (the Soviet Union for Russia before 1992).
import type { ActorEntry } from '../import/sipri-names.ts';
import { activeIn, PREDECESSOR } from './eras.ts';
import { cumulative, pick, type Rng } from './lcg.ts';

/** Share of a recipient's deals that go to its own suppliers (the rest: anyone, by size). */
const LOYALTY = 0.85;
/** Chance that a deal is a follow-on order of an earlier one's weapon, 1–6 years later. */
const FOLLOW_ON = 0.54;
const FOLLOW_ON_GAP = [1, 6] as const;
/** Weights of a recipient's first, second, third and fourth supplier. */
const PREFERENCE = [1, 0.35, 0.15, 0.06];


export interface Deal {
  readonly supplier: ActorEntry;
  readonly recipient: ActorEntry;
  /** Index into the caller's categories. */
  readonly category: number;
  /** The weapon: deals with one link number are orders of the same weapon by the same pair. */
  readonly link: number;
  readonly year: number;
}

export interface StickyTrade {
  /** The next deal: a follow-on order, or a new weapon ordered in a year from `year()`. */
  deal(year: () => number, category: () => number): Deal;
}

export function stickyTrade(rng: Rng, suppliers: readonly ActorEntry[], supplierCum: readonly number[], recipients: readonly ActorEntry[], recipientCum: readonly number[], lastYear: number): StickyTrade {
  const byId = new Map([...suppliers, ...recipients].map((a) => [a.id, a]));
  const own = new Map<string, { ids: string[]; cum: number[] }>();
  const links: { supplier: ActorEntry; recipient: ActorEntry; category: number; year: number }[] = [];

  const ownSuppliers = (recipient: string) => {
    let list = own.get(recipient);
    if (!list) {
      const ids: string[] = [];
      const want = rng.int(1, PREFERENCE.length);
      for (let tries = 0; ids.length < want && tries < 20; tries++) {
        const s = suppliers[pick(rng, supplierCum)]!.id;
        if (s !== recipient && !ids.includes(s)) ids.push(s);
      }
      list = { ids, cum: cumulative(PREFERENCE.slice(0, ids.length)) };
      own.set(recipient, list);
    }
    return list;
  };
  // An actor out of its era is replaced by its predecessor (the Soviet Union for
  // Ukraine before 1992, Yugoslavia for Serbia before 1992), else drawn again.
  const inEra = (id: string, year: number): string | undefined => {
    for (let at: string | undefined = id; at && byId.has(at); at = PREDECESSOR[at]) if (activeIn(at, year)) return at;
    return undefined;
  };
  // A supplier and a recipient trading in `year`, or undefined when a bounded search
  // finds none (a small `states` pool can hold only actors out of their era).
  const pair = (year: number, eras = true): readonly [ActorEntry, ActorEntry] | undefined => {
    const at = (id: string) => (eras ? inEra(id, year) : id);
    for (let tries = 0; tries < 200; tries++) {
      const r = at(recipients[pick(rng, recipientCum)]!.id);
      if (!r) continue;
      const mine = ownSuppliers(r);
      const drawn = mine.ids.length > 0 && rng.next() < LOYALTY ? mine.ids[pick(rng, mine.cum)]! : suppliers[pick(rng, supplierCum)]!.id;
      const s = at(drawn);
      if (s && s !== r) return [byId.get(s)!, byId.get(r)!];
    }
    return undefined;
  };

  return {
    deal(year, category) {
      if (links.length > 0 && rng.next() < FOLLOW_ON) {
        const n = rng.int(0, links.length - 1);
        const earlier = links[n]!;
        const next = earlier.year + rng.int(...FOLLOW_ON_GAP);
        if (next <= lastYear && activeIn(earlier.supplier.id, next) && activeIn(earlier.recipient.id, next)) {
          earlier.year = next;
          return { supplier: earlier.supplier, recipient: earlier.recipient, category: earlier.category, link: n + 1, year: next };
        }
      }
      // Another year when nobody trades in this one; eras are dropped only for a pool
      // where no year has a pair (two historical states of different times, say).
      let y = year();
      let found = pair(y);
      for (let tries = 0; !found && tries < 50; tries++) found = pair((y = year()));
      const [supplier, recipient] = found ?? pair(y, false) ?? [suppliers[0]!, recipients.find((a) => a.id !== suppliers[0]!.id)!];
      const c = category();
      links.push({ supplier, recipient, category: c, year: y });
      return { supplier, recipient, category: c, link: links.length, year: y };
    },
  };
}
