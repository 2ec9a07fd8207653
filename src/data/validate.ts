// Checks a graph as a data editor would want: every problem at once, each at a
// JSON path with a plain-words message. Three passes:
//   1. copy the input into plain JSON data (so odd JS values, cycles, throwing
//      getters and `__proto__` keys never reach the rest of the code),
//   2. the valibot schema (types, required fields, vocabularies, formats),
//   3. what a schema cannot say: real calendar days, duplicate and dangling ids.
import * as v from 'valibot';
import { GraphSchema, ID_PATTERN, PARTIAL_DATE_SHAPE } from './schema.ts';
import { endDay, parsePartialDate, startDay } from './partial-date.ts';
import { ISO3_HISTORICAL, ISO3_SHAPE, iso3Status } from './iso3.ts';
import { formatPath, type PathSegment } from './json-path.ts';
import type { Problem } from './types.ts';

export type GraphOutput = v.InferOutput<typeof GraphSchema>;

/** Field names that could reach Object.prototype if some consumer copied naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** A graph is 6 levels deep; anything far deeper is not a graph and could exhaust the stack. */
export const MAX_DEPTH = 32;
/** Values (objects, arrays, leaves) read before giving up; bounds time and memory. */
export const MAX_VALUES = 2_000_000;

export interface Found {
  path: PathSegment[];
  /** Where the problem sits when it differs from `path` (a missing field's own key). */
  at?: PathSegment[];
  message: string;
  severity: Problem['severity'];
}

export interface ValidationResult {
  /** Errors first, then warnings; each group in the order found. */
  readonly problems: Problem[];
  /** The schema's output (defaults filled, unknown fields dropped) when there is no error. */
  readonly value?: GraphOutput;
}

export interface ValidateOptions {
  /**
   * The input is a fresh JSON.parse result that nobody else holds (parseGraphJson).
   * Then, when a quick read-only walk finds nothing pass 1 would report or change,
   * the input is used as is instead of being copied: same problems, less time.
   */
  readonly parsedJson?: boolean;
}

/** Validates anything; never throws. */
export function validateGraph(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const found: Found[] = [];
  const ctx: CopyContext = { found, values: 0, tooLarge: false, ancestors: new Set() };
  let root: unknown;
  if (options.parsedJson && isPlainJson(input)) root = input;
  else {
    const plain = toPlain(input, [], 0, ctx);
    root = plain === DROP ? undefined : plain;
  }
  const primary = new Set(found);
  if (ctx.tooLarge) return { problems: finish(found, primary) };

  checkShape(GraphSchema as unknown as SchemaNode, root, [], found, primary);
  const parsed = v.safeParse(GraphSchema, root, { abortEarly: false });
  if (!parsed.success) for (const issue of parsed.issues) found.push(fromIssue(issue));
  checkDatesAndReferences(root, found);

  const problems = finish(found, primary);
  const hasError = problems.some((p) => p.severity === 'error');
  return parsed.success && !hasError ? { problems, value: parsed.output } : { problems };
}

function finish(found: Found[], primary: ReadonlySet<Found>): Problem[] {
  // A primary problem explains a value that later passes could not use (dropped,
  // or a list where an object belongs); their consequences ("missing required
  // field" inside it) would only repeat it.
  const suppressed = [...primary].map((f) => f.path);
  const kept = found.filter((f) => {
    if (primary.has(f)) return true;
    const at = f.at ?? f.path;
    return !suppressed.some((bad) => startsWith(at, bad));
  });
  const toProblem = (f: Found): Problem => ({ path: formatPath(f.path), message: f.message, severity: f.severity });
  return [
    ...kept.filter((f) => f.severity === 'error').map(toProblem),
    ...kept.filter((f) => f.severity === 'warning').map(toProblem),
  ];
}

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

// ---------------------------------------------------------------- pass 1: plain copy

const DROP: unique symbol = Symbol('drop');

interface CopyContext {
  found: Found[];
  values: number;
  tooLarge: boolean;
  ancestors: Set<object>;
}

export function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);
    return String(error);
  } catch {
    return 'unknown error';
  }
}

