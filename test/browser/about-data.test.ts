// <atn-about-data>: meanings, data date, licence and SIPRI credit, download Blob URL.
import type * as Axe from 'axe-core';
import * as v from 'valibot';
import { GraphSchema } from '../../src/data/schema.ts';
import type { Graph } from '../../src/data/types.ts';
import { graph, input } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import '../../src/components/about-data/define.ts';
import { SIPRI_CREDIT, type AtnAboutData } from '../../src/components/about-data/about-data.ts';

async function loadAxe(): Promise<typeof Axe> {
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

async function assertNoAxeViolations(el: Element): Promise<void> {
  const result = await (await loadAxe()).run(el);
  assertEqual(result.violations.length, 0, `axe: ${result.violations.map((x) => `${x.id} (${x.nodes.map((n) => n.target.join(' ')).join('; ')})`).join(', ')}`);
}

const EVIL = '<img src=x onerror="window.__xss=true">';
function hostileGraph(): Graph {
  const g = v.parse(GraphSchema, { ...input, states: input.states.map((s) => (s.id === 'PRK' ? { ...s, name: EVIL } : s)) });
  // The loader rejects javascript: URLs; build one anyway to prove the component guards too.
  return { ...g, sources: g.sources.map((s) => (s.id === 's1' ? { ...s, url: 'javascript:window.__xss=true' } : s)) } as Graph;
}
const xss = () => (window as unknown as { __xss: boolean }).__xss;
const resetXss = () => ((window as unknown as { __xss: boolean }).__xss = false);
const text = (el: Element | ShadowRoot) => el.textContent!.replace(/\s+/g, ' ').trim();

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

async function mount(g: Graph): Promise<AtnAboutData> {
  const el = document.createElement('atn-about-data');
  el.graph = g;
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}
const withSipri = (g: Graph, how: 'meta' | 'source'): Graph =>
  how === 'meta'
    ? ({ ...g, meta: { ...g.meta, sipriDataGenerated: '2025-03-10' } } as Graph)
    : ({ ...g, sources: [...g.sources, { ...g.sources[0]!, id: 'sipri', publisher: 'SIPRI' }] } as Graph);

describe('<atn-about-data>', () => {
  it('explains statuses, source kinds and confidence, with the data date and licence', async () => {
    const el = await mount(graph);
    const root = el.shadowRoot!;
    const t = text(root);
    assert(t.includes('Data as of 1 January 2025'), 'data date');
    assert(t.includes('Licence: CC BY 4.0'), 'licence');
    assertEqual(root.querySelectorAll('.statuses dt').length, 10, 'every status');
    assertEqual(root.querySelectorAll('.source-kinds dt').length, 6, 'every source kind');
    assertEqual([...root.querySelectorAll('.confidence dt')].map((d) => d.textContent).join(), 'A,B,C', 'confidence levels');
    assert(!t.includes(SIPRI_CREDIT), 'no SIPRI credit without SIPRI data');
  });

  it('credits SIPRI when the importer ran or a source is SIPRI', async () => {
    for (const how of ['meta', 'source'] as const) {
      const el = await mount(withSipri(graph, how));
      assert(text(el.shadowRoot!).includes(SIPRI_CREDIT), `credit line (${how})`);
      el.remove();
    }
  });

  it('offers the graph as a JSON download and revokes the URL on disconnect', async () => {
    const el = await mount(graph);
    const a = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.download')!;
    assert(a.href.startsWith('blob:'), 'blob URL');
    assertEqual(a.getAttribute('download'), 'fixture-2025-01-01.json', 'file name');
    const body = await (await fetch(a.href)).json();
    assertEqual(JSON.stringify(body), JSON.stringify(graph), 'the dataset');
    const url = a.href;
    el.remove();
    let failed = false;
    try {
      await fetch(url);
    } catch {
      failed = true;
    }
    assert(failed, 'revoked on disconnect');
    document.body.append(el);
    await el.updateComplete;
    const again = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.download')!;
    assert(again.href.startsWith('blob:') && again.href !== url, 'a fresh URL after reconnecting');
  });

  it('renders hostile text as text', async () => {
    resetXss();
    const g = hostileGraph();
    const el = await mount({ ...g, meta: { ...g.meta, license: EVIL, credits: [EVIL] } } as Graph);
    await new Promise((r) => setTimeout(r, 50));
    assertEqual(xss(), false, 'no script ran');
    assert(el.shadowRoot!.textContent!.includes(EVIL), 'characters visible');
    assert(!el.shadowRoot!.querySelector('img'), 'no element created');
  });

  it('has no axe violations', async () => {
    await assertNoAxeViolations(await mount(withSipri(graph, 'meta')));
  });
});
