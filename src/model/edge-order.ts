// The order edges come out in: supplier, recipient (code-unit order, not the locale's),
// then category in CATEGORIES order.
import { CATEGORIES, type Category } from '../data/vocabulary.ts';

export interface EdgeTriple {
  readonly supplier: string;
  readonly recipient: string;
  readonly category: Category;
}

export function compareEdges(a: EdgeTriple, b: EdgeTriple): number {
  return cmp(a.supplier, b.supplier) || cmp(a.recipient, b.recipient) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
