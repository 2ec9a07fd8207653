// Status and quantity of one transfer as of a day, under a date basis. An event is
// on record by day D when its date interval starts on or before D: a "2024" event
// counts from 1 January 2024 (the overlap rule of docs/data-format.md).
import type { Quantity, Transfer } from '../data/types.ts';
import { eventInterval, type GraphIndex } from './index-graph.ts';
import { statusFromEvents } from './status.ts';
import type { DateBasis, TransferStatus } from './types.ts';

export function eventsAsOf(index: GraphIndex, transfer: Transfer, day: number, basis: DateBasis) {
  const days = index.eventDays.get(transfer.id) ?? [];
  return transfer.events.filter((_, i) => eventInterval(days[i]!, basis)[0] <= day);
}

export function statusAsOf(
  transfer: Transfer,
  day: number,
  basis: DateBasis,
  index: GraphIndex,
): TransferStatus | undefined {
  return statusFromEvents(eventsAsOf(index, transfer, day, basis));
}

/**
 * The latest quantity on record by the day: an event's count if one carries it,
 * else the transfer's headline figure. Later estimates never leak backwards.
 */
export function quantityAsOf(transfer: Transfer, day: number, basis: DateBasis, index: GraphIndex): Quantity | undefined {
  const withQuantity = eventsAsOf(index, transfer, day, basis).filter((e) => e.quantity);
  return withQuantity.at(-1)?.quantity ?? transfer.quantity;
}

