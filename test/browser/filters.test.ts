// <atn-filters>: chips with counts, checklists, search combobox, events, a11y.
import type { Graph } from '../../src/data/types.ts';
import { graph } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { assertHostileShownAsText, assertNoAxeViolations, hostileGraph, removeAfterEach, resetXss, text, viewOf } from './helpers/components.ts';
import '../../src/components/filters/define.ts';
import type { AtnFilters } from '../../src/components/filters/filters.ts';
import type { FilterChangeDetail, SelectDetail } from '../../src/components/shared/events.ts';

const track = removeAfterEach();

async function mount(g: Graph = graph): Promise<AtnFilters> {
  const el = document.createElement('atn-filters');
  el.graph = g;
  el.view = viewOf(g);
  document.body.append(track(el));
  await el.updateComplete;
  return el;
}

function lastChange(el: HTMLElement, act: () => void): FilterChangeDetail | undefined {
  let got: FilterChangeDetail | undefined;
  const listener = (e: CustomEvent<FilterChangeDetail>) => (got = e.detail);
  el.addEventListener('atn-filter-change', listener);
  act();
  el.removeEventListener('atn-filter-change', listener);
  return got;
}

async function type(el: AtnFilters, value: string): Promise<HTMLInputElement> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return input;
}
const press = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

describe('<atn-filters>', () => {
  it('shows a chip per category present, with counts in view and a swatch', async () => {
    const el = await mount();
    const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip[data-category]')];
    assertEqual(chips.map((c) => `${c.dataset.category}:${c.querySelector('.count')!.textContent}`).join(' '),
      'artillery-ammunition:1 ballistic-missiles:2 fighter-aircraft:1 other:1', 'categories in vocabulary order with counts');
    assert(chips.every((c) => c.querySelector('.swatch') && c.getAttribute('aria-pressed') === 'false'), 'swatch, not pressed');
  });

  it('toggles categories and status groups and fires atn-filter-change', async () => {
    const el = await mount();
    const chip = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-category="ballistic-missiles"]')!;
    let d = lastChange(el, () => chip.click());
    assertEqual(d?.categories.join(), 'ballistic-missiles', 'category on');
    await el.updateComplete;
    assertEqual(chip.getAttribute('aria-pressed'), 'true', 'pressed');
    d = lastChange(el, () => el.shadowRoot!.querySelector<HTMLButtonElement>('[data-status="contested"]')!.click());
    assertEqual(d?.categories.join(), 'ballistic-missiles', 'category kept');
    assertEqual(d?.statuses.join(), 'contested', 'status group on');
    await el.updateComplete;
    d = lastChange(el, () => chip.click());
    assertEqual(d?.categories.length, 0, 'category off');
    assertEqual(d?.statuses.join(), 'contested', 'status kept');
  });

  it('filters suppliers and recipients with checklists, and clears everything', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const suppliers = [...root.querySelectorAll<HTMLInputElement>('details.suppliers input')].map((i) => i.value);
    assertEqual(suppliers.join(), 'IRN,PRK,RUS', 'suppliers by name: Iran, North Korea, Russia');
    const box = root.querySelector<HTMLInputElement>('details.recipients input[value="PRK"]')!;
    const d = lastChange(el, () => box.click());
    assertEqual(d?.recipients.join(), 'PRK', 'recipient filter');
    await el.updateComplete;
    assert(text(root.querySelector('details.recipients summary')!).includes('1 selected'), 'summary shows selection');
    const clear = root.querySelector<HTMLButtonElement>('.clear')!;
    assert(!clear.disabled, 'clear enabled');
    const cleared = lastChange(el, () => clear.click());
    assertEqual(cleared?.recipients.length, 0, 'cleared');
    await el.updateComplete;
    assert(clear.disabled, 'nothing left to clear');
    assertEqual(box.checked, false, 'box unchecked');
  });

  it('searches states by alias and capital as a combobox; Enter selects', async () => {
    const el = await mount();
    const input = await type(el, 'pyong');
    assertEqual(input.getAttribute('aria-expanded'), 'true', 'expanded');
    const options = el.shadowRoot!.querySelectorAll('[role="option"]');
    assertEqual(options.length, 1, 'one match');
    assert(text(options[0]!).includes('North Korea') && text(options[0]!).includes('Pyongyang'), 'name and matched capital');
    press(input, 'ArrowDown');
    await el.updateComplete;
    assertEqual(input.getAttribute('aria-activedescendant'), options[0]!.id, 'active option');
    assertEqual(options[0]!.getAttribute('aria-selected'), 'true', 'selected');
    let got: SelectDetail | undefined;
    el.addEventListener('atn-select', (e) => (got = e.detail), { once: true });
    press(input, 'Enter');
    assertEqual(got?.kind, 'state', 'state selection');
    assertEqual(got?.id, 'PRK', 'North Korea');
    await el.updateComplete;
    assertEqual(input.getAttribute('aria-expanded'), 'false', 'closed after picking');

    await type(el, 'DPRK');
    let second: SelectDetail | undefined;
    el.addEventListener('atn-select', (e) => (second = e.detail), { once: true });
    press(input, 'Enter'); // no arrow: the best match
    assertEqual(second?.id, 'PRK', 'alias');
    await type(el, 'r');
    press(input, 'Escape');
    await el.updateComplete;
    assertEqual(input.getAttribute('aria-expanded'), 'false', 'Esc closes');
  });

  it('renders hostile names as text', async () => {
    resetXss();
    const el = await mount(hostileGraph());
    await type(el, 'DPRK');
    await assertHostileShownAsText(el.shadowRoot!);
  });

  it('has no axe violations, with the list open too', async () => {
    const el = await mount();
    el.shadowRoot!.querySelector('details')!.open = true;
    await assertNoAxeViolations(el);
    await type(el, 'r');
    await assertNoAxeViolations(el);
  });
});
