// Active reader filters in words (for descriptions) and as a file-name slug.
import { CATEGORIES, CATEGORY_LABELS } from '../../data/vocabulary.ts';
import { STATUS_GROUPS, type Filters } from '../../model/filters.ts';

/** Filter values in a fixed order (vocabulary order, then ids), so names do not depend on click order. */
export function activeFilters(f: Filters | undefined) {
  const sortIds = (ids: readonly string[] | undefined) => [...new Set(ids ?? [])].sort();
  return {
    categories: CATEGORIES.filter((c) => f?.categories?.includes(c)),
    statuses: STATUS_GROUPS.filter((s) => f?.statuses?.includes(s)),
    suppliers: sortIds(f?.suppliers),
    recipients: sortIds(f?.recipients),
  };
}

/** "categories: ballistic missiles; suppliers: PRK", or "" when nothing is filtered. */
export function filtersLabel(f: Filters | undefined): string {
  const a = activeFilters(f);
  const parts: string[] = [];
  if (a.categories.length) parts.push(`categories: ${a.categories.map((c) => CATEGORY_LABELS[c]).join(', ')}`);
  if (a.statuses.length) parts.push(`statuses: ${a.statuses.join(', ')}`);
  if (a.suppliers.length) parts.push(`suppliers: ${a.suppliers.join(', ')}`);
  if (a.recipients.length) parts.push(`recipients: ${a.recipients.join(', ')}`);
  return parts.join('; ');
}
