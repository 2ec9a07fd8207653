// <atn-transfer-popover>: timeline with sources, focus in and trapped, Esc, "in
// return" navigation, "Show all", side panel vs bottom sheet, safety, a11y.
import * as v from 'valibot';
import '../../src/components/transfer-popover/define.ts';
import type { AtnTransferPopover } from '../../src/components/transfer-popover/transfer-popover.ts';
import type { PopoverCloseDetail, SelectDetail } from '../../src/components/shared/events.ts';
import { startDay } from '../../src/data/partial-date.ts';
import { GraphSchema } from '../../src/data/schema.ts';
import type { Graph, GraphInput } from '../../src/data/types.ts';
import { graph, input } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { assertHostileShownAsText, assertNoAxeViolations, edgeOf, hostileGraph, range, removeAfterEach, resetXss, text } from './helpers/components.ts';

/** 25 shell deliveries on one edge: more than the 20 shown at first. */
function bigGraph(): Graph {
  const big: GraphInput = {
    ...input,
    transfers: Array.from({ length: 25 }, (_, i) => ({
      id: `deal-${String(i).padStart(2, '0')}`,
      supplier: 'PRK',
      recipient: 'RUS',
      category: 'artillery-ammunition' as const,
      item: `Batch ${i + 1}`,
      events: [{ date: `2024-${String((i % 12) + 1).padStart(2, '0')}`, kind: 'delivered' as const, by: 'NIS', sources: ['s1'] }],
    })),
  };
  return v.parse(GraphSchema, big) as Graph;
}

const track = removeAfterEach();
async function mount(g: Graph, key: string, width = 1000): Promise<AtnTransferPopover> {
  const stage = document.createElement('div');
  stage.style.cssText = `position: relative; width: ${width}px; height: 600px;`;
  const el = document.createElement('atn-transfer-popover');
  el.graph = g;
  el.edge = edgeOf(g, key);
  el.asOf = range.to;
  el.open = true;
  stage.append(el);
  document.body.append(track(stage));
  await el.updateComplete;
  return el;
}

const key = (target: Element, k: string, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true, cancelable: true }));