function toPlain(value: unknown, path: PathSegment[], depth: number, ctx: CopyContext): unknown {
  const fail = (message: string): typeof DROP => {
    ctx.found.push({ path, message, severity: 'error' });
    return DROP;
  };
  if (ctx.tooLarge) return DROP;
  if (++ctx.values > MAX_VALUES) {
    ctx.tooLarge = true;
    return fail(`the data is too large to check (more than ${MAX_VALUES.toLocaleString('en')} values)`);
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : fail(`must be a finite number (got ${String(value)})`);
    case 'undefined':
      return DROP; // like JSON.stringify: an undefined field is simply absent
    case 'bigint':
      return fail(`is a BigInt (${clip(String(value))}n), not a JSON number`);
    case 'function':
    case 'symbol':
      return fail(`is a ${typeof value}, not a JSON value`);
  }
  if (value === null) return null;
  const obj = value as object;
  if (depth >= MAX_DEPTH) return fail(`is nested too deeply (more than ${MAX_DEPTH} levels)`);
  if (ctx.ancestors.has(obj)) return fail('refers back to one of its own parents (a cycle), which JSON cannot hold');
  ctx.ancestors.add(obj);
  try {
    return Array.isArray(obj) ? copyArray(obj, path, depth, ctx) : copyObject(obj, path, depth, ctx, fail);
  } catch (error) {
    return fail(`could not be read: ${errorText(error)}`);
  } finally {
    ctx.ancestors.delete(obj);
  }
}

/**
 * True when toPlain would copy `value` unchanged and report nothing: only finite
 * numbers, strings, booleans, null, arrays and plain objects without forbidden
 * keys, within MAX_DEPTH and MAX_VALUES. Conservative: anything unusual (or a
 * throw) answers false, and the caller then takes the copying path.
 */
export function isPlainJson(value: unknown): boolean {
  let values = 0;
  const walk = (x: unknown, depth: number): boolean => {
    if (++values > MAX_VALUES) return false;
    switch (typeof x) {
      case 'string':
      case 'boolean':
        return true;
      case 'number':
        return Number.isFinite(x);
      case 'object':
        break;
      default:
        return false;
    }
    if (x === null) return true;
    if (depth >= MAX_DEPTH) return false;
    if (Array.isArray(x)) {
      const length = x.length;
      if (length > MAX_VALUES) return false;
      for (let i = 0; i < length; i++) if (!walk(x[i], depth + 1)) return false;
      return true;
    }
    if (Object.getPrototypeOf(x) !== Object.prototype) return false;
    const obj = x as Record<string, unknown>;
    for (const key in obj) {
      // for…in also walks inherited enumerable keys; a plain JSON object has none.
      if (!Object.hasOwn(obj, key) || FORBIDDEN_KEYS.has(key)) return false;
      if (!walk(obj[key], depth + 1)) return false;
    }
    return true;
  };
  try {
    return walk(value, 0);
  } catch {
    return false;
  }
}

function copyArray(array: readonly unknown[], path: PathSegment[], depth: number, ctx: CopyContext): unknown[] {
  const length = array.length;
  if (length > MAX_VALUES) {
    ctx.tooLarge = true;
    ctx.found.push({ path, message: `is too long to check (${length} items)`, severity: 'error' });
    return [];
  }
  const out: unknown[] = [];
  for (let i = 0; i < length && !ctx.tooLarge; i++) {
    const itemPath = [...path, i];
    let item: unknown;
    try {
      item = array[i];
    } catch (error) {
      ctx.found.push({ path: itemPath, message: `could not be read: ${errorText(error)}`, severity: 'error' });
      out.push(null);
      continue;
    }
    if (item === undefined) {
      ctx.found.push({ path: itemPath, message: 'is missing (undefined is not a JSON value)', severity: 'error' });
      out.push(null);
      continue;
    }
    const copy = toPlain(item, itemPath, depth + 1, ctx);
    // Keep the slot so later item indexes still match the caller's data.
    out.push(copy === DROP ? null : copy);
  }
  return out;
}

