// <atn-about-data>: meanings, data date, licence and SIPRI credit, download Blob URL.
import type { Graph } from '../../src/data/types.ts';
import { graph } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { assertHostileShownAsText, assertNoAxeViolations, EVIL, hostileGraph, removeAfterEach, resetXss, text } from './helpers/components.ts';
import '../../src/components/about-data/define.ts';
import { SIPRI_CREDIT, type AtnAboutData } from '../../src/components/about-data/about-data.ts';

const track = removeAfterEach();

async function mount(g: Graph): Promise<AtnAboutData> {
  const el = document.createElement('atn-about-data');
  el.graph = g;
  document.body.append(track(el));
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

  it('offers the graph as a JSON download, made when the link is used, and revokes the URL on disconnect', async () => {
    const el = await mount(graph);
    const a = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.download')!;
    assertEqual(a.getAttribute('download'), 'fixture-2025-01-01.json', 'file name');
    assertEqual(a.getAttribute('href'), '#', 'no file written before the link is used');
    // Use the link; the test stops the download itself after the element's handler ran.
    const use = (link: HTMLAnchorElement) => {
      link.addEventListener('click', (e) => e.preventDefault(), { once: true });
      link.click();
      return link.href;
    };
    const url = use(a);
    assert(url.startsWith('blob:'), 'blob URL');
    const body = await (await fetch(url)).json();
    assertEqual(JSON.stringify(body), JSON.stringify(graph), 'the dataset');
    assertEqual(use(a), url, 'the same file for the same graph');
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
    const again = use(el.shadowRoot!.querySelector<HTMLAnchorElement>('a.download')!);
    assert(again.startsWith('blob:') && again !== url, 'a fresh URL after reconnecting');
    // A new graph: the old file goes, the next use writes the new one.
    el.graph = { ...graph, meta: { ...graph.meta, title: 'Other' } } as Graph;
    await el.updateComplete;
    let gone = false;
    try {
      await fetch(again);
    } catch {
      gone = true;
    }
    assert(gone, 'revoked when the graph changes');
    const third = use(el.shadowRoot!.querySelector<HTMLAnchorElement>('a.download')!);
    assertEqual((await (await fetch(third)).json()).meta.title, 'Other', 'the new graph');
    el.remove();
  });

  it('renders hostile text as text', async () => {
    resetXss();
    const g = hostileGraph();
    const el = await mount({ ...g, meta: { ...g.meta, license: EVIL, credits: [EVIL] } } as Graph);
    await assertHostileShownAsText(el.shadowRoot!);
  });

  it('has no axe violations', async () => {
    await assertNoAxeViolations(await mount(withSipri(graph, 'meta')));
  });
});
