import type { Category } from '../data/vocabulary.ts';

/** The stable hook of an edge: `SUPPLIER-RECIPIENT-category` (data-edge attribute). */
export function edgeKey(supplier: string, recipient: string, category: Category): string {
  return `${supplier}-${recipient}-${category}`;
}
