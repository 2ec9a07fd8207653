// The view as URL query parameters, so a link reproduces what the reader saw.
// Pure: takes and returns URLSearchParams, never touches `location` or `history`.
// Reading never throws: every bad value falls back to its default and is named in
// `problems`, so a mangled link still opens a working view. Defaults are left out
// of written URLs to keep shared links short and stable (docs/time.md).
import { endDay, parsePartialDate, startDay } from '../data/partial-date.ts';
import { CATEGORIES, type Category } from '../data/vocabulary.ts';
import { STATUS_GROUPS, type StatusGroup } from '../model/filters.ts';
import type { DateBasis, DayRange, RangeMode } from '../model/types.ts';
export { partialFrom, partialTo } from '../model/partial-range.ts';

export interface ViewState {
  /** Partial ISO date ("2023", "2023-09", "2023-09-14"); the range starts on its first day. null = the data's start. */
  readonly from: string | null;
  /** Partial ISO date; the range ends on its last day. null = the data's end. */
  readonly to: string | null;
  readonly mode: RangeMode;
  readonly basis: DateBasis;
  /** State id or edge key (SUPPLIER-RECIPIENT-category); null = nothing selected. */
  readonly selected: string | null;
  readonly categories: readonly Category[];
  readonly statuses: readonly StatusGroup[];
  readonly suppliers: readonly string[];
  readonly recipients: readonly string[];
  /** The table view is open instead of (or beside) the network. */
  readonly table: boolean;
}

export interface ReadViewState extends ViewState {
  /** Plain-language notes on ignored parameters, e.g. `mode: "sideways" is not one of window, cumulative`. */
  readonly problems: readonly string[];
}

export const DEFAULT_VIEW_STATE: ViewState = {
  from: null,
  to: null,
  mode: 'window',
  basis: 'reported',
  selected: null,
  categories: [],
  statuses: [],
  suppliers: [],
  recipients: [],
  table: false,
};

const MODES: readonly RangeMode[] = ['window', 'cumulative'];
const BASES: readonly DateBasis[] = ['reported', 'happened'];
/** Same shape as the schema's ids (src/data/schema.ts). */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** An id or an edge key built from two ids and a category. */
const SELECTED = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/;
const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);
/** Long enough for any honest value; guards against pasted junk in problem messages. */
const MAX_SHOWN = 40;

function shown(value: string): string {
  return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
}

function oneOf<T extends string>(
  key: string,
  raw: string | null,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${key}: ${shown(raw)} is not one of ${allowed.join(', ')}`);
  return fallback;
}

function dateParam(key: string, raw: string | null, fallback: string | null, problems: string[]): string | null {
  if (raw === null) return fallback;
  const d = parsePartialDate(raw);
  if ('error' in d) {
    problems.push(`${key}: ${d.error.replace(`"${raw}"`, shown(raw))}`);
    return fallback;
  }
  return raw;
}

/** A comma list; unknown or malformed items are dropped (and reported), the rest kept in order, once each. */
function listParam<T extends string>(
  key: string,
  raw: string | null,
  accept: (item: string) => boolean,
  fallback: readonly T[],
  problems: string[],
): readonly T[] {
  if (raw === null) return fallback;
  const out: T[] = [];
  const rejected: string[] = [];
  for (const item of raw.split(',').map((s) => s.trim())) {
    if (item === '') continue;
    if (!accept(item)) rejected.push(item);
    else if (!out.includes(item as T)) out.push(item as T);
  }
  if (rejected.length) problems.push(`${key}: ignored ${rejected.map(shown).join(', ')}`);
  return out;
}

function boolParam(key: string, raw: string | null, fallback: boolean, problems: string[]): boolean {
  if (raw === null) return fallback;
  const v = raw.trim().toLowerCase();
  // A bare `?table` means "on", like an HTML boolean attribute.
  if (v === '' || TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  problems.push(`${key}: ${shown(raw)} is not 1 or 0`);
  return fallback;
}

export function readViewState(params: URLSearchParams, defaults: ViewState = DEFAULT_VIEW_STATE): ReadViewState {
  const problems: string[] = [];
  let from = dateParam('from', params.get('from'), defaults.from, problems);
  let to = dateParam('to', params.get('to'), defaults.to, problems);
  if (from !== null && to !== null && startDay(from) > endDay(to)) {
    problems.push(`from ${shown(from)} is after to ${shown(to)}; showing the default range`);
    from = defaults.from;
    to = defaults.to;
  }
  const selectedRaw = params.get('selected');
  let selected = defaults.selected;
  if (selectedRaw !== null) {
    if (SELECTED.test(selectedRaw)) selected = selectedRaw;
    else problems.push(`selected: ${shown(selectedRaw)} is not a state id or edge key`);
  }
  const isId = (s: string) => ID.test(s);
  return {
    from,
    to,
    mode: oneOf('mode', params.get('mode'), MODES, defaults.mode, problems),
    basis: oneOf('basis', params.get('basis'), BASES, defaults.basis, problems),
    selected,
    categories: listParam('categories', params.get('categories'), (s) => (CATEGORIES as readonly string[]).includes(s), defaults.categories, problems),
    statuses: listParam('statuses', params.get('statuses'), (s) => (STATUS_GROUPS as readonly string[]).includes(s), defaults.statuses, problems),
    suppliers: listParam('suppliers', params.get('suppliers'), isId, defaults.suppliers, problems),
    recipients: listParam('recipients', params.get('recipients'), isId, defaults.recipients, problems),
    table: boolParam('table', params.get('table'), defaults.table, problems),
    problems,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Parameters for the state, in a fixed order, leaving out every value equal to its default. */
export function writeViewState(state: ViewState, defaults: ViewState = DEFAULT_VIEW_STATE): URLSearchParams {
  const p = new URLSearchParams();
  if (state.from !== null && state.from !== defaults.from) p.set('from', state.from);
  if (state.to !== null && state.to !== defaults.to) p.set('to', state.to);
  if (state.mode !== defaults.mode) p.set('mode', state.mode);
  if (state.basis !== defaults.basis) p.set('basis', state.basis);
  if (state.selected !== null && state.selected !== defaults.selected) p.set('selected', state.selected);
  const lists = ['categories', 'statuses', 'suppliers', 'recipients'] as const;
  for (const key of lists) {
    if (!sameList(state[key], defaults[key])) p.set(key, state[key].join(','));
  }
  if (state.table !== defaults.table) p.set('table', state.table ? '1' : '0');
  return p;
}

/**
 * The day range a state asks for, within the data's span: `from` counts from its
 * first day, `to` up to its last day; missing ends take the span's. Clamped to the
 * span; a range that misses the span entirely gives the whole span.
 */
export function rangeOfState(state: Pick<ViewState, 'from' | 'to'>, span: DayRange): DayRange {
  const from = Math.max(span.from, state.from === null ? span.from : startDay(state.from));
  const to = Math.min(span.to, state.to === null ? span.to : endDay(state.to));
  return from <= to ? { from, to } : { from: span.from, to: span.to };
}