describe('<atn-transfer-popover>', () => {
  it('is a labelled dialog with every transfer and its dated, sourced timeline', async () => {
    const el = await mount(graph, 'IRN-RUS-ballistic-missiles');
    const root = el.shadowRoot!;
    const dialog = root.querySelector('[role="dialog"]')!;
    const title = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    assertEqual(text(title), 'Iran → Russia: ballistic missiles', 'labelled by its title');
    const events = [...root.querySelectorAll('.event')].map((e) => text(e));
    assertEqual(events.length, 4, 'four events');
    assert(events[0]!.startsWith('4 January 2024 — Negotiating, according to US'), events[0]!);
    assert(events.some((e) => e.startsWith('2023 (reported 10 September 2024) — Ordered, according to US Treasury')), events.join(' | '));
    assert(events.some((e) => e.includes('Quantity: more than 200 missiles')), 'event quantity');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.event a')];
    assertEqual(links.length, 4, 'one source link per event');
    for (const a of links) {
      assertEqual(a.target, '_blank', 'new tab');
      assertEqual(a.rel, 'noopener noreferrer', 'rel');
      assert(a.href.startsWith('https://'), 'http(s) only');
    }
  });

  it('marks events after the selected date', async () => {
    const el = await mount(graph, 'IRN-RUS-ballistic-missiles');
    el.asOf = startDay('2024-02-01');
    await el.updateComplete;
    const later = el.shadowRoot!.querySelectorAll('.event.later');
    assertEqual(later.length, 3, 'ordered (reported Sep), delivered and denied come later');
    assert(el.shadowRoot!.querySelector('.facts')!.textContent!.includes('status: in negotiation'), 'status as of the date');
  });

  it('moves focus in on open, traps Tab, and closes on Esc with an event', async () => {
    const el = await mount(graph, 'PRK-RUS-ballistic-missiles');
    const root = el.shadowRoot!;
    const close = root.querySelector<HTMLButtonElement>('.close')!;
    assertEqual(root.activeElement, close, 'focus on the close button');
    const focusables = [...root.querySelectorAll<HTMLElement>('.panel a[href], .panel button')];
    const last = focusables.at(-1)!;
    key(close, 'Tab', true);
    assertEqual(root.activeElement, last, 'Shift+Tab from the first goes to the last');
    key(last, 'Tab');
    assertEqual(root.activeElement, close, 'Tab from the last goes to the first');
    key(close, 'Tab');
    assertEqual(root.activeElement, focusables[1], 'Tab moves on');

    let closed: PopoverCloseDetail | undefined;
    document.body.addEventListener('atn-popover-close', (e) => (closed = e.detail), { once: true });
    key(root.activeElement!, 'Escape');
    assertEqual(closed?.key, 'PRK-RUS-ballistic-missiles', 'close event names the edge');
    assertEqual(el.open, false, 'closed');
    await el.updateComplete;
    assertEqual(getComputedStyle(el).display, 'none', 'hidden');
  });

  it('offers the "in return" edge as a button that selects it', async () => {
    const el = await mount(graph, 'PRK-RUS-ballistic-missiles');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!;
    assertEqual(button.textContent!.trim(), 'Russia → North Korea: fighter aircraft', 'counterpart label');
    let selected: SelectDetail | undefined;
    document.body.addEventListener('atn-select', (e) => (selected = e.detail), { once: true });
    button.click();
    assertEqual(selected?.kind, 'edge', 'kind');
    assertEqual(selected?.id, 'RUS-PRK-fighter-aircraft', 'counterpart key');
  });

  it('shows the first 20 transfers and then all on request', async () => {
    const el = await mount(bigGraph(), 'PRK-RUS-artillery-ammunition');
    const root = el.shadowRoot!;
    assertEqual(root.querySelectorAll('.transfer').length, 20, 'first 20');
    const more = root.querySelector<HTMLButtonElement>('.more')!;
    assertEqual(more.textContent!.trim(), 'Show all 25 transfers', 'button text');
    more.click();
    await el.updateComplete;
    assertEqual(root.querySelectorAll('.transfer').length, 25, 'all');
    assert(!root.querySelector('.more'), 'button gone');
  });

  it('is a side panel in a wide container and a bottom sheet in a narrow one', async () => {
    const wide = await mount(graph, 'PRK-RUS-ballistic-missiles', 1000);
    const stageW = wide.parentElement!.getBoundingClientRect();
    const panelW = wide.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    assert(panelW.width < stageW.width / 2, `side panel is narrow (${panelW.width})`);
    assert(Math.abs(panelW.right - (stageW.right - 8)) < 1.5, 'on the right');
    const narrow = await mount(graph, 'PRK-RUS-ballistic-missiles', 375);
    const stageN = narrow.parentElement!.getBoundingClientRect();
    const panelN = narrow.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    assertEqual(Math.round(panelN.width), 375, 'full width');
    assertEqual(Math.round(panelN.bottom), Math.round(stageN.bottom), 'at the bottom');
    assert(panelN.top > stageN.top, 'a sheet, not full height');
  });

  it('renders hostile names as text and javascript: URLs as plain text', async () => {
    resetXss();
    const el = await mount(hostileGraph(), 'PRK-RUS-ballistic-missiles');
    await assertHostileShownAsText(el.shadowRoot!);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    assert(hrefs.every((h) => h!.startsWith('https://')), `only https links: ${hrefs.join(', ')}`);
    assert(el.shadowRoot!.textContent!.includes('Source s1'), 's1 title still shown');
  });

  it('has no axe violations when open', async () => {
    await assertNoAxeViolations(await mount(graph, 'PRK-RUS-ballistic-missiles'));
  });
});
