// A transfer's status is never stored: it is derived from the events on record up
// to a date, so the same claim reads "negotiating" in January 2024 and "delivered"
// from September 2024, with any denial kept alongside (docs/decisions/0001).
import type { EventKind } from '../data/vocabulary.ts';
import type { TransferEvent } from '../data/types.ts';
import type { LineStyle, Status, TransferStatus } from './types.ts';

/** How far a transfer got; later stages win. */
const STAGE_RANK: Partial<Record<EventKind, number>> = {
  offered: 1,
  negotiating: 2,
  ordered: 3,
  delivered: 4,
  used: 5,
};

/** Strength order used to pick one status for an edge that bundles several transfers. */
export const STATUS_ORDER: readonly Status[] = [
  'used',
  'delivered',
  'confirmed',
  'ordered',
  'negotiating',
  'offered',
  'reported',
  'alleged',
  'disputed',
  'denied',
];

export function statusRank(status: Status): number {
  return STATUS_ORDER.length - STATUS_ORDER.indexOf(status);
}

export function lineStyle(status: Status): LineStyle {
  switch (status) {
    case 'used':
    case 'delivered':
    case 'confirmed':
      return 'solid';
    case 'denied':
    case 'disputed':
      return 'faded';
    default:
      return 'dashed';
  }
}

/**
 * Status from the events already on record (the caller picks them by date).
 * Rules, in order:
 * 1. The furthest lifecycle stage reached (offered < negotiating < ordered <
 *    delivered < used); "confirmed" outranks stages short of delivery.
 * 2. Without a stage: confirmed, else reported, else alleged.
 * 3. A claim that has only been reported or alleged and is then denied or
 *    disputed shows as denied/disputed (the latest such event decides).
 * Returns undefined when no event is on record.
 */
export function statusFromEvents(events: readonly Pick<TransferEvent, 'kind'>[]): TransferStatus | undefined {
  if (events.length === 0) return undefined;
  let stage: EventKind | undefined;
  let confirmed = false;
  let reported = false;
  let alleged = false;
  let lastContest: 'denied' | 'disputed' | undefined;
  for (const e of events) {
    const rank = STAGE_RANK[e.kind];
    if (rank !== undefined && (stage === undefined || rank > STAGE_RANK[stage]!)) stage = e.kind;
    if (e.kind === 'confirmed') confirmed = true;
    else if (e.kind === 'reported') reported = true;
    else if (e.kind === 'alleged') alleged = true;
    else if (e.kind === 'denied' || e.kind === 'disputed') lastContest = e.kind;
  }
  let status: Status;
  if (stage !== undefined && (STAGE_RANK[stage]! >= STAGE_RANK.delivered! || !confirmed)) {
    status = stage as Status;
  } else if (confirmed) {
    status = 'confirmed';
  } else if (reported) {
    status = 'reported';
  } else if (alleged) {
    status = 'alleged';
  } else {
    status = lastContest!;
  }
  if (lastContest && (status === 'reported' || status === 'alleged')) status = lastContest;
  return { status, style: lineStyle(status), contested: lastContest !== undefined, confirmed };
}
