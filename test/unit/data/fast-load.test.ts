// parseGraphJson skips the defensive copy of its own JSON.parse result and
// normalizes valibot's output in place. These tests pin that the short cut reports
// exactly what the copying path (loadGraph on the same value) reports, returns the
// same graph, and still never touches data a caller holds.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isPlainJson,
  loadGraph,
  MAX_DEPTH,
  normalizeGraph,
  parseGraphJson,
  validateGraph,
  type LoadResult,
} from '../../../src/data/index.ts';
import { fixturePath, minimalGraph } from './helpers.ts';

type G = Record<string, any>;

/** The copying path: loadGraph always copies its input first (toPlain). */
const viaCopy = (text: string): LoadResult => loadGraph(JSON.parse(text));

function same(text: string): void {
  expect(parseGraphJson(text)).toEqual(viaCopy(text));
}

describe('parseGraphJson short cut', () => {
  it('gives the same graph as the copying path for a valid file', () => {
    const text = JSON.stringify(minimalGraph());
    const fast = parseGraphJson(text);
    expect(fast.ok).toBe(true);
    same(text);
  });

  it('reports the same ten faults as the copying path', () => {
    same(readFileSync(fixturePath('ten-faults.json'), 'utf8'));
  });

  it('reports what JSON.parse lets through: huge numbers, forbidden keys, deep nesting', () => {
    const base = JSON.stringify(minimalGraph());
    const cases = [
      base.replace('"version":1', '"version":1e999'),
      base.replace('"item":', '"__proto__":{"x":1},"constructor":2,"item":'),
      base.replace('"license":', `"credits":${'['.repeat(MAX_DEPTH + 2)}${']'.repeat(MAX_DEPTH + 2)},"license":`),
      base.replace('"value":', '"value":-1e999,"v":'),
    ];
    for (const text of cases) {
      expect(text).not.toBe(base);
      expect(isPlainJson(JSON.parse(text))).toBe(false);
      same(text);
      expect(parseGraphJson(text).ok).toBe(false);
    }
  });

  it('matches the copying path on random single faults', () => {
    const g0 = minimalGraph();
    const paths: (string | number)[][] = [];
    (function walk(x: unknown, p: (string | number)[]) {
      paths.push(p);
      if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, [...p, Array.isArray(x) ? Number(k) : k]);
    })(g0, []);
    const replacement = fc.oneof(
      fc.constantFrom<unknown>(null, 0, -1, 1e308, '', 'x', '2023-02-30', 'PRKK', [], {}, true),
      fc.jsonValue({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), replacement, fc.boolean(), (path, value, remove) => {
        const g: G = minimalGraph();
        let target: any = g;
        for (const key of path.slice(0, -1)) target = target[key];
        const last = path.at(-1)!;
        if (remove && !Array.isArray(target)) delete target[last];
        else target[last] = value;
        same(JSON.stringify(g));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('accepts ordinary JSON data and refuses anything toPlain would change', () => {
    expect(isPlainJson(minimalGraph())).toBe(true);
    expect(isPlainJson({ a: [1, 'x', null, true, { b: [] }] })).toBe(true);
    expect(isPlainJson({ a: undefined })).toBe(false);
    expect(isPlainJson([Number.NaN])).toBe(false);
    expect(isPlainJson({ d: new Date(0) })).toBe(false);
    expect(isPlainJson(JSON.parse('{"__proto__":1}'))).toBe(false);
    expect(isPlainJson({ prototype: 1 })).toBe(false);
    const cyclic: G = {};
    cyclic.self = cyclic;
    expect(isPlainJson(cyclic)).toBe(false);
    expect(isPlainJson({ get x(): number { throw new Error('no'); } })).toBe(false);
  });

  it('validateGraph takes the short cut only when asked', () => {
    // A getter is read twice by the short cut (walk + valibot) but once by toPlain:
    // so without the flag a counted getter is read exactly once.
    let reads = 0;
    const g = minimalGraph();
    Object.defineProperty(g.meta, 'title', { enumerable: true, get: () => (reads++, 'T') });
    validateGraph(g);
    expect(reads).toBe(1);
  });
});

describe('in-place normalizing', () => {
  it('loadGraph still copies: the graph shares no object with the input and the input is unchanged', () => {
    const input = minimalGraph();
    input.transfers.push({ ...structuredClone(input.transfers[0]), id: 'a-first' });
    const before = JSON.stringify(input);
    const result = loadGraph(input);
    if (!result.ok) throw new Error('expected ok');
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input.transfers)).toBe(false);
    const inputs = new Set<object>();
    (function walk(x: unknown) {
      if (x && typeof x === 'object') {
        inputs.add(x);
        Object.values(x).forEach(walk);
      }
    })(input);
    let shared = 0;
    (function walk(x: unknown) {
      if (x && typeof x === 'object') {
        if (inputs.has(x)) shared++;
        Object.values(x).forEach(walk);
      }
    })(result.graph);
    expect(shared).toBe(0);
  });

  it('gives every defaulted list its own frozen array', () => {
    const result = parseGraphJson(JSON.stringify(minimalGraph()));
    if (!result.ok) throw new Error('expected ok');
    const [a, b] = result.graph.states;
    expect(a!.aliases).not.toBe(b!.aliases);
    expect(Object.isFrozen(a!.aliases)).toBe(true);
  });

  it('normalizeGraph copies unless told the graph is its own', () => {
    const validated = validateGraph(minimalGraph()).value!;
    const copy = normalizeGraph(validated);
    expect(copy).not.toBe(validated);
    expect(Object.isFrozen(validated)).toBe(false);
    const own = normalizeGraph(validated, { inPlace: true });
    expect(own).toBe(validated);
    expect(Object.isFrozen(validated.transfers[0]!.events)).toBe(true);
    expect(own).toEqual(copy);
  });
});