function copyObject(
  obj: object,
  path: PathSegment[],
  depth: number,
  ctx: CopyContext,
  fail: (message: string) => typeof DROP,
): Record<string, unknown> | typeof DROP {
  const proto: unknown = Object.getPrototypeOf(obj);
  if (proto !== Object.prototype && proto !== null) {
    const name = constructorName(obj);
    return fail(`is ${name ? `a ${name} object` : 'an object of a special kind'}, not plain JSON data`);
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    const keyPath = [...path, key];
    if (FORBIDDEN_KEYS.has(key)) {
      ctx.found.push({
        path: keyPath,
        message: `"${key}" is not allowed as a field name (it could tamper with JavaScript objects)`,
        severity: 'error',
      });
      continue;
    }
    let item: unknown;
    try {
      item = (obj as Record<string, unknown>)[key];
    } catch (error) {
      ctx.found.push({ path: keyPath, message: `could not be read: ${errorText(error)}`, severity: 'error' });
      continue;
    }
    const copy = toPlain(item, keyPath, depth + 1, ctx);
    if (copy !== DROP) out[key] = copy;
    if (ctx.tooLarge) break;
  }
  return out;
}

function constructorName(obj: object): string | undefined {
  try {
    const ctor: unknown = (obj as { constructor?: unknown }).constructor;
    return typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name ? ctor.name : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- unknown fields

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks the data alongside the schema for what valibot lets pass: unknown fields
 * (which it silently drops) and lists where an object belongs (it accepts them).
 */
function checkShape(
  schema: SchemaNode,
  value: unknown,
  path: PathSegment[],
  found: Found[],
  primary: Set<Found>,
): void {
  // `path` is one shared stack (push/pop): it is copied only when a problem is found,
  // since at SIPRI scale most of the ~500,000 values have none.
  let node = schema;
  while (node.wrapped) node = node.wrapped; // optional(...)
  if (node.type === 'object' && Array.isArray(value)) {
    const problem: Found = { path: [...path], message: `must be an object { … } (got a list)`, severity: 'error' };
    found.push(problem);
    primary.add(problem);
  } else if (node.type === 'object' && node.entries && isRecord(value)) {
    const entries = node.entries;
    for (const key of Object.keys(value)) {
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
      path.push(key);
      if (entry) checkShape(entry, value[key], path, found, primary);
      else {
        const guess = closest(key, Object.keys(entries));
        found.push({
          path: [...path],
          message: `unknown field "${clip(key)}" is ignored${guess ? ` (did you mean "${guess}"?)` : ''}`,
          severity: 'warning',
        });
      }
      path.pop();
    }
  } else if (node.type === 'array' && node.item && Array.isArray(value)) {
    const item = node.item;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      checkShape(item, value[i], path, found, primary);
      path.pop();
    }
  }
}

/** The known name within two edits of a misspelt one ("recepient" → "recipient"). */
function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 40) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

// ---------------------------------------------------------------- pass 2: schema issues

type Issue = v.InferIssue<typeof GraphSchema>;

/** A value as a data editor would recognise it: `"PRKK"`, `42`, `a list`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(clip(value));
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string (text in double quotes)',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

const KIND_OWNERS: Record<string, string> = { events: 'event', sources: 'source', states: 'state', quantity: 'quantity' };

/** "event kind", "source kind", "category": what the field at `path` holds. */
function fieldLabel(path: readonly PathSegment[]): string {
  const last = path.at(-1);
  if (typeof last !== 'string') return 'value';
  const owner = path.at(-2) === undefined ? undefined : String(typeof path.at(-2) === 'number' ? path.at(-3) : path.at(-2));
  const ownerName = owner === undefined ? undefined : KIND_OWNERS[owner];
  return (last === 'kind' || last === 'qualifier') && ownerName ? `${ownerName} ${last}` : last;
}

