// <atn-network-view> in a real browser: hooks, hover and selection events, the
// keyboard scheme, stable positions across views, resize, zoom policy, node
// drag, accessibility and byte-stable output.
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { endDay, startDay } from '../../src/data/partial-date.ts';
import { buildView } from '../../src/model/index.ts';
import { graph as fixture } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { loadAxe } from './helpers/components.ts';
import { active, activeId, bundledData, frame, key, mount, prepare, small, until, walkByKeyboard } from './helpers/network-view.ts';
import { FADE_MAX_EDGES } from '../../src/components/network-view/network-view.ts';
import { generateGraph } from '../../src/data/generate/index.ts';
import { loadGraph } from '../../src/data/load.ts';


function coordinates(svg: SVGSVGElement): string[] {
  return [...svg.querySelectorAll('g.nodes > g[data-state]')].map((g) => {
    const c = g.querySelector('circle')!;
    return `${g.getAttribute('data-state')} ${g.getAttribute('transform') ?? ''} ${c.getAttribute('cx')},${c.getAttribute('cy')}`;
  });
}

describe('atn-network-view', () => {
  afterEach(async () => {
    document.querySelectorAll('atn-network-view').forEach((el) => el.parentElement!.remove());
    await resetMouse();
  });

  it('draws every state and edge with stable hooks, hit areas and one tab stop', async () => {
    const { svg, edge } = await mount();
    const nodes = svg().querySelectorAll('g.nodes > g[data-state]');
    const edges = svg().querySelectorAll('g.edges > g[data-edge]');
    assertEqual(nodes.length, small.union.nodes.length, 'one group per state');
    assertEqual(edges.length, small.union.edges.length, 'one group per edge');
    for (const e of small.union.edges) {
      const g = edge(e.key);
      assert(g, `edge ${e.key} drawn`);
      assertEqual(g.getAttribute('data-source'), e.supplier, 'data-source');
      assertEqual(g.querySelectorAll('path').length, 2, 'a drawn path and a hit path');
      const [drawn, hit] = [...g.querySelectorAll('path')];
      assertEqual(hit!.getAttribute('class'), 'hit', 'hit path comes second');
      assertEqual(hit!.getAttribute('d'), drawn!.getAttribute('d'), 'hit path follows the edge');
      assertEqual(hit!.getAttribute('stroke'), 'transparent', 'hit path is invisible');
    }
    const stops = svg().querySelectorAll('[tabindex="0"]');
    assertEqual(stops.length, 1, 'exactly one tab stop');
    assertEqual(stops[0]!.getAttribute('data-state'), 'IRN', 'the first state by id takes it');
    assert(svg().querySelector('g.legend'), 'legend drawn');
    assertEqual(svg().querySelector('title')!.textContent, 'Arms transfers', 'accessible title');
  });

  it('highlights the neighbourhood of a hovered edge and reports where it is', async () => {
    const { svg, edge, hovers } = await mount();
    const k = 'PRK-RUS-ballistic-missiles';
    edge(k).querySelector('path.hit')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    assertEqual(edge(k).getAttribute('class'), 'edge is-focus', 'hovered edge in focus');
    const others = [...svg().querySelectorAll('g.edges > g[data-edge]')].filter((g) => g.getAttribute('data-edge') !== k);
    assert(others.length > 0, 'there are other edges');
    // The fighters were traded for these missiles (inReturnFor): related, not dimmed.
    assertEqual(edge('RUS-PRK-fighter-aircraft').getAttribute('class'), 'edge is-related', 'traded edge related');
    assertEqual(edge('IRN-RUS-ballistic-missiles').getAttribute('class'), 'edge is-dim', 'unrelated edge dimmed');
    assertEqual(svg().querySelector('g[data-state="IRN"]')!.getAttribute('class'), 'node is-dim', 'unrelated state dimmed');
    assertEqual(hovers.length, 1, 'one hover event');
    assertEqual(hovers[0]!.kind, 'edge', 'hover kind');
    assertEqual(hovers[0]!.id, k, 'hover id');
    const r = hovers[0]!.rect!;
    const box = svg().getBoundingClientRect();
    assert(r.x >= box.x && r.y >= box.y && r.x <= box.right && r.y <= box.bottom, 'anchor rect lies on the graph');

    edge(k).querySelector('path.hit')!.dispatchEvent(
      new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: svg().querySelector('rect.background') }),
    );
    assertEqual(hovers.length, 2, 'leave fires a hover event');
    assertEqual(hovers[1]!.kind, null, 'leave has kind null');
    assertEqual(edge('IRN-RUS-ballistic-missiles').getAttribute('class'), 'edge', 'nothing dimmed after leaving');
  });

  it('selects an edge on click, keeps it highlighted, and clears on a background click', async () => {
    const { el, svg, edge, selects } = await mount();
    const k = 'IRN-RUS-ballistic-missiles';
    edge(k).querySelector('path')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    assertEqual(selects.length, 1, 'one select event');
    assertEqual(selects[0]!.kind, 'edge', 'kind edge');
    assertEqual(selects[0]!.id, k, 'edge key');
    await el.updateComplete;
    assertEqual(el.selected, k, 'selected property follows');
    assertEqual(edge('PRK-RUS-ballistic-missiles').getAttribute('class'), 'edge is-dim', 'selection highlight stays');
    svg().querySelector('rect.background')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    assertEqual(selects.length, 2, 'background click clears');
    assertEqual(selects[1]!.id, null, 'cleared id');
    await el.updateComplete;
    assertEqual(edge('PRK-RUS-ballistic-missiles').getAttribute('class'), 'edge', 'highlight cleared');
  });

  it('is one tab stop: Tab enters at the first state, arrows move, Enter selects, Escape clears', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const { el, root, selects, hovers, svg } = await mount();
      before.focus();
      await sendKeys({ press: 'Tab' });
      assertEqual(activeId(root), 'IRN', 'Tab lands on the first state by id');
      assertEqual(hovers.at(-1)?.id, 'IRN', 'focus reports a hover anchor');
      const visited = new Set<string>(['IRN']);
      for (const k of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'ArrowRight', 'ArrowDown']) {
        await sendKeys({ press: k });
        const id = activeId(root);
        assert(id, `${k} keeps focus inside the graph`);
        visited.add(id);
        assertEqual(svg().querySelectorAll('[tabindex="0"]').length, 1, 'still one tab stop');
        assertEqual(active(root)!.getAttribute('tabindex'), '0', 'the focused item is the tab stop');
      }
      assert(visited.size >= 3, `arrows visit several items: ${[...visited].join(', ')}`);
      const focused = activeId(root)!;
      await sendKeys({ press: 'Enter' });
      assertEqual(selects.at(-1)?.id, focused, 'Enter selects the focused item');
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      assertEqual(selects.at(-1)?.id, null, 'Escape clears');
      assertEqual(selects.at(-1)?.kind, null, 'Escape clears the kind');
      // Tab leaves the graph for the zoom buttons: the graph is a single stop.
      await sendKeys({ press: 'Tab' });
      assertEqual(root.activeElement?.getAttribute('aria-label'), 'Zoom in', 'next stop is the zoom-in button');
    } finally {
      before.remove();
    }
  });

  it('enters at the selected item when there is one', async () => {
    const { root, el } = await mount(small, 800, 500, { selected: 'RUS-PRK-fighter-aircraft' });
    el.focus();
    assertEqual(activeId(root), 'RUS-PRK-fighter-aircraft', 'focus starts on the selection');
  });

  it('reaches every state and every edge of the bundled dataset by keyboard', async () => {
    const data = await bundledData();
    const { root, el } = await mount(data, 1000, 700);
    el.focus();
    const { states, edges } = walkByKeyboard(root, data);
    assertEqual(states.size, data.union.nodes.length, 'every state reached');
    const missing = data.union.edges.filter((e) => !edges.has(e.key)).map((e) => e.key);
    assertEqual(missing.join(', '), '', 'every edge reached');
    key(active(root)!, 'End');
    assertEqual(activeId(root), [...data.union.nodes].map((n) => n.id).sort().at(-1), 'End goes to the last state');
  });

  it('keeps only the view in the DOM, and every state in both views where it was', async () => {
    const { el, svg, root } = await mount();
    const before = coordinates(svg());
    const element = svg();
    const narrowView = buildView(fixture, {
      range: { from: startDay('2023-01'), to: endDay('2023-12') },
      mode: 'window',
      basis: 'reported',
    });
    assert(narrowView.edges.length < small.union.edges.length, 'the window shows fewer edges');
    const leaving = small.union.edges.find((e) => !narrowView.edges.some((n) => n.key === e.key))!;
    el.focusItem(leaving.key);
    assertEqual(activeId(root), leaving.key, 'an edge that will leave has the focus and the tab stop');
    el.view = narrowView;
    await el.updateComplete;
    await frame();
    assertEqual(svg(), element, 'the same SVG element was updated, not rebuilt');
    const edgeKeys = [...svg().querySelectorAll('g.edges > g[data-edge]')].map((g) => g.getAttribute('data-edge'));
    assertEqual(edgeKeys.join(' '), narrowView.edges.map((e) => e.key).sort().join(' '), 'exactly the window\'s edges, in key order');
    const nodeIds = [...svg().querySelectorAll('g.nodes > g[data-state]')].map((g) => g.getAttribute('data-state'));
    assertEqual(nodeIds.join(' '), narrowView.nodes.map((n) => n.id).sort().join(' '), 'exactly the window\'s states');
    assertEqual(svg().querySelectorAll('[data-hidden]').length, 0, 'nothing hidden in place');
    const present = new Set(nodeIds);
    const kept = before.filter((line) => present.has(line.split(' ')[0]!));
    assertEqual(coordinates(svg()).join('\n'), kept.join('\n'), 'positions stay put');
    const stops = svg().querySelectorAll('[tabindex="0"]');
    assertEqual(stops.length, 1, 'still one tab stop, on an item of the window');
    for (const g of svg().querySelectorAll('g.edges > g[data-edge]')) {
      assertEqual(g.querySelectorAll('path.hit').length, 1, `hit area on ${g.getAttribute('data-edge')}`);
    }
    // Keyboard navigation only visits what is there.
    el.focus();
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      key(active(root)!, i % 2 ? ']' : 'PageDown');
      const id = activeId(root);
      assert(id !== null && (present.has(id) || edgeKeys.includes(id)), `keyboard stays on present items (got ${id})`);
      seen.add(id);
    }
    el.view = small.union;
    await el.updateComplete;
    assertEqual(coordinates(svg()).join('\n'), before.join('\n'), 'and back again');
    assertEqual(svg().querySelectorAll('g.edges > g[data-edge]').length, small.union.edges.length, 'every edge back');
    assertEqual(svg().querySelectorAll('[tabindex="0"]').length, 1, 'one tab stop after coming back');
    for (const g of svg().querySelectorAll('g.edges > g[data-edge]')) {
      const [drawn, hit] = [...g.querySelectorAll('path')];
      assertEqual(hit?.getAttribute('d'), drawn!.getAttribute('d'), 'hit areas follow the edges that came back');
    }
  });

  it('draws the current view first, not the union, and matches a fresh render after changes', async () => {
    const narrowView = buildView(fixture, {
      range: { from: startDay('2023-01'), to: endDay('2023-12') },
      mode: 'window',
      basis: 'reported',
    });
    const first = await mount(small, 800, 500, { view: narrowView });
    assertEqual(first.svg().querySelectorAll('g.edges > g').length, narrowView.edges.length, 'only the window drawn');
    const strip = (svg: SVGSVGElement) => {
      const copy = svg.cloneNode(true) as SVGSVGElement;
      // The live view's own additions: hit areas, and copies of leaving items while they fade.
      copy.querySelectorAll('path.hit, g.leaving').forEach((p) => p.remove());
      copy.querySelectorAll('[tabindex="0"]').forEach((g) => g.setAttribute('tabindex', '-1'));
      return copy.outerHTML;
    };
    const direct = strip(first.svg());
    first.el.view = small.union;
    await first.el.updateComplete;
    first.el.view = narrowView;
    await first.el.updateComplete;
    assertEqual(strip(first.svg()), direct, 'union and back gives the markup of the first render');
  });

  it('re-fits on resize, turns narrow below 520 px, and disconnects its ResizeObserver on removal', async () => {
    const Original = window.ResizeObserver;
    const observers: { disconnected: boolean }[] = [];
    class Recording extends Original {
      record = { disconnected: false };
      constructor(cb: ResizeObserverCallback) {
        super(cb);
        observers.push(this.record);
      }
      override disconnect(): void {
        this.record.disconnected = true;
        super.disconnect();
      }
    }
    window.ResizeObserver = Recording;
    try {
      const { box, el, svg } = await mount(small, 800, 500);
      assertEqual(svg().getAttribute('viewBox'), '0 0 800 500', 'sized to its container');
      const wide = coordinates(svg());
      box.style.width = '400px';
      await until(() => svg().getAttribute('width') === '400', 'the re-fit');
      assertEqual(svg().getAttribute('viewBox'), '0 0 400 500', 'viewBox follows');
      assert(svg().classList.contains('narrow'), 'narrow mode below 520 px');
      assertEqual(svg().querySelector('g[data-state="PRK"] text')!.textContent, 'PRK', 'short labels');
      assert(coordinates(svg()).join() !== wide.join(), 'positions re-fitted');
      for (const [, p] of el.currentPositions()) assert(p.x >= 0 && p.x <= 400, `inside the new width: ${p.x}`);
      assertEqual(observers.length, 1, 'one observer');
      box.remove();
      assertEqual(observers[0]!.disconnected, true, 'disconnected on removal');
    } finally {
      window.ResizeObserver = Original;
    }
  });

  it('zooms with ctrl + wheel but lets a plain wheel scroll the page', async () => {
    const { el, svg } = await mount();
    const before = coordinates(svg());
    const box = svg().getBoundingClientRect();
    const wheel = (ctrlKey: boolean) =>
      new WheelEvent('wheel', {
        deltaY: -120,
        ctrlKey,
        clientX: box.x + box.width / 2,
        clientY: box.y + box.height / 2,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
    const plain = wheel(false);
    svg().querySelector('rect.background')!.dispatchEvent(plain);
    await frame();
    await frame();
    assertEqual(plain.defaultPrevented, false, 'a plain wheel is left to the page');
    assertEqual(coordinates(svg()).join('\n'), before.join('\n'), 'a plain wheel does not zoom');
    const pinch = wheel(true);
    svg().querySelector('rect.background')!.dispatchEvent(pinch);
    assert(pinch.defaultPrevented, 'ctrl + wheel is taken by the graph');
    await until(() => coordinates(svg()).join() !== before.join(), 'the zoomed redraw');
    const p = el.currentPositions();
    const [a, b] = [p.get('PRK')!, p.get('IRN')!];
    const spread = Math.hypot(a.x - b.x, a.y - b.y);
    el.resetZoom();
    await frame();
    await frame();
    assertEqual(coordinates(svg()).join('\n'), before.join('\n'), 'reset restores the fitted view');
    const q = el.currentPositions();
    assert(spread > Math.hypot(q.get('PRK')!.x - q.get('IRN')!.x, q.get('PRK')!.y - q.get('IRN')!.y), 'zoom spread the states apart');
    // Labels keep their size: zoom is semantic, no transform on the drawing.
    assertEqual(svg().querySelector('g.nodes')!.getAttribute('transform'), null, 'no geometric zoom');
  });

  it('zooms with the buttons and double-click on the background does not zoom', async () => {
    const { el, root, svg } = await mount();
    const before = coordinates(svg());
    svg().querySelector('rect.background')!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, clientX: 300, clientY: 200 }));
    await frame();
    await frame();
    assertEqual(coordinates(svg()).join('\n'), before.join('\n'), 'double-click does nothing');
    const buttons = [...root.querySelectorAll('.zoom button')].map((b) => b.getAttribute('aria-label'));
    assertEqual(buttons.join(' | '), 'Zoom in | Zoom out | Reset zoom and moved states', 'named buttons');
    root.querySelector<HTMLButtonElement>('.zoom button')!.click();
    await until(() => coordinates(svg()).join() !== before.join(), 'zoom-in redraw');
    el.zoomOut();
    await frame();
    await frame();
    assertEqual(coordinates(svg()).join('\n'), before.join('\n'), 'zoom out undoes zoom in');
  });

  it('drags a state with the mouse without panning, and double-click puts it back', async () => {
    const { el, node, selects } = await mount();
    const layoutBefore = JSON.stringify([...small.layout.positions]);
    const start = el.currentPositions();
    const box = el.svgElement!.getBoundingClientRect();
    const s = start.get('PRK')!;
    const from: [number, number] = [Math.round(box.x + s.x), Math.round(box.y + s.y)];
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0] + 30, from[1] + 10] });
    await sendMouse({ type: 'move', position: [from[0] + 60, from[1] + 40] });
    await sendMouse({ type: 'up' });
    await frame();
    await frame();
    const moved = el.currentPositions();
    assert(Math.abs(moved.get('PRK')!.x - (s.x + 60)) <= 1.5, `dragged x: ${moved.get('PRK')!.x} vs ${s.x + 60}`);
    assert(Math.abs(moved.get('PRK')!.y - (s.y + 40)) <= 1.5, 'dragged y');
    assertEqual(JSON.stringify(moved.get('IRN')), JSON.stringify(start.get('IRN')), 'other states did not pan');
    assertEqual(node('PRK').querySelector('circle')!.getAttribute('cx'), String(moved.get('PRK')!.x), 'drawn where dragged');
    assertEqual(selects.length, 0, 'a drag is not a click');
    assertEqual(JSON.stringify([...small.layout.positions]), layoutBefore, 'layout untouched');
    node('PRK').querySelector('circle')!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await frame();
    await frame();
    assertEqual(JSON.stringify(el.currentPositions().get('PRK')), JSON.stringify(s), 'double-click releases the state');
  });

  it('pans with a mouse drag on the background, and the release is not a click', async () => {
    const { el, svg, selects } = await mount(small, 800, 500, { selected: 'PRK' });
    const start = el.currentPositions();
    const box = svg().getBoundingClientRect();
    // A spot on the background, clear of every state.
    const spot: [number, number] = [Math.round(box.x + 12), Math.round(box.y + box.height - 12)];
    assert(el.shadowRoot!.elementFromPoint(spot[0], spot[1])?.matches('rect.background'), 'the press lands on the background');
    await sendMouse({ type: 'move', position: spot });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [spot[0] + 20, spot[1] - 10] });
    await sendMouse({ type: 'move', position: [spot[0] + 50, spot[1] - 30] });
    await sendMouse({ type: 'up' });
    await frame();
    await frame();
    const moved = el.currentPositions();
    for (const [id, p] of start) {
      assert(Math.abs(moved.get(id)!.x - (p.x + 50)) <= 0.02, `${id} panned in x`);
      assert(Math.abs(moved.get(id)!.y - (p.y - 30)) <= 0.02, `${id} panned in y`);
    }
    assertEqual(selects.length, 0, 'the click ending a pan does not clear the selection');
    assertEqual(el.selected, 'PRK', 'selection kept');
  });

  it('pinches with two touch pointers, pans with both, and one finger does not pan', async () => {
    const { el, svg } = await mount();
    const bg = svg().querySelector('rect.background')!;
    const box = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    const touch = (type: string, pointerId: number, x: number, y: number) =>
      bg.dispatchEvent(
        new PointerEvent(type, {
          pointerId,
          pointerType: 'touch',
          isPrimary: pointerId === 1,
          clientX: box.x + x,
          clientY: box.y + y,
          button: type === 'pointermove' ? -1 : 0,
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
    const start = el.currentPositions();
    const [prk, irn] = [start.get('PRK')!, start.get('IRN')!];
    const spread = (m: ReadonlyMap<string, { x: number; y: number }>) => Math.hypot(m.get('PRK')!.x - m.get('IRN')!.x, m.get('PRK')!.y - m.get('IRN')!.y);

    // One finger: the page scrolls (touch-action), the graph stays.
    touch('pointerdown', 1, 300, 250);
    touch('pointermove', 1, 340, 200);
    touch('pointermove', 1, 380, 150);
    touch('pointerup', 1, 380, 150);
    await frame();
    await frame();
    assertEqual(JSON.stringify([...el.currentPositions()]), JSON.stringify([...start]), 'a single touch pointer does not pan');

    // Two fingers 100 px apart spread to 200 px about the same midpoint (350, 250).
    touch('pointerdown', 1, 300, 250);
    touch('pointerdown', 2, 400, 250);
    touch('pointermove', 1, 275, 250);
    touch('pointermove', 2, 425, 250);
    touch('pointermove', 1, 250, 250);
    touch('pointermove', 2, 450, 250);
    await until(() => el.currentPositions().get('PRK')!.x !== prk.x, 'the pinch redraw');
    await frame();
    const pinched = el.currentPositions();
    const ratio = spread(pinched) / Math.hypot(prk.x - irn.x, prk.y - irn.y);
    assert(Math.abs(ratio - 2) < 0.01, `scale doubled: ${ratio}`);
    // The midpoint is the fixed point: every state moved away from it by a factor 2.
    assert(Math.abs(pinched.get('PRK')!.x - (350 + 2 * (prk.x - 350))) <= 0.02, 'PRK scaled about the midpoint (x)');
    assert(Math.abs(pinched.get('PRK')!.y - (250 + 2 * (prk.y - 250))) <= 0.02, 'PRK scaled about the midpoint (y)');

    // Both fingers move 40 px right and 20 px up: a two-finger pan.
    touch('pointermove', 1, 290, 230);
    touch('pointermove', 2, 490, 230);
    await frame();
    await frame();
    const panned = el.currentPositions();
    assert(Math.abs(panned.get('IRN')!.x - (pinched.get('IRN')!.x + 40)) <= 0.02, 'two-finger pan in x');
    assert(Math.abs(panned.get('IRN')!.y - (pinched.get('IRN')!.y - 20)) <= 0.02, 'two-finger pan in y');

    // Lifting one finger ends the pinch; the other alone does nothing more.
    touch('pointerup', 2, 490, 230);
    touch('pointermove', 1, 100, 100);
    touch('pointerup', 1, 100, 100);
    await frame();
    await frame();
    assertEqual(JSON.stringify([...el.currentPositions()]), JSON.stringify([...panned]), 'the finger left behind does not pan');
    el.resetZoom();
    await frame();
    await frame();
    assertEqual(JSON.stringify([...el.currentPositions()]), JSON.stringify([...start]), 'reset undoes the pinch');
  });

  it('has no axe violations, in both themes', async () => {
    const axe = await loadAxe();
    for (const theme of ['light', 'dark'] as const) {
      const { el, box } = await mount(small, 800, 500, { theme });
      el.focus();
      const result = await axe.run(el);
      assertEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`).join('\n'), '', `no violations (${theme})`);
      box.remove();
    }
  });

  it('moves the legend behind a button on narrow screens', async () => {
    const axe = await loadAxe();
    const { root, svg, el } = await mount(small, 360, 600);
    assertEqual(svg().querySelector('g.legend'), null, 'no legend inside the narrow SVG');
    const toggle = root.querySelector<HTMLButtonElement>('.legend-toggle')!;
    assertEqual(toggle.getAttribute('aria-expanded'), 'false', 'closed at first');
    toggle.click();
    await el.updateComplete;
    assertEqual(toggle.getAttribute('aria-expanded'), 'true', 'expanded');
    const panel = root.querySelector('#legend-panel')!;
    assertEqual(panel.hasAttribute('hidden'), false, 'panel shown');
    assert(panel.querySelectorAll('.legend-category').length > 0, 'the panel lists the categories');
    const result = await axe.run(el);
    assertEqual(result.violations.map((v) => v.id).join(', '), '', 'no violations with the panel open');
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    assertEqual(panel.hasAttribute('hidden'), true, 'Escape closes the panel');
    assertEqual(root.activeElement, toggle, 'focus returns to the button');
  });

  it('renders byte-identical SVG for the same input', async () => {
    const first = await mount();
    const a = first.svg().outerHTML;
    first.box.remove();
    const second = await mount();
    assertEqual(second.svg().outerHTML, a, 'same markup');
  });
});

describe('atn-network-view fades', () => {
  afterEach(() => document.querySelectorAll('atn-network-view').forEach((el) => el.parentElement!.remove()));

  it('fades leaving items out: a nameless, inert copy under the view that is gone after the fade', async () => {
    const { el, svg } = await mount();
    const narrowView = buildView(fixture, {
      range: { from: startDay('2023-01'), to: endDay('2023-12') },
      mode: 'window',
      basis: 'reported',
    });
    const leavingEdges = small.union.edges.filter((e) => !narrowView.edges.some((n) => n.key === e.key));
    const leavingStates = small.union.nodes.filter((s) => !narrowView.nodes.some((n) => n.id === s.id));
    assert(leavingEdges.length > 0 && leavingStates.length > 0, 'edges and states leave this window');
    const drawn = new Map([...svg().querySelectorAll('g[data-state], g[data-edge]')].map((g) => [g.getAttribute('data-state') ?? g.getAttribute('data-edge'), `${g.getAttribute('opacity')} ${g.innerHTML}`]));
    el.view = narrowView;
    await el.updateComplete;
    const ghosts = [...svg().querySelectorAll(':scope > g.leaving')];
    assertEqual(ghosts.length, leavingEdges.length + leavingStates.length, 'one copy per leaving item');
    const copied = new Set(ghosts.map((g) => `${g.getAttribute('opacity')} ${g.innerHTML}`));
    for (const id of [...leavingEdges.map((e) => e.key), ...leavingStates.map((n) => n.id)]) {
      assert(copied.has(drawn.get(id)!), `the copy of ${id} draws what it drew, at its opacity`);
    }
    for (const g of ghosts) {
      assertEqual([...g.attributes].map((a) => a.name).filter((n) => n !== 'class' && n !== 'opacity').join(), '', 'no name, role or tab stop on it');
      assertEqual(g.querySelector('[data-state], [data-edge], [tabindex], [role], [aria-label]'), null, 'nor inside');
      for (const text of g.querySelectorAll('text')) assert(text.closest('[aria-hidden="true"]'), 'its label text stays hidden from assistive technology');
      for (const part of g.querySelectorAll('*')) assertEqual(getComputedStyle(part).pointerEvents, 'none', 'deaf to the pointer, hit areas included');
      assertEqual(getComputedStyle(g).animationName, 'atn-leave', 'fading');
      assertEqual(g.nextElementSibling?.getAttribute('class') === 'edges' || g.nextElementSibling?.classList.contains('leaving'), true, 'under the view');
    }
    assertEqual(svg().querySelectorAll('g[data-state], g[data-edge]').length, narrowView.nodes.length + narrowView.edges.length, 'items are only the window\'s');
    await until(() => svg().querySelectorAll('g.leaving').length === 0, 'the copies to go', 2000);

    // More items leaving than a small view holds (a large view narrowed): no copies.
    const loaded = loadGraph(generateGraph({ deals: 250, seed: 3, profile: 'dense' }));
    if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
    const wide = prepare(loaded.graph);
    el.edgeCanvasMin = 400;
    el.unionView = wide.union;
    el.layout = wide.layout;
    el.view = wide.union;
    await el.updateComplete;
    const narrow = buildView(loaded.graph, { range: { from: startDay('1950-01'), to: endDay('1996-01') }, mode: 'cumulative', basis: 'reported' });
    assert(narrow.edges.length <= FADE_MAX_EDGES && wide.union.edges.length - narrow.edges.length > FADE_MAX_EDGES, `a large view narrowed to a small one (${wide.union.edges.length} → ${narrow.edges.length} edges)`);
    el.view = narrow;
    await el.updateComplete;
    assertEqual(el.hasAttribute('data-static'), false, 'the new view is small');
    assertEqual(svg().querySelectorAll('g.leaving').length, 0, 'but the many leaving items leave at once');

    // A view too large to animate leaves at once.
    el.view = wide.union;
    await el.updateComplete;
    const span = wide.union.edges.length;
    el.view = buildView(loaded.graph, { range: { from: startDay('1950-01'), to: endDay('2018-07') }, mode: 'cumulative', basis: 'reported' });
    await el.updateComplete;
    assert(el.view.edges.length < span && el.view.edges.length > FADE_MAX_EDGES, `items left a static view (${el.view.edges.length} of ${span} edges)`);
    assertEqual(svg().querySelectorAll('g.leaving').length, 0, 'no copies in a static view');
  });

  it(`fades entering items in views of up to ${FADE_MAX_EDGES} edges, and changes larger ones at once`, async () => {
    const data = await bundledData();
    assert(data.union.edges.length <= FADE_MAX_EDGES, 'the bundled union is small');
    const { el, svg } = await mount(data, 900, 600);
    assertEqual(el.hasAttribute('data-static'), false, 'a small view animates');
    assertEqual(getComputedStyle(svg().querySelector('g[data-edge]')!).animationName, 'atn-enter', 'entering edges fade in');

    const loaded = loadGraph(generateGraph({ deals: 250, seed: 3, profile: 'dense' }));
    if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
    const big = prepare(loaded.graph);
    // Drawn in SVG (as in the widget, which has no canvas layer, or with a raised edgeCanvasMin).
    el.edgeCanvasMin = 400;
    assert(big.union.edges.length > FADE_MAX_EDGES && big.union.edges.length <= el.edgeCanvasMin, `a mid-size view (${big.union.edges.length} edges), still drawn in SVG`);
    el.unionView = big.union;
    el.layout = big.layout;
    el.view = big.union;
    await el.updateComplete;
    assertEqual(el.hasAttribute('data-static'), true, 'a larger view is marked static');
    assertEqual(getComputedStyle(svg().querySelector('g[data-edge]')!).animationName, 'none', 'its edges appear at once');
    assertEqual(getComputedStyle(svg().querySelector('g[data-state]')!).animationName, 'none', 'and its states');
  });
});
