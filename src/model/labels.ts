import type { State } from '../data/types.ts';

/** Display names of a node: full name, label, and a short label for narrow screens. */
export function nodeLabel(id: string, state: State | undefined) {
  const name = state?.name ?? id;
  return { name, label: state?.shortName ?? name, shortLabel: id.length <= 4 ? id : (state?.shortName ?? id) };
}
