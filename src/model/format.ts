// Wording shared by tooltips, tables, summaries and accessible names.
import type { Quantity } from '../data/types.ts';
import { QUALIFIER_LABELS } from '../data/vocabulary.ts';
import type { Status } from './types.ts';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "more than 1,000,000 shells", "about 400 missiles (estimate)". */
export function formatQuantity(q: Pick<Quantity, 'value' | 'unit'> & Partial<Pick<Quantity, 'qualifier' | 'estimated'>>): string {
  const qualifier = q.qualifier ? QUALIFIER_LABELS[q.qualifier] : '';
  const text = [qualifier, number.format(q.value), q.unit].filter(Boolean).join(' ');
  return q.estimated ? `${text} (estimate)` : text;
}

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  used: 'used',
  delivered: 'delivered',
  confirmed: 'confirmed',
  ordered: 'ordered',
  negotiating: 'in negotiation',
  offered: 'offered',
  reported: 'reported',
  alleged: 'alleged',
  disputed: 'disputed',
  denied: 'denied',
};
