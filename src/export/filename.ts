// Download file names that say what is inside and are safe on every file system:
// arms-transfers_2023-09_2024-12.svg, arms-transfers_until_2024-12_ballistic-missiles.csv.
// Only [a-z0-9-] inside parts, "_" between parts, one "." before the extension.
import { monthText } from '../model/calendar.ts';
import { activeFilters } from './data/filters-label.ts';
import type { ExportQuery } from './data/query.ts';

export type ExportKind = 'svg' | 'png' | 'csv' | 'json' | 'graphml' | 'gexf';

export interface FileNameOptions {
  /** First part of the name. Default "arms-transfers". */
  readonly prefix?: string;
}

/** Lists longer than this are summarised ("4-categories") to keep names short. */
const MAX_LISTED = 2;
const MAX_PREFIX = 40;
/** Leaves room for a browser's " (1)" and the extension within common 255-byte limits. */
const MAX_LENGTH = 120;

export function exportFileName(kind: ExportKind, q: ExportQuery, options: FileNameOptions = {}): string {
  const prefix = slug(options.prefix ?? '').slice(0, MAX_PREFIX).replace(/-+$/, '') || 'arms-transfers';
  // Cumulative views show everything up to the end: a start month would mislead.
  const period = q.mode === 'cumulative' ? ['until', monthText(q.range.to)] : [monthText(q.range.from), monthText(q.range.to)];
  const name = [prefix, ...period, ...filterParts(q)].join('_');
  // Only filter parts can run long; the period always fits (prefix ≤ 40 characters).
  return `${name.slice(0, MAX_LENGTH).replace(/[-_]+$/, '')}.${kind}`;
}

function filterParts(q: ExportQuery): string[] {
  const f = activeFilters(q.filters);
  const parts: string[] = [];
  const list = (values: readonly string[], plural: string, lead = '') => {
    if (values.length === 0) return;
    parts.push(lead + (values.length > MAX_LISTED ? `${values.length}-${plural}` : values.map(slug).join('-')));
  };
  list(f.categories, 'categories');
  list(f.statuses, 'statuses');
  list(f.suppliers, 'suppliers', 'from-');
  list(f.recipients, 'recipients', 'to-');
  return parts.filter(Boolean);
}

/** Lower-case letters, digits and single hyphens; accents folded ("Côte" → "cote"). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
