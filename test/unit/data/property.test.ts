// Whatever it is given, the loader returns a result; it never throws, and a
// failure always explains itself with string paths and messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGraph, parseGraphJson, type LoadResult } from '../../../src/data/index.ts';
import { minimalGraph } from './helpers.ts';

function assertWellFormed(result: LoadResult): void {
  if (result.ok) {
    expect(Object.isFrozen(result.graph)).toBe(true);
    for (const w of result.warnings) expect(w.severity).toBe('warning');
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
}

/** Every [container, key] pair in a JSON tree, to pick mutation points from. */
function slots(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push([value, i]), slots(item, out)));
  else if (value && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) out.push([value as Record<string, unknown>, k]), slots(item, out);
  }
  return out;
}

const strangeValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(10n, () => 1, Symbol('s'), Number.NaN, Number.POSITIVE_INFINITY, new Date(0), new Map(), undefined),
);

describe('loadGraph never throws', () => {
  it('on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), (value) => {
        assertWellFormed(loadGraph(value));
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => assertWellFormed(parseGraphJson(text))),
      { numRuns: 300, seed: 20240602 },
    );
  });

  it('on a valid graph with a key deleted, a value retyped or __proto__ injected', () => {
    const pointCount = slots(minimalGraph()).length;
    const mutation = fc.record({
      op: fc.constantFrom('delete', 'retype', 'proto', 'constructor'),
      at: fc.nat({ max: pointCount - 1 }),
      value: strangeValue,
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const g = minimalGraph();
        for (const { op, at, value } of mutations) {
          const points = slots(g);
          const [container, key] = points[at % points.length]!;
          const target = container as Record<string | number, unknown>;
          if (op === 'delete') delete target[key];
          else if (op === 'retype') target[key] = value;
          else {
            const inner = target[key];
            if (inner && typeof inner === 'object') {
              Object.defineProperty(inner, op === 'proto' ? '__proto__' : 'constructor', {
                value,
                enumerable: true,
                configurable: true,
                writable: true,
              });
            }
          }
        }
        const result = loadGraph(g);
        assertWellFormed(result);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 400, seed: 20240603 },
    );
  });

  it('rejects any graph that carries a __proto__ key', () => {
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue(), (at, value) => {
        const g = minimalGraph();
        const objects = slots(g)
          .map(([c, k]) => (c as Record<string | number, unknown>)[k])
          .filter((x): x is object => !!x && typeof x === 'object' && !Array.isArray(x));
        const target = [g, ...objects][at % (objects.length + 1)]!;
        Object.defineProperty(target, '__proto__', { value, enumerable: true, configurable: true, writable: true });
        const result = loadGraph(g);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.some((p) => p.message.startsWith('"__proto__" is not allowed'))).toBe(true);
      }),
      { numRuns: 200, seed: 20240604 },
    );
  });
});
