// <atn-transfer-table>: one row per drawn transfer, sorting, keyboard, caption, safety, a11y.
import type { Graph } from '../../src/data/types.ts';
import { graph } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { assertHostileShownAsText, assertNoAxeViolations, hostileGraph, removeAfterEach, resetXss, text } from './helpers/components.ts';
import '../../src/components/transfer-table/define.ts';
import type { AtnTransferTable } from '../../src/components/transfer-table/transfer-table.ts';
import type { SelectDetail } from '../../src/components/shared/events.ts';
import { endDay, startDay } from '../../src/data/partial-date.ts';
import { buildView, summarizeView } from '../../src/model/index.ts';
import type { CountedView } from '../../src/model/types.ts';

const track = removeAfterEach();

const q = (from: string, to: string) => ({ range: { from: startDay(from), to: endDay(to) }, mode: 'window' as const, basis: 'reported' as const });

async function mount(g: Graph, query = q('2020', '2025'), filters = {}): Promise<{ el: AtnTransferTable; view: CountedView }> {
  const el = document.createElement('atn-transfer-table');
  const view = buildView(g, { ...query, filters });
  el.graph = g;
  el.view = view;
  el.asOf = query.range.to;
  el.range = query.range;
  el.mode = query.mode;
  document.body.append(track(el));
  await el.updateComplete;
  return { el, view };
}
const rowIds = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-transfer]')].map((r) => r.dataset.transfer!);

describe('<atn-transfer-table>', () => {
  it('lists exactly the transfers of view.edges, one row each', async () => {
    for (const [query, filters] of [
      [q('2020', '2025'), {}],
      [q('2024-01', '2024-02'), {}],
      [q('2020', '2025'), { categories: ['ballistic-missiles'] }],
    ] as const) {
      const { el, view } = await mount(graph, query, filters);
      const expected = view.edges.flatMap((e) => e.transfers.map((t) => t.id));
      assertEqual(rowIds(el).join(' '), expected.join(' '), 'same transfers, in view order');
      el.remove();
    }
  });

  it('shows the summary as caption and each row\'s facts', async () => {
    const query = q('2020', '2025');
    const { el, view } = await mount(graph, query);
    assertEqual(text(el.shadowRoot!.querySelector('caption')!), summarizeView(graph, view, query), 'caption is the summary');
    const row = el.shadowRoot!.querySelector('tr[data-transfer="prk-rus-shells"]')!;
    const cells = [...row.querySelectorAll('td')].map((td) => text(td));
    assertEqual(cells.slice(0, 8).join(' | '), 'North Korea | Russia | artillery ammunition | 152 mm shells | more than 1,000,000 shells | delivered | Nov 2023 | Nov 2023', 'cells');
    const link = row.querySelector<HTMLAnchorElement>('td a')!;
    assertEqual(link.getAttribute('href'), 'https://example.org/s1', 'source link');
    assertEqual(link.rel, 'noopener noreferrer', 'rel');
  });

  it('sorts by column buttons with aria-sort, and reverses', async () => {
    const { el } = await mount(graph);
    const root = el.shadowRoot!;
    const th = (col: string) => root.querySelector<HTMLButtonElement>(`button[data-sort="${col}"]`)!;
    assert(![...root.querySelectorAll('th')].some((h) => h.hasAttribute('aria-sort')), 'unsorted at first');
    th('first').click();
    await el.updateComplete;
    assertEqual(th('first').parentElement!.getAttribute('aria-sort'), 'ascending', 'aria-sort');
    assertEqual(rowIds(el).join(' '), 'rus-prk-2023 prk-rus-shells irn-rus-bm prk-rus-bm rus-prk-fighters', 'by first date');
    th('first').click();
    await el.updateComplete;
    assertEqual(th('first').parentElement!.getAttribute('aria-sort'), 'descending', 'reversed');
    // Three transfers share 4 Jan 2024; ties keep the view's order in both directions.
    assertEqual(rowIds(el).join(' '), 'irn-rus-bm prk-rus-bm rus-prk-fighters prk-rus-shells rus-prk-2023', 'latest first');
    th('supplier').click();
    await el.updateComplete;
    assert(!th('first').parentElement!.hasAttribute('aria-sort'), 'only one sorted column');
    assertEqual(rowIds(el).slice(0, 1).join(), 'irn-rus-bm', 'Iran first');
  });

  it('selects the edge on row click and on Enter', async () => {
    const { el } = await mount(graph);
    const row = el.shadowRoot!.querySelector<HTMLTableRowElement>('tr[data-transfer="rus-prk-fighters"]')!;
    assertEqual(row.tabIndex, 0, 'focusable');
    const got: SelectDetail[] = [];
    el.addEventListener('atn-select', (e) => got.push(e.detail));
    row.querySelector('td')!.click();
    row.focus();
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    assertEqual(got.map((d) => `${d.kind}:${d.id}`).join(' '), 'edge:RUS-PRK-fighter-aircraft edge:RUS-PRK-fighter-aircraft', 'click and Enter');
  });

  it('renders hostile names as text and javascript: URLs as plain text', async () => {
    resetXss();
    const { el } = await mount(hostileGraph());
    await assertHostileShownAsText(el.shadowRoot!);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    assert(hrefs.length > 0 && hrefs.every((h) => h.startsWith('https://')), `only https links: ${hrefs.join(', ')}`);
  });

  it('says so when the view is empty', async () => {
    const { el } = await mount(graph, q('2010', '2011'));
    assertEqual(rowIds(el).length, 0, 'no rows');
    assertEqual(text(el.shadowRoot!.querySelector('caption')!), 'No transfers are on record between 2010 and 2011.', 'caption');
  });

  it('has no axe violations', async () => {
    const { el } = await mount(graph);
    await assertNoAxeViolations(el);
  });
});
