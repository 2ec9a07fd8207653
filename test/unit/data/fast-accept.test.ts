// The loader's fast path (src/data/fast-accept.ts) must accept exactly the files the
// full validation accepts without a word, and give the same graph: it may give up on
// anything (the full path then runs), but never let through what the full path would
// report. Compared here on the schema's own output and on whole load results.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { acceptValidGraph, loadGraphFast, parseGraphJsonFast } from '../../../src/data/fast-accept.ts';
import { generateGraph } from '../../../src/data/generate/index.ts';
import { loadGraph, MAX_VALUES, parseGraphJson } from '../../../src/data/index.ts';
import { GraphSchema } from '../../../src/data/schema.ts';
import { minimalGraph } from './helpers.ts';

type G = Record<string, any>;

const bundledText = readFileSync(new URL('../../../data/transfers.json', import.meta.url), 'utf8');
const bundled = (): G => JSON.parse(bundledText) as G;

/** The schema's output, as valibot makes it. */
const schemaOutput = (input: unknown) => v.safeParse(GraphSchema, input, { abortEarly: false });

describe('acceptValidGraph', () => {
  it('gives valibot\'s output for valid graphs: known fields, defaults filled, nothing shared with the input', () => {
    const inputs = [minimalGraph(), bundled(), generateGraph({ deals: 200, seed: 5 }) as G];
    for (const input of inputs) {
      const fast = acceptValidGraph(input, MAX_VALUES);
      const full = schemaOutput(input);
      expect(full.success).toBe(true);
      expect(fast).toStrictEqual(full.output);
      expect(fast).not.toBe(input);
      expect((fast as G).transfers[0]).not.toBe(input.transfers[0]);
    }
    // Defaults the schema fills: a state's kind and aliases, a transfer's inReturnFor.
    const g = minimalGraph();
    delete g.states[0].kind;
    const out = acceptValidGraph(g, MAX_VALUES) as G;
    expect(out.states[0].kind).toBe('state');
    expect(out.states[0].aliases).toEqual([]);
  });

  it('gives up on whatever the full path would report, and on what it does not know', () => {
    const cases: [string, (g: G) => void][] = [
      ['an unknown field', (g) => (g.transfers[0].colour = 'red')],
      ['a forbidden key', (g) => (g.meta = JSON.parse(`{"__proto__":1,${JSON.stringify(g.meta).slice(1)}`))],
      ['a missing required field', (g) => delete g.transfers[0].item],
      ['a wrong type', (g) => (g.transfers[0].events = {})],
      ['a list where an object belongs', (g) => (g.meta = [g.meta])],
      ['an empty list that must not be', (g) => (g.transfers[0].events = [])],
      ['an unknown category', (g) => (g.transfers[0].category = 'lasers')],
      ['a malformed date', (g) => (g.transfers[0].events[0].date = '2023-13')],
      ['a non-http URL', (g) => (g.sources[0].url = 'javascript:alert(1)')],
      ['a negative quantity', (g) => (g.transfers[0].events[0].quantity = { value: -1, unit: 'x' })],
      ['an empty text', (g) => (g.states[0].name = '')],
      ['an over-long text', (g) => (g.states[0].name = 'x'.repeat(121))],
      ['another version', (g) => (g.version = 2)],
    ];
    for (const [what, change] of cases) {
      const g = minimalGraph();
      change(g);
      expect(acceptValidGraph(g, MAX_VALUES), what).toBeUndefined();
    }
    // An object without a prototype is not what JSON.parse makes: given up on, though the full path takes it.
    const bare = minimalGraph();
    Object.setPrototypeOf(bare.meta, null);
    expect(acceptValidGraph(bare, MAX_VALUES)).toBeUndefined();
    expect(loadGraphFast(bare)).toStrictEqual(loadGraph(bare));
    expect(acceptValidGraph(null, MAX_VALUES)).toBeUndefined();
    expect(acceptValidGraph('text', MAX_VALUES)).toBeUndefined();
    // Past its budget of values it gives up too (the full path then says "too large").
    expect(acceptValidGraph(minimalGraph(), 20)).toBeUndefined();
  });

  it('leaves dates that do not exist and dangling ids to the full path', () => {
    const dangling = minimalGraph();
    dangling.transfers[0].events[0].sources = ['no-such-source'];
    expect(acceptValidGraph(dangling, MAX_VALUES)).toBeUndefined();
    const g = minimalGraph();
    g.transfers[0].events[0].date = '2023-02-30';
    expect(acceptValidGraph(g, MAX_VALUES)).toBeUndefined(); // its cross-checks find it
    const text = JSON.stringify(g);
    const viaFast = parseGraphJsonFast(text);
    expect(viaFast.ok).toBe(false);
    expect(viaFast).toStrictEqual(parseGraphJson(text));
  });

  it('matches the full path on random single faults in the bundled dataset', () => {
    const g0 = bundled();
    const paths: (string | number)[][] = [];
    (function walk(x: unknown, p: (string | number)[]) {
      paths.push(p);
      if (x && typeof x === 'object') for (const [k, val] of Object.entries(x)) walk(val, [...p, Array.isArray(x) ? Number(k) : k]);
    })(g0, []);
    const replacement = fc.oneof(
      fc.constantFrom<unknown>(null, 0, -1, 3.5, '', 'x', 'RUS', '2023', '2023-02-30', 'https://example.org', 'delivered', [], {}, true),
      fc.jsonValue({ maxDepth: 2 }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), replacement, fc.boolean(), (path, value, remove) => {
        const g = bundled();
        let target: any = g;
        for (const key of path.slice(0, -1)) target = target[key];
        const last = path.at(-1)!;
        if (remove && !Array.isArray(target)) delete target[last];
        else target[last] = value;
        const text = JSON.stringify(g);
        const fast = parseGraphJsonFast(text);
        if (fast.ok && fast.warnings.length === 0) accepted++;
        expect(fast).toStrictEqual(loadGraph(JSON.parse(text)));
      }),
      { numRuns: 400, seed: 7 },
    );
    // Some faults leave the file valid (a text for another text): those took the fast path.
    expect(accepted).toBeGreaterThan(0);
  });

  it('words syntax errors, empty files and non-text as parseGraphJson does', () => {
    for (const text of ['', '   ', '\uFEFF{"version": 1,', '{"version": 1}', 'null', '[]']) {
      expect(parseGraphJsonFast(text)).toStrictEqual(parseGraphJson(text));
    }
    expect(parseGraphJsonFast(42 as unknown as string)).toStrictEqual(parseGraphJson(42 as unknown as string));
    const bom = `\uFEFF${JSON.stringify(minimalGraph())}`;
    expect(parseGraphJsonFast(bom)).toStrictEqual(parseGraphJson(bom));
    expect(parseGraphJsonFast(bom).ok).toBe(true);
  });

  it('loads in-memory data (an importer\'s output) as loadGraph does, leaving it untouched', () => {
    const inputs: G[] = [minimalGraph(), bundled(), generateGraph({ deals: 150, seed: 9 }) as G];
    const faulty = minimalGraph();
    faulty.transfers[0].description = undefined; // not JSON: the full path drops it
    faulty.states[0].colour = 'red';
    inputs.push(faulty);
    // Numbers JSON cannot hold (an importer can make them: a 400-digit count is Infinity).
    for (const bad of [Infinity, -Infinity, NaN]) {
      const g = minimalGraph();
      g.transfers[0].events[0].quantity = { value: bad, unit: 'shells' };
      inputs.push(g);
    }
    // A field the full path's copy does not see (not enumerable), beside an unknown one.
    const hidden = minimalGraph();
    Object.defineProperty(hidden.meta, 'description', { value: 'hidden', enumerable: false });
    hidden.meta.colour = 'red';
    inputs.push(hidden);
    const hiddenRequired = minimalGraph();
    const title = hiddenRequired.meta.title;
    delete hiddenRequired.meta.title;
    Object.defineProperty(hiddenRequired.meta, 'title', { value: title, enumerable: false });
    inputs.push(hiddenRequired);
    for (const input of inputs) {
      const before = JSON.stringify(input);
      expect(loadGraphFast(input)).toStrictEqual(loadGraph(input));
      expect(JSON.stringify(input)).toBe(before);
      expect(Object.isFrozen(input.transfers)).toBe(false);
    }
  });

  it('matches the full path on whole synthetic graphs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 60 }), (seed, deals) => {
        const text = JSON.stringify(generateGraph({ deals, seed }));
        const fast = parseGraphJsonFast(text);
        expect(fast.ok && fast.warnings).toEqual([]);
        expect(fast).toStrictEqual(loadGraph(JSON.parse(text)));
      }),
      { numRuns: 40, seed: 3 },
    );
  });
});
