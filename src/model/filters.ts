// Reader filters that combine with the time range. Empty or missing = no filter.
import type { Transfer } from '../data/types.ts';
import type { Category } from '../data/vocabulary.ts';
import type { Status } from './types.ts';

/** The status groups readers filter by (issue: confirmed / reported / alleged / denied or disputed). */
export type StatusGroup = 'confirmed' | 'reported' | 'alleged' | 'contested';

export const STATUS_GROUPS: readonly StatusGroup[] = ['confirmed', 'reported', 'alleged', 'contested'];

export const STATUS_GROUP_LABELS: Readonly<Record<StatusGroup, string>> = {
  confirmed: 'confirmed (delivered, used, confirmed)',
  reported: 'reported (ordered, offered, negotiating, reported)',
  alleged: 'alleged',
  contested: 'denied or disputed',
};

export function statusGroup(status: Status): StatusGroup {
  switch (status) {
    case 'used':
    case 'delivered':
    case 'confirmed':
      return 'confirmed';
    case 'alleged':
      return 'alleged';
    case 'denied':
    case 'disputed':
      return 'contested';
    default:
      return 'reported';
  }
}

export interface Filters {
  readonly categories?: readonly Category[];
  readonly statuses?: readonly StatusGroup[];
  readonly suppliers?: readonly string[];
  readonly recipients?: readonly string[];
}

export function passesTransferFilters(t: Transfer, f: Filters): boolean {
  if (f.categories?.length && !f.categories.includes(t.category)) return false;
  if (f.suppliers?.length && !f.suppliers.includes(t.supplier)) return false;
  if (f.recipients?.length && !f.recipients.includes(t.recipient)) return false;
  return true;
}

export function passesStatusFilter(status: Status, f: Filters): boolean {
  return !f.statuses?.length || f.statuses.includes(statusGroup(status));
}
