// The loader's fast path for the common case: a freshly parsed file with nothing
// wrong in it. One walk over the data alongside the valibot schema (read as data),
// making the same output valibot would (known fields in schema order, defaults
// filled) without valibot's per-value bookkeeping, which at SIPRI scale is most of
// the time spent validating. It only ever accepts: at the first thing it does not
// expect (a wrong type, a failed check, an unknown field, a schema construct it does
// not know) it gives up, and validateGraph takes the full path, which finds and
// words every problem. test/unit/data/fast-accept.test.ts checks both paths agree.
// Not used by the single-file widget (its size budget; embeds load small files).
import { loadGraph, loadParsedJson, parseGraphJson, type LoadResult } from './load.ts';
import { isLoadedGraph, markLoaded } from './loaded.ts';
import { normalizeGraph } from './normalize.ts';
import { GraphSchema } from './schema.ts';
import { checkDatesAndReferences, MAX_VALUES, type Found, type GraphOutput } from './validate.ts';

interface SchemaNode {
  readonly type: string;
  readonly kind?: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly wrapped?: SchemaNode;
  readonly default?: unknown;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly requirement?: unknown;
  /** A piped schema: the base schema, then its actions. */
  readonly pipe?: readonly SchemaNode[];
}

/**
 * parseGraphJson, sooner for a file with nothing wrong in it; the same result
 * otherwise (a syntax error, a problem or a warning takes the full path).
 */
export function parseGraphJsonFast(text: string): LoadResult {
  if (typeof text !== 'string') return parseGraphJson(text);
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return parseGraphJson(text); // which words the syntax error
  }
  return accepted(data) ?? loadParsedJson(data);
}

/** loadGraph, sooner for data with nothing wrong in it; never changes `input` (the fast path copies). */
export function loadGraphFast(input: unknown): LoadResult {
  return accepted(input) ?? loadGraph(input);
}

/** The loaded graph when the fast path accepts `input`, else undefined (the caller takes the full path). */
function accepted(input: unknown): LoadResult | undefined {
  if (isLoadedGraph(input)) return { ok: true, graph: input, warnings: [] };
  const value = acceptValidGraph(input, MAX_VALUES) as GraphOutput | undefined;
  if (!value) return undefined;
  try {
    // As the full path does with valibot's output: a fresh tree, sorted and frozen in place.
    return { ok: true, graph: markLoaded(normalizeGraph(value, { inPlace: true })), warnings: [] };
  } catch {
    return undefined; // defence in depth, as in load()
  }
}

const REJECT: unique symbol = Symbol('reject');

interface Budget {
  left: number;
}

/** A schema node compiled to a function: the output for a valid value, else REJECT. */
type Check = (value: unknown, budget: Budget) => unknown;

let compiled: Check | undefined;

/**
 * The schema's output for `input` when the full validation would report nothing:
 * valid as far as the schema can tell, no unknown fields, and nothing for its
 * cross-checks (real days, duplicate and dangling ids); otherwise undefined.
 * Visits at most `maxValues` values.
 */
export function acceptValidGraph(input: unknown, maxValues: number): unknown {
  compiled ??= compile(GraphSchema as unknown as SchemaNode);
  try {
    const out = compiled(input, { left: maxValues });
    if (out === REJECT) return undefined;
    const found: Found[] = [];
    checkDatesAndReferences(out, found);
    return found.length === 0 ? out : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a validation action (valibot's pipe items) holds for `value`; null for an action not known here. */
function action(a: SchemaNode): ((value: unknown) => boolean) | null {
  const r = a.requirement;
  switch (a.type) {
    case 'min_length':
      return (value) => (value as { length: number }).length >= (r as number);
    case 'max_length':
      return (value) => (value as { length: number }).length <= (r as number);
    case 'regex':
      return (value) => (r as RegExp).test(value as string);
    case 'finite':
      return (value) => Number.isFinite(value);
    case 'min_value':
      return (value) => (value as number) >= (r as number);
    default:
      return null;
  }
}

const reject: Check = () => REJECT;

// Compiled once per schema node shape; a construct not known here compiles to `reject`,
// so the full path handles it.
function compile(node: SchemaNode): Check {
  if (node.pipe) {
    const base = compile(node.pipe[0]!);
    const tests: ((value: unknown) => boolean)[] = [];
    for (const a of node.pipe.slice(1)) {
      if (a.kind === 'metadata') continue;
      const test = action(a);
      if (!test) return reject;
      tests.push(test);
    }
    return (value, budget) => {
      const out = base(value, budget);
      if (out === REJECT) return REJECT;
      for (const test of tests) if (!test(out)) return REJECT;
      return out;
    };
  }
  switch (node.type) {
    case 'string':
      return (value, budget) => (--budget.left >= 0 && typeof value === 'string' ? value : REJECT);
    case 'number':
      // Finite only: the full path's first pass refuses NaN and ±Infinity (in-memory data can hold them).
      return (value, budget) => (--budget.left >= 0 && Number.isFinite(value) ? value : REJECT);
    case 'boolean':
      return (value, budget) => (--budget.left >= 0 && typeof value === 'boolean' ? value : REJECT);
    case 'literal': {
      const literal = node.literal;
      return (value, budget) => (--budget.left >= 0 && value === literal ? value : REJECT);
    }
    case 'picklist': {
      const options = new Set(node.options);
      return (value, budget) => (--budget.left >= 0 && options.has(value) ? value : REJECT);
    }
    case 'optional':
      // A present value goes to the wrapped schema; absence is the object's business.
      return compile(node.wrapped!);
    case 'array': {
      const item = compile(node.item!);
      return (value, budget) => {
        if (--budget.left < 0 || !Array.isArray(value)) return REJECT;
        const out: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const x = item(value[i], budget);
          if (x === REJECT) return REJECT;
          out[i] = x;
        }
        return out;
      };
    }
    case 'object':
      return compileObject(node);
    default:
      return reject;
  }
}

interface Field {
  readonly key: string;
  readonly check: Check;
  readonly optional: boolean;
  /** For an absent optional field with a default: the default, as given to the wrapped schema. */
  readonly fallback: unknown;
}

function compileObject(node: SchemaNode): Check {
  const fields: Field[] = [];
  for (const key of Object.keys(node.entries ?? {})) {
    const entry = node.entries![key]!;
    const optional = entry.type === 'optional';
    // A computed default would need valibot's context: leave such schemas to the full path.
    if (optional && typeof entry.default === 'function') return reject;
    fields.push({ key, check: compile(entry), optional, fallback: optional ? entry.default : undefined });
  }
  return (value, budget) => {
    if (--budget.left < 0 || typeof value !== 'object' || value === null || Array.isArray(value)) return REJECT;
    if (Object.getPrototypeOf(value) !== Object.prototype) return REJECT;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let known = 0;
    for (const f of fields) {
      // Own and enumerable, as the full path's copy (Object.keys) sees fields.
      if (Object.prototype.propertyIsEnumerable.call(input, f.key)) {
        known++;
        const x = f.check(input[f.key], budget);
        if (x === REJECT) return REJECT;
        out[f.key] = x;
      } else if (!f.optional) {
        return REJECT; // a required field is missing
      } else if (f.fallback !== undefined) {
        // As valibot does: the default goes through the wrapped schema (a fresh [] each time).
        const x = f.check(f.fallback, budget);
        if (x === REJECT) return REJECT;
        out[f.key] = x;
      }
    }
    // Unknown fields: the full path warns about each.
    let own = 0;
    for (const k in input) if (Object.hasOwn(input, k)) own++;
    return own === known ? out : REJECT;
  };
}