function fromIssue(issue: Issue): Found {
  const path: PathSegment[] = (issue.path ?? []).map((item) => item.key as PathSegment);
  const last = path.at(-1);
  const got = describeValue(issue.input);
  const custom = !issue.message.startsWith('Invalid ');
  const error = (message: string, at?: PathSegment[]): Found => ({ path, message, severity: 'error', ...(at && { at }) });

  if (issue.kind === 'schema') {
    if (issue.type === 'object' && issue.input === undefined && typeof last === 'string') {
      return { path: path.slice(0, -1), at: path, message: `missing required field "${last}"`, severity: 'error' };
    }
    if (issue.type === 'picklist') {
      const allowed = (issue.expected ?? '').replace(/^\(|\)$/g, '').replace(/"/g, '').split(' | ').join(', ');
      const what = fieldLabel(path);
      return typeof issue.input === 'string'
        ? error(`unknown ${what} ${got}; must be one of: ${allowed}`)
        : error(`must be one of: ${allowed} (got ${got})`);
    }
    if (issue.type === 'literal') {
      return error(`must be ${issue.expected}${last === 'version' ? ' (the format version this tool reads)' : ''} (got ${got})`);
    }
    const typeName = TYPE_NAMES[issue.type];
    if (typeName) return error(`must be ${typeName} (got ${got})`);
  } else if (issue.kind === 'validation') {
    if (issue.type === 'regex') return error(`${custom ? issue.message : 'has the wrong format'} (got ${got})`);
    if (custom) return error(issue.message);
    const requirement = String((issue as { requirement?: unknown }).requirement);
    switch (issue.type) {
      case 'max_length':
        return error(`is too long: at most ${requirement} characters (got ${issue.received})`);
      case 'min_length':
        return error(`is too short: at least ${requirement} ${Array.isArray(issue.input) ? 'items' : 'characters'}`);
      case 'min_value':
        return error(`must be at least ${requirement} (got ${got})`);
      case 'finite':
        return error(`must be a finite number (got ${got})`);
    }
  }
  return error(issue.message);
}

// ---------------------------------------------------------------- pass 3: dates and ids

// IdSchema and PartialDateSchema's own tests, without valibot's per-call bookkeeping (pass 3 runs them ~200,000 times at SIPRI scale).
const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);
const isDateShaped = (value: unknown): value is string => typeof value === 'string' && PARTIAL_DATE_SHAPE.test(value);
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/** Parses a date field; reports an impossible one and returns undefined. */
function checkDate(value: unknown, path: PathSegment[] | (() => PathSegment[]), found: Found[]): string | undefined {
  if (!isDateShaped(value)) return undefined; // malformed: the schema already said so
  const parsed = parsePartialDate(value);
  if ('error' in parsed) {
    found.push({ path: typeof path === 'function' ? path() : path, message: parsed.error, severity: 'error' });
    return undefined;
  }
  return value;
}

/** Registers ids of one list, reporting duplicates; returns id → first index. */
function collectIds(items: readonly unknown[], listName: string, what: string, found: Found[]): Map<string, number> {
  const ids = new Map<string, number>();
  items.forEach((item, i) => {
    const id = record(item).id;
    if (!isId(id)) return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, i);
    else {
      found.push({
        path: [listName, i, 'id'],
        message: `duplicate ${what} id "${id}" (already used by ${formatPath([listName, first])})`,
        severity: 'error',
      });
    }
  });
  return ids;
}

