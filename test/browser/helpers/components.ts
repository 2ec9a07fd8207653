// Shared helpers for the component browser tests: axe, hostile data, text, cleanup, views.
import type * as Axe from 'axe-core';
import * as v from 'valibot';
import { endDay, startDay } from '../../../src/data/partial-date.ts';
import { GraphSchema } from '../../../src/data/schema.ts';
import type { Graph } from '../../../src/data/types.ts';
import { buildView } from '../../../src/model/index.ts';
import type { AggregateEdge, GraphView } from '../../../src/model/types.ts';
import { input } from '../../unit/model/fixture.ts';
import { assert, assertEqual } from './assert.ts';

/** axe-core as a classic script, loaded once per page (it is not an ES module). */
export async function loadAxe(): Promise<typeof Axe> {
  const w = window as unknown as { axe?: typeof Axe };
  if (!w.axe) {
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/node_modules/axe-core/axe.min.js';
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('axe-core did not load'));
      document.head.append(s);
    });
  }
  return w.axe!;
}

export async function assertNoAxeViolations(el: Element): Promise<void> {
  const result = await (await loadAxe()).run(el);
  assertEqual(result.violations.length, 0, `axe: ${result.violations.map((x) => `${x.id} (${x.nodes.map((n) => n.target.join(' ')).join('; ')})`).join(', ')}`);
}

/** Markup that sets window.__xss if it is ever parsed as HTML. */
export const EVIL = '<img src=x onerror="window.__xss=true">';

/** The fixture with North Korea named EVIL and source s1 pointing at a javascript: URL. */
export function hostileGraph(): Graph {
  const g = v.parse(GraphSchema, { ...input, states: input.states.map((s) => (s.id === 'PRK' ? { ...s, name: EVIL } : s)) });
  // The loader rejects javascript: URLs; build one anyway to prove the component guards too.
  return { ...g, sources: g.sources.map((s) => (s.id === 's1' ? { ...s, url: 'javascript:window.__xss=true' } : s)) } as Graph;
}
export const xss = () => (window as unknown as { __xss: boolean }).__xss;
export const resetXss = () => ((window as unknown as { __xss: boolean }).__xss = false);

/**
 * After rendering hostileGraph() (with resetXss() before): no script ran, EVIL shows as
 * characters, and no element was parsed from it. Waits a moment for an onerror to fire.
 */
export async function assertHostileShownAsText(root: ShadowRoot): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  assertEqual(xss(), false, 'no script ran');
  assert(root.textContent!.includes(EVIL), 'characters visible');
  assert(!root.querySelector('img'), 'no element created');
}

/** Text content with whitespace runs collapsed, as a reader sees it. */
export const text = (el: Element | ShadowRoot) => el.textContent!.replace(/\s+/g, ' ').trim();

/**
 * Registers an afterEach that removes every element handed to the returned function,
 * so each test starts from an empty page. Call once at a test file's top level.
 */
export function removeAfterEach(): <T extends Element>(el: T) => T {
  const mounted: Element[] = [];
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));
  return (el) => {
    mounted.push(el);
    return el;
  };
}

/** The range every component test views: all of the fixture's dates. */
export const range = { from: startDay('2020'), to: endDay('2025') };

/** The cumulative, reported-basis view of `g` over `range`. */
export const viewOf = (g: Graph): GraphView => buildView(g, { range, mode: 'cumulative', basis: 'reported' });

/** One aggregate edge of that view, by key (asserted present by the `!`). */
export const edgeOf = (g: Graph, key: string): AggregateEdge => viewOf(g).edges.find((e) => e.key === key)!;
