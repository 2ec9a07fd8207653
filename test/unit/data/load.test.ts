import { describe, expect, it } from 'vitest';
import {
  findJsonSyntaxError,
  formatProblem,
  isLoadedGraph,
  loadGraph,
  loadGraphFast,
  parseGraphJson,
  parseGraphJsonFast,
  type LoadResult,
} from '../../../src/data/index.ts';
import { minimalGraph } from './helpers.ts';

type G = Record<string, any>;

/** Loads the minimal graph after `change`; returns "severity path: message" lines. */
function problemsAfter(change: (g: G) => void): string[] {
  const g = minimalGraph();
  change(g);
  return lines(loadGraph(g));
}

function lines(result: LoadResult): string[] {
  const problems = result.ok ? result.warnings : result.problems;
  return problems.map((p) => `${p.severity} ${formatProblem(p)}`);
}

const transfer = (g: G): G => g.transfers[0];
const event = (g: G): G => g.transfers[0].events[0];

describe('loadGraph on valid data', () => {
  it('accepts the minimal graph with no warnings', () => {
    const result = loadGraph(minimalGraph());
    expect(result.ok).toBe(true);
    expect(lines(result)).toEqual([]);
  });

  it('fills defaults and sorts states, sources, transfers and events', () => {
    const g = minimalGraph();
    g.transfers.push({ ...structuredClone(g.transfers[0]), id: 'a-first', inReturnFor: ['prk-rus-shells'] });
    const result = loadGraph(g);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { graph } = result;
    expect(graph.states.map((s) => s.id)).toEqual(['PRK', 'RUS']);
    expect(graph.sources.map((s) => s.id)).toEqual(['guardian-2023-09', 'wh-2023-10-13']);
    expect(graph.transfers.map((t) => t.id)).toEqual(['a-first', 'prk-rus-shells']);
    expect(graph.transfers[1]!.events.map((e) => e.date)).toEqual(['2023', '2023-09']);
    expect(graph.states[0]).toMatchObject({ kind: 'state', aliases: [] });
    expect(graph.meta.credits).toEqual([]);
    expect(graph.milestones).toEqual([]);
    expect(graph.transfers[1]!.inReturnFor).toEqual([]);
    expect(graph.transfers[1]!.quantity).toEqual({ value: 1000, unit: 'containers', qualifier: 'more-than', estimated: false });
  });

  it('sorts same-date events stably (file order kept)', () => {
    const g = minimalGraph();
    const { reported: _, ...base } = g.transfers[0].events[0];
    g.transfers[0].events = ['confirmed', 'denied', 'alleged'].map((kind) => ({ ...base, date: '2023-05', kind }));
    g.transfers[0].events.unshift({ ...base, date: '2024', kind: 'used' });
    const result = loadGraph(g);
    expect(result.ok && result.graph.transfers[0]!.events.map((e) => e.kind)).toEqual([
      'confirmed',
      'denied',
      'alleged',
      'used',
    ]);
  });

  it('returns a graph it loaded before as it is, and checks an equal copy again', () => {
    const first = loadGraph(minimalGraph());
    if (!first.ok) throw new Error('minimal graph should load');
    expect(isLoadedGraph(first.graph)).toBe(true);
    for (const again of [loadGraph(first.graph), loadGraphFast(first.graph)]) {
      expect(again.ok && again.graph).toBe(first.graph);
    }
    const fast = parseGraphJsonFast(JSON.stringify(minimalGraph()));
    expect(fast.ok && isLoadedGraph(fast.graph)).toBe(true);
    expect(fast.ok && loadGraph(fast.graph).ok && (loadGraph(fast.graph) as { graph: unknown }).graph).toBe(fast.ok && fast.graph);
    // An equal copy is not a loaded graph: it is validated (and a fault in it found).
    const copy = structuredClone(first.graph) as G;
    expect(isLoadedGraph(copy)).toBe(false);
    const reloaded = loadGraph(copy);
    expect(reloaded.ok && reloaded.graph).not.toBe(copy);
    copy.transfers[0].supplier = 'XXX';
    expect(loadGraph(copy).ok).toBe(false);
    expect(isLoadedGraph({ ...first.graph })).toBe(false);
    expect(isLoadedGraph(null)).toBe(false);
  });

  it('returns a deep-frozen graph', () => {
    const result = loadGraph(minimalGraph());
    if (!result.ok) throw new Error('expected ok');
    const { graph } = result;
    expect(Object.isFrozen(graph)).toBe(true);
    expect(Object.isFrozen(graph.transfers)).toBe(true);
    expect(Object.isFrozen(graph.transfers[0]!.events[0]!.sources)).toBe(true);
    expect(Object.isFrozen(graph.meta.credits)).toBe(true);
    expect(() => {
      (graph.states as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('never mutates the caller\'s input', () => {
    const g = minimalGraph();
    g.extraField = 'dropped';
    g.transfers[0].unknownThing = 1;
    const before = structuredClone(g);
    const result = loadGraph(g);
    expect(result.ok).toBe(true);
    expect(g).toEqual(before);
    expect(Object.isFrozen(g)).toBe(false);
    expect(Object.isFrozen(g.transfers[0])).toBe(false);
    // The graph shares no objects with the input.
    expect(result.ok && result.graph.transfers[0]).not.toBe(g.transfers[0]);
    // Also when loading fails.
    g.states = 'nope';
    const failing = structuredClone(g);
    expect(loadGraph(g).ok).toBe(false);
    expect(g).toEqual(failing);
  });
});

describe('loadGraph reports each fault class with path and message', () => {
  it('wrong types', () => {
    expect(problemsAfter((g) => (g.states = {}))).toEqual(['error states: must be a list [ … ] (got an object)']);
    expect(problemsAfter((g) => (transfer(g).item = 42))).toEqual([
      'error transfers[0].item: must be a string (text in double quotes) (got 42)',
    ]);
    expect(problemsAfter((g) => (transfer(g).quantity.value = 'many'))).toEqual([
      'error transfers[0].quantity.value: must be a number (got "many")',
    ]);
    expect(problemsAfter((g) => (g.version = 2))).toEqual([
      'error version: must be 1 (the format version this tool reads) (got 2)',
    ]);
    expect(lines(loadGraph([]))).toEqual(['error (root): must be an object { … } (got a list)']);
    expect(lines(loadGraph(null))).toEqual(['error (root): must be an object { … } (got null)']);
  });

  it('missing fields, all of them at once', () => {
    expect(
      problemsAfter((g) => {
        delete transfer(g).item;
        delete g.sources[0].url;
        delete g.meta;
      }),
    ).toEqual([
      'error (root): missing required field "meta"',
      'error sources[0]: missing required field "url"',
      'error transfers[0]: missing required field "item"',
    ]);
  });

  it('duplicate ids of states, sources, transfers and milestones', () => {
    expect(
      problemsAfter((g) => {
        g.states.push({ id: 'RUS', name: 'Russia again' });
        g.sources.push({ ...g.sources[0] });
        g.transfers.push({ ...transfer(g) });
        g.milestones = [
          { id: 'm1', date: '2023-09-13', title: 'Summit', sources: ['wh-2023-10-13'] },
          { id: 'm1', date: '2024-06-19', title: 'Treaty', sources: ['wh-2023-10-13'] },
        ];
      }),
    ).toEqual([
      'error states[2].id: duplicate state id "RUS" (already used by states[0])',
      'error sources[2].id: duplicate source id "wh-2023-10-13" (already used by sources[0])',
      'error transfers[1].id: duplicate transfer id "prk-rus-shells" (already used by transfers[0])',
      'error milestones[1].id: duplicate milestone id "m1" (already used by milestones[0])',
    ]);
  });

  it('dangling ids', () => {
    expect(
      problemsAfter((g) => {
        transfer(g).supplier = 'CHN';
        transfer(g).recipient = 'PRKK';
        event(g).sources.push('nowhere');
        transfer(g).inReturnFor = ['ghost'];
        g.milestones = [{ id: 'm', date: '2024', title: 'Treaty', states: ['RUS', 'XYZ'], sources: ['gone'] }];
      }),
    ).toEqual([
      'error transfers[0].supplier: unknown state "CHN"',
      'error transfers[0].recipient: unknown state "PRKK"',
      'error transfers[0].inReturnFor[0]: unknown transfer "ghost"',
      'error transfers[0].events[0].sources[1]: unknown source "nowhere"',
      'error milestones[0].states[1]: unknown state "XYZ"',
      'error milestones[0].sources[0]: unknown source "gone"',
    ]);
  });

  it('supplier equal to recipient, and inReturnFor pointing to itself', () => {
    expect(
      problemsAfter((g) => {
        transfer(g).recipient = 'PRK';
        transfer(g).inReturnFor = ['prk-rus-shells'];
      }),
    ).toEqual([
      'error transfers[0].recipient: is the same as the supplier ("PRK"); supplier and recipient must differ',
      'error transfers[0].inReturnFor[0]: a transfer cannot be in return for itself',
    ]);
  });

  it('impossible and malformed dates', () => {
    expect(
      problemsAfter((g) => {
        event(g).date = '2023-02-30';
        g.sources[0].published = '2023-13';
        g.meta.updated = '23-06';
        g.sources[1].published = '1850';
      }),
    ).toEqual([
      'error meta.updated: must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (got "23-06")',
      'error sources[0].published: must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (got "2023-13")',
      'error sources[1].published: year 1850 is outside 1900–2100',
      'error transfers[0].events[0].date: "2023-02-30" is not a real day (February 2023 has 28 days)',
    ]);
  });

  it('an event reported before its date; overlapping precision is fine', () => {
    expect(problemsAfter((g) => (event(g).reported = '2023-08-31'))).toEqual([
      'error transfers[0].events[0].reported: "2023-08-31" is before the event\'s date "2023-09"; it cannot have been reported before it happened',
    ]);
    expect(problemsAfter((g) => (event(g).reported = '2023'))).toEqual([]);
    expect(problemsAfter((g) => (event(g).reported = '2023-09-01'))).toEqual([]);
  });

  it('non-http(s) URLs', () => {
    expect(
      problemsAfter((g) => {
        g.sources[0].url = 'javascript:alert(1)';
        g.sources[1].url = 'data:text/html,<b>x</b>';
        g.sources[1].archiveUrl = 'ftp://example.org/a';
      }),
    ).toEqual([
      'error sources[0].url: must be an http:// or https:// URL (got "javascript:alert(1)")',
      'error sources[1].url: must be an http:// or https:// URL (got "data:text/html,<b>x</b>")',
      'error sources[1].archiveUrl: must be an http:// or https:// URL (got "ftp://example.org/a")',
    ]);
  });

  it('unknown categories and event kinds list the allowed ones', () => {
    expect(
      problemsAfter((g) => {
        transfer(g).category = 'tanks';
        event(g).kind = 'shipped';
        g.sources[0].kind = 'blog';
      }),
    ).toEqual([
      'error sources[0].kind: unknown source kind "blog"; must be one of: government-statement, intelligence-assessment, un-or-multilateral, media-report, research-or-database, leaked-document',
      'error transfers[0].category: unknown category "tanks"; must be one of: artillery-ammunition, drones, ballistic-missiles, cruise-missiles, fighter-aircraft, helicopters, air-defence, armoured-vehicles, artillery-systems, production-technology, personnel, dual-use-goods, other',
      'error transfers[0].events[0].kind: unknown event kind "shipped"; must be one of: offered, negotiating, ordered, delivered, used, reported, alleged, confirmed, denied, disputed',
    ]);
  });

  it('__proto__, constructor and prototype keys anywhere are errors', () => {
    const text = JSON.stringify(minimalGraph()).replace(
      '"item":',
      '"__proto__":{"isAdmin":true},"constructor":1,"prototype":{},"item":',
    );
    expect(lines(parseGraphJson(text))).toEqual([
      'error transfers[0].__proto__: "__proto__" is not allowed as a field name (it could tamper with JavaScript objects)',
      'error transfers[0].constructor: "constructor" is not allowed as a field name (it could tamper with JavaScript objects)',
      'error transfers[0].prototype: "prototype" is not allowed as a field name (it could tamper with JavaScript objects)',
    ]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('unknown fields are warnings, then dropped', () => {
    const g = minimalGraph();
    transfer(g).recepient = 'RUS';
    g.comment = 'hello';
    const result = loadGraph(g);
    expect(lines(result)).toEqual([
      'warning transfers[0].recepient: unknown field "recepient" is ignored (did you mean "recipient"?)',
      'warning comment: unknown field "comment" is ignored',
    ]);
    expect(result.ok && 'recepient' in result.graph.transfers[0]!).toBe(false);
    expect(result.ok && 'comment' in result.graph).toBe(false);
  });

  it('state ids: 3 uppercase letters (error), known ISO code (warning)', () => {
    expect(
      problemsAfter((g) => {
        g.states.push({ id: 'Wagner', name: 'Wagner Group' });
        g.states.push({ id: 'wagner-group', name: 'Wagner Group', kind: 'non-state-actor' });
        g.states.push({ id: 'XYZ', name: 'Nowhere' });
        g.states.push({ id: 'SUN', name: 'Soviet Union', kind: 'historical-state' });
        g.states.push({ id: 'DDR', name: 'East Germany' });
        g.sources.push({ ...g.sources[0], id: 'x' });
        g.milestones = [{ id: 'm', date: '1990', title: 'Unification', states: ['DDR', 'SUN', 'XYZ', 'Wagner', 'wagner-group'], sources: ['x'] }];
      }),
    ).toEqual([
      'error states[2].id: "Wagner" must be 3 uppercase letters (an ISO 3166-1 alpha-3 code such as "RUS") for kind "state"; use kind "non-state-actor" or "organisation" for other actors',
      'warning states[4].id: "XYZ" is not a known ISO 3166-1 alpha-3 code',
      'warning states[6].kind: "DDR" is the code of a former state (German Democratic Republic); use kind "historical-state"',
    ]);
  });

  it('unused sources are warnings and do not block loading', () => {
    const g = minimalGraph();
    g.sources.push({ ...g.sources[0], id: 'lonely' });
    const result = loadGraph(g);
    expect(result.ok).toBe(true);
    expect(lines(result)).toEqual(['warning sources[2]: source "lonely" is not cited by any event or milestone']);
  });

  it('lists errors before warnings', () => {
    expect(
      problemsAfter((g) => {
        g.note = 'x';
        transfer(g).category = 'other';
        transfer(g).recipient = 'PRKK';
      }),
    ).toEqual(['error transfers[0].recipient: unknown state "PRKK"', 'warning note: unknown field "note" is ignored']);
  });

  it('empty text fields and short lists', () => {
    expect(
      problemsAfter((g) => {
        transfer(g).item = '';
        event(g).sources = [];
        g.transfers.push({ ...structuredClone(transfer(g)), id: 'second', item: 'x', events: [] });
      }),
    ).toEqual([
      'error transfers[0].item: must not be empty',
      'error transfers[0].events[0].sources: must cite at least one source',
      'error transfers[1].events: must have at least one dated event',
      'warning sources[0]: source "wh-2023-10-13" is not cited by any event or milestone',
    ]);
  });
});

describe('loadGraph with values JSON cannot hold', () => {
  it('reports BigInt, functions, symbols, NaN, class instances and undefined in lists', () => {
    expect(
      problemsAfter((g) => {
        transfer(g).quantity.value = 10n;
        g.meta.title = () => 'x';
        g.meta.license = Symbol('x');
        g.states[0].position = { x: Number.NaN, y: 0 };
        g.sources[0].published = new Date(0);
        event(g).sources = ['wh-2023-10-13', undefined];
      }),
    ).toEqual([
      'error meta.title: is a function, not a JSON value',
      'error meta.license: is a symbol, not a JSON value',
      'error states[0].position.x: must be a finite number (got NaN)',
      'error sources[0].published: is a Date object, not plain JSON data',
      'error transfers[0].quantity.value: is a BigInt (10n), not a JSON number',
      'error transfers[0].events[0].sources[1]: is missing (undefined is not a JSON value)',
    ]);
  });

  it('reports cycles and getters that throw', () => {
    const g = minimalGraph();
    transfer(g).self = g.transfers;
    Object.defineProperty(g.states[1], 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(lines(loadGraph(g))).toEqual([
      'error states[1].name: could not be read: boom',
      'error transfers[0].self: refers back to one of its own parents (a cycle), which JSON cannot hold',
    ]);
  });

  it('reports a revoked proxy and an over-deep value without throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(lines(loadGraph(proxy))).toEqual(['error (root): could not be read: Cannot perform \'IsArray\' on a proxy that has been revoked']);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const g = minimalGraph();
    g.meta.credits = deep;
    const problems = lines(loadGraph(g));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^error meta\.credits(\[0\]){30}: is nested too deeply \(more than 32 levels\)$/);
    expect(problems[1]).toBe('error meta.credits[0]: must be a string (text in double quotes) (got a list)');
  });

  it('gives up on a huge list with one error instead of working through it', () => {
    const g = minimalGraph();
    g.sources = new Array(3_000_000);
    expect(lines(loadGraph(g))).toEqual(['error sources: is too long to check (3000000 items)']);
  });

  it('reuses shared (non-cyclic) objects without complaint', () => {
    const g = minimalGraph();
    const shared = { value: 1, unit: 'pieces' };
    g.transfers.push({ ...structuredClone(transfer(g)), id: 'two', quantity: shared });
    transfer(g).quantity = shared;
    expect(loadGraph(g).ok).toBe(true);
  });
});

describe('parseGraphJson', () => {
  it('gives line and column for syntax errors, including ones V8 reports without a position', () => {
    const cases: [string, string][] = [
      ['{\n  "version": 1,\n  "meta": }', "(root): not valid JSON at line 3, column 11: unexpected token '}'"],
      ['{\n  "a": 1,\n}', '(root): not valid JSON at line 3, column 1: expected double-quoted property name'],
      ['[1, 2', "(root): not valid JSON at line 1, column 6: expected ',' or ']' after array element"],
      ['{"a": tru}', "(root): not valid JSON at line 1, column 10: unexpected token '}'"],
      ['{"a": 1}\n\nx', '(root): not valid JSON at line 3, column 1: unexpected non-whitespace character after JSON'],
      ['{"a": "b', '(root): not valid JSON at line 1, column 9: unterminated string'],
    ];
    for (const [text, expected] of cases) {
      const result = parseGraphJson(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.problems.map(formatProblem), text).toEqual([expected]);
    }
  });

  it('says so when the file is empty', () => {
    expect(lines(parseGraphJson('  \n'))).toEqual(['error (root): the file is empty; expected a JSON object']);
  });

  it('accepts a byte-order mark', () => {
    expect(parseGraphJson(`\uFEFF${JSON.stringify(minimalGraph())}`).ok).toBe(true);
  });

  it('never throws on non-string input from JS callers', () => {
    expect(lines(parseGraphJson(42 as unknown as string))).toEqual(['error (root): expected JSON text, got a number']);
  });
});

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on valid JSON and on where V8 reports a position', () => {
    const valid = ['{}', '[]', ' {"a":[1,-2.5e+3,true,false,null,"\\u00e9\\n"]} ', '"x"', '0', '[[[[]]]]'];
    for (const text of valid) expect(findJsonSyntaxError(text), text).toBeUndefined();
    const invalid = ['{', '[1,]', '{"a":1,}', '{"a" 1}', '01', '[1]x', '"a\nb"', '{"a":-}', '[1.]', '"\\x"'];
    for (const text of invalid) {
      let v8: number | undefined;
      try {
        JSON.parse(text);
      } catch (error) {
        const m = /at position (\d+)/.exec((error as Error).message);
        v8 = m ? Number(m[1]) : undefined;
      }
      const ours = findJsonSyntaxError(text);
      expect(ours, text).toBeTypeOf('number');
      if (v8 !== undefined) expect(ours, text).toBe(v8);
    }
  });

  it('handles very deep nesting without recursion', () => {
    expect(findJsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000))).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(200_000))).toBe(200_000);
  });
});
