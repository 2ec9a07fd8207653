// <atn-tooltip>: content, placement beside the anchor inside the viewport, safety, a11y.
import '../../src/components/tooltip/define.ts';
import { placeTooltip, type AtnTooltip } from '../../src/components/tooltip/tooltip.ts';
import { startDay } from '../../src/data/partial-date.ts';
import type { Graph } from '../../src/data/types.ts';
import { graph } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { assertHostileShownAsText, assertNoAxeViolations, edgeOf, hostileGraph, range, removeAfterEach, resetXss } from './helpers/components.ts';

const track = removeAfterEach();

async function mount(g: Graph, key: string, anchor = { x: 600, y: 400, width: 40, height: 10 }): Promise<AtnTooltip> {
  const el = document.createElement('atn-tooltip');
  el.graph = g;
  el.edge = edgeOf(g, key);
  el.asOf = range.to;
  el.anchor = anchor;
  document.body.append(track(el));
  await el.updateComplete;
  return el;
}

const overlaps = (a: DOMRect, b: { x: number; y: number; width: number; height: number }) =>
  a.left < b.x + b.width && a.right > b.x && a.top < b.y + b.height && a.bottom > b.y;

describe('<atn-tooltip>', () => {
  it('shows supplier → recipient, item, category, quantity, status, dates and sources', async () => {
    const el = await mount(graph, 'PRK-RUS-artillery-ammunition');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    assert(text.includes('North Korea → Russia'), `direction in: ${text}`);
    assert(text.includes('artillery ammunition: 152 mm shells'), 'category and item');
    assert(text.includes('more than 1,000,000 shells'), 'quantity with qualifier');
    assert(text.includes('Status: delivered'), 'status label');
    assert(text.includes('On record: November 2023'), 'the one event date at its precision');
    assert(el.shadowRoot!.querySelector('.glyph line'), 'line-style glyph');
    const link = el.shadowRoot!.querySelector('a')!;
    assertEqual(link.getAttribute('href'), 'https://example.org/s1', 'source link');
    assertEqual(link.getAttribute('rel'), 'noopener noreferrer', 'rel');
    assert(text.includes('Example: Source s1 (2024, media report)'), `publisher, title, date, kind in: ${text}`);
  });

  it('gives first and latest dates and notes denials as of the date', async () => {
    const el = await mount(graph, 'IRN-RUS-ballistic-missiles');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    assert(text.includes('First: 4 January 2024 · latest: 12 September 2024'), text);
    assert(text.includes('more than 200 missiles'), 'latest event quantity');
    assert(text.includes('denial or dispute on record'), 'contested');
    el.asOf = startDay('2024-02-01');
    await el.updateComplete;
    assert(!el.shadowRoot!.textContent!.includes('denial or dispute'), 'no denial before 12 Sep 2024');
    assert(el.shadowRoot!.textContent!.includes('Status: in negotiation'), 'status as of the date, not of the view');
    assertEqual(el.shadowRoot!.querySelector('.glyph line')!.getAttribute('stroke-dasharray'), '7 4', 'dashed glyph');
  });

  it('is a fixed, non-interactive tooltip that hides without an edge', async () => {
    const el = await mount(graph, 'PRK-RUS-ballistic-missiles');
    assertEqual(el.getAttribute('role'), 'tooltip', 'role');
    const cs = getComputedStyle(el);
    assertEqual(cs.position, 'fixed', 'position');
    assertEqual(cs.pointerEvents, 'none', 'pointer events');
    el.edge = undefined;
    await el.updateComplete;
    assert(el.hidden, 'hidden');
    assertEqual(el.getBoundingClientRect().width, 0, 'takes no space');
  });

  it('sits above the anchor, else below, never over it, inside the viewport', async () => {
    const mid = { x: 300, y: 500, width: 60, height: 20 };
    const el = await mount(graph, 'PRK-RUS-ballistic-missiles', mid);
    let box = el.getBoundingClientRect();
    assertEqual(el.dataset.side, 'above', 'above when there is room');
    assert(!overlaps(box, mid), 'not over the anchor');
    assert(box.bottom <= mid.y, 'above');
    const top = { x: window.innerWidth - 30, y: 5, width: 20, height: 10 };
    el.anchor = top;
    await el.updateComplete;
    box = el.getBoundingClientRect();
    assertEqual(el.dataset.side, 'below', 'below near the top');
    assert(!overlaps(box, top), 'not over the anchor');
    assert(box.right <= window.innerWidth && box.left >= 0, 'inside the viewport horizontally');
  });

  it('places beside a tall anchor (pure placement)', () => {
    const vp = { width: 1000, height: 600 };
    const tall = { x: 100, y: 20, width: 50, height: 560 };
    const p = placeTooltip(tall, { width: 200, height: 150 }, vp);
    assertEqual(p.side, 'right', 'right of a full-height anchor');
    assertEqual(p.x, 158, 'gap of 8 px');
    const p2 = placeTooltip({ x: 850, y: 20, width: 100, height: 560 }, { width: 200, height: 150 }, vp);
    assertEqual(p2.side, 'left', 'left when the right does not fit');
    assert(p2.x + 200 <= 850, 'not over the anchor');
    // Too tall for any side: cut to the larger vertical gap.
    const p3 = placeTooltip({ x: 100, y: 400, width: 300, height: 10 }, { width: 900, height: 500 }, vp);
    assertEqual(p3.side, 'above', 'more room above');
    assertEqual(p3.y, 4, 'from the top margin');
    assertEqual(p3.maxHeight, 400 - 8 - 4, 'ends a gap above the anchor');
  });

  it('cuts a card taller than the room so it never covers the anchor', async () => {
    const anchor = { x: 100, y: window.innerHeight - 120, width: 40, height: 10 };
    const el = await mount(graph, 'IRN-RUS-ballistic-missiles', anchor);
    el.style.setProperty('--atn-font-size', '40px'); // a card far taller than the viewport
    el.asOf = el.asOf - 1; // re-render and re-place
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    assert(box.bottom <= anchor.y, `ends above the anchor (${box.bottom} <= ${anchor.y})`);
    assert(box.top >= 0, 'inside the viewport');
  });

  it('renders hostile names as text and javascript: URLs as plain text', async () => {
    resetXss();
    const el = await mount(hostileGraph(), 'PRK-RUS-artillery-ammunition');
    await assertHostileShownAsText(el.shadowRoot!);
    assertEqual(el.shadowRoot!.querySelectorAll('a').length, 0, 'no link for javascript:');
    assert(el.shadowRoot!.textContent!.includes('Source s1'), 'title still shown as text');
  });

  it('has no axe violations', async () => {
    await assertNoAxeViolations(await mount(graph, 'IRN-RUS-ballistic-missiles'));
  });
});