/** Pass 3 (exported for the fast path): real calendar days, duplicate and dangling ids. */
export function checkDatesAndReferences(rootValue: unknown, found: Found[]): void {
  const root = record(rootValue);
  const meta = record(root.meta);
  checkDate(meta.updated, ['meta', 'updated'], found);
  checkDate(meta.sipriDataGenerated, ['meta', 'sipriDataGenerated'], found);

  const states = list(root.states);
  const sources = list(root.sources);
  const transfers = list(root.transfers);
  const milestones = list(root.milestones);
  const stateIds = collectIds(states, 'states', 'state', found);
  const sourceIds = collectIds(sources, 'sources', 'source', found);
  const transferIds = collectIds(transfers, 'transfers', 'transfer', found);
  collectIds(milestones, 'milestones', 'milestone', found);
  const cited = new Set<string>();

  // A list that is not a list was reported by the schema; every reference into
  // it would then look dangling, so references to it are not checked. Paths are
  // built only for a problem: most of the ~200,000 references at SIPRI scale have none.
  const refer = (id: unknown, known: Map<string, number>, what: string, path: () => PathSegment[]): void => {
    const target = what === 'state' ? root.states : what === 'source' ? root.sources : root.transfers;
    if (Array.isArray(target) && isId(id) && !known.has(id)) found.push({ path: path(), message: `unknown ${what} "${id}"`, severity: 'error' });
  };
  const cite = (ids: unknown, path: () => PathSegment[]): void => {
    const items = list(ids);
    for (let k = 0; k < items.length; k++) {
      const id = items[k];
      refer(id, sourceIds, 'source', () => [...path(), k]);
      if (isId(id)) cited.add(id);
    }
  };

  states.forEach((item, i) => checkStateId(record(item), i, found));

  sources.forEach((item, i) => checkDate(record(item).published, ['sources', i, 'published'], found));

  transfers.forEach((item, i) => {
    const t = record(item);
    const at = (...rest: PathSegment[]): PathSegment[] => ['transfers', i, ...rest];
    refer(t.supplier, stateIds, 'state', () => at('supplier'));
    refer(t.recipient, stateIds, 'state', () => at('recipient'));
    if (isId(t.supplier) && t.supplier === t.recipient) {
      found.push({
        path: at('recipient'),
        message: `is the same as the supplier ("${t.supplier}"); supplier and recipient must differ`,
        severity: 'error',
      });
    }
    list(t.inReturnFor).forEach((id, k) => {
      if (isId(id) && id === t.id) {
        found.push({ path: at('inReturnFor', k), message: 'a transfer cannot be in return for itself', severity: 'error' });
      } else refer(id, transferIds, 'transfer', () => at('inReturnFor', k));
    });
    list(t.events).forEach((eventValue, j) => {
      const e = record(eventValue);
      const date = checkDate(e.date, () => at('events', j, 'date'), found);
      const reported = e.reported === undefined ? undefined : checkDate(e.reported, () => at('events', j, 'reported'), found);
      if (date && reported && endDay(reported) < startDay(date)) {
        found.push({
          path: at('events', j, 'reported'),
          message: `"${reported}" is before the event's date "${date}"; it cannot have been reported before it happened`,
          severity: 'error',
        });
      }
      cite(e.sources, () => at('events', j, 'sources'));
    });
  });

  milestones.forEach((item, i) => {
    const m = record(item);
    checkDate(m.date, ['milestones', i, 'date'], found);
    list(m.states).forEach((id, k) => refer(id, stateIds, 'state', () => ['milestones', i, 'states', k]));
    cite(m.sources, () => ['milestones', i, 'sources']);
  });

  sources.forEach((item, i) => {
    const id = record(item).id;
    if (isId(id) && sourceIds.get(id) === i && !cited.has(id)) {
      found.push({ path: ['sources', i], message: `source "${id}" is not cited by any event or milestone`, severity: 'warning' });
    }
  });
}

/** States (current or historical) are keyed by ISO 3166-1 alpha-3 code; other actors by any id. */
function checkStateId(state: Record<string, unknown>, i: number, found: Found[]): void {
  const id = state.id;
  const kind = state.kind ?? 'state';
  if (!isId(id) || (kind !== 'state' && kind !== 'historical-state')) return;
  const path: PathSegment[] = ['states', i, 'id'];
  if (!ISO3_SHAPE.test(id)) {
    found.push({
      path,
      message: `"${id}" must be 3 uppercase letters (an ISO 3166-1 alpha-3 code such as "RUS") for kind "${kind}"; use kind "non-state-actor" or "organisation" for other actors`,
      severity: 'error',
    });
    return;
  }
  const status = iso3Status(id);
  if (status === 'unknown') {
    found.push({ path, message: `"${id}" is not a known ISO 3166-1 alpha-3 code`, severity: 'warning' });
  } else if (status === 'historical' && kind === 'state') {
    found.push({
      path: ['states', i, 'kind'],
      message: `"${id}" is the code of a former state (${ISO3_HISTORICAL[id]}); use kind "historical-state"`,
      severity: 'warning',
    });
  }
}
