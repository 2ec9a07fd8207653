// <atn-state-details>: inbound/outbound groups with counts and spans, edge buttons, safety, a11y.
import type * as Axe from 'axe-core';
import * as v from 'valibot';
import { GraphSchema } from '../../src/data/schema.ts';
import type { Graph } from '../../src/data/types.ts';
import { graph, input } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import '../../src/components/state-details/define.ts';
import type { AtnStateDetails } from '../../src/components/state-details/state-details.ts';
import type { SelectDetail } from '../../src/components/shared/events.ts';
import { endDay, startDay } from '../../src/data/partial-date.ts';
import { buildView } from '../../src/model/index.ts';

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

const view = (g: Graph) => buildView(g, { range: { from: startDay('2020'), to: endDay('2025') }, mode: 'cumulative', basis: 'reported' });

async function mount(g: Graph, stateId: string): Promise<AtnStateDetails> {
  const el = document.createElement('atn-state-details');
  el.graph = g;
  el.view = view(g);
  el.stateId = stateId;
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

describe('<atn-state-details>', () => {
  it('lists inbound and outbound transfers by partner and category with counts and spans', async () => {
    const el = await mount(graph, 'PRK');
    const root = el.shadowRoot!;
    assertEqual(text(root.querySelector('h2')!), 'North Korea', 'name');
    assertEqual(text(root.querySelector('.aliases')!), 'Also: N. Korea, DPRK', 'short name and aliases');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.edge-button')];
    assertEqual(buttons.map((b) => b.dataset.edge).join(' '), 'RUS-PRK-fighter-aircraft RUS-PRK-other PRK-RUS-artillery-ammunition PRK-RUS-ballistic-missiles', 'received first, then supplied');
    const bm = text(buttons[3]!);
    assert(bm.includes('ballistic missiles') && bm.includes('used'), bm);
    assert(bm.includes('1 transfer, 4 Jan 2024 – 16 Feb 2024'), `count and span: ${bm}`);
    assertEqual(text(root.querySelectorAll('.partner-name')[0]!), 'Russia', 'partner heading');
  });

  it('uses the happened basis when asked', async () => {
    const el = await mount(graph, 'IRN');
    assert(text(el.shadowRoot!).includes('1 transfer, 4 Jan 2024 – 12 Sep 2024'), 'reported basis');
    el.basis = 'happened';
    await el.updateComplete;
    assert(text(el.shadowRoot!).includes('1 transfer, 2023 – 12 Sep 2024'), text(el.shadowRoot!));
    assert(text(el.shadowRoot!).includes('Nothing in view.'), 'Iran received nothing');
  });

  it('selects an edge from its button', async () => {
    const el = await mount(graph, 'RUS');
    let got: SelectDetail | undefined;
    document.body.addEventListener('atn-select', (e) => (got = e.detail), { once: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-edge="IRN-RUS-ballistic-missiles"]')!.click();
    assertEqual(got?.kind, 'edge', 'kind');
    assertEqual(got?.id, 'IRN-RUS-ballistic-missiles', 'key');
  });

  it('renders hostile names as text', async () => {
    resetXss();
    const el = await mount(hostileGraph(), 'PRK');
    await new Promise((r) => setTimeout(r, 50));
    assertEqual(xss(), false, 'no script ran');
    assert(el.shadowRoot!.textContent!.includes(EVIL), 'characters visible');
    assert(!el.shadowRoot!.querySelector('img'), 'no element created');
  });

  it('has no axe violations', async () => {
    await assertNoAxeViolations(await mount(graph, 'RUS'));
  });
});
