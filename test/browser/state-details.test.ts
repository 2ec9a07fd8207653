// <atn-state-details>: inbound/outbound groups with counts and spans, edge buttons, safety, a11y.
import type { Graph } from '../../src/data/types.ts';
import { graph } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { assertHostileShownAsText, assertNoAxeViolations, hostileGraph, removeAfterEach, resetXss, text, viewOf } from './helpers/components.ts';
import '../../src/components/state-details/define.ts';
import type { AtnStateDetails } from '../../src/components/state-details/state-details.ts';
import type { SelectDetail } from '../../src/components/shared/events.ts';

const track = removeAfterEach();

async function mount(g: Graph, stateId: string): Promise<AtnStateDetails> {
  const el = document.createElement('atn-state-details');
  el.graph = g;
  el.view = viewOf(g);
  el.stateId = stateId;
  document.body.append(track(el));
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
    await assertHostileShownAsText(el.shadowRoot!);
  });

  it('has no axe violations', async () => {
    await assertNoAxeViolations(await mount(graph, 'RUS'));
  });
});
