// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyHighlight, renderNetwork, updateNetwork, type RenderOptions } from '../../../src/render/index.ts';
import type { GraphView } from '../../../src/model/types.ts';
import { parallelView, positionsFor, tinyView } from './fixtures.ts';

const OPTIONS: RenderOptions = { width: 640, height: 420 };

function draw(view: GraphView, options: RenderOptions = OPTIONS) {
  const positions = positionsFor(view, options);
  return { svg: renderNetwork(document, view, positions, options), positions };
}

describe('renderNetwork', () => {
  it('builds an accessible, self-contained SVG', () => {
    const { svg } = draw(parallelView(), { ...OPTIONS, title: 'Who arms Russia', desc: 'Transfers since 2022.' });
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('role')).toBe('graphics-document');
    expect(svg.querySelector('title')!.textContent).toBe('Who arms Russia');
    expect(svg.getAttribute('aria-labelledby')).toBe(svg.querySelector('title')!.id);
    expect(svg.querySelector('desc')!.textContent).toBe('Transfers since 2022.');
    expect(svg.querySelectorAll('g.edges > g.edge')).toHaveLength(7);
    expect(svg.querySelectorAll('g.nodes > g.node')).toHaveLength(4);
    const e = svg.querySelector('g[data-edge="PRK-RUS-ballistic-missiles"]')!;
    expect(e.getAttribute('aria-label')).toBe('North Korea → Russia: ballistic missiles, used, 3 sources');
    expect(e.getAttribute('tabindex')).toBe('-1');
    const path = e.querySelector('path')!;
    expect(path.getAttribute('marker-end')).toBe('url(#atn-arrow-ballistic-missiles)');
    expect(svg.querySelector('marker#atn-arrow-ballistic-missiles path')!.getAttribute('fill')).toBe(path.getAttribute('stroke'));
    expect(svg.querySelector('g[data-state="PRK"]')!.getAttribute('aria-label')).toBe('North Korea: 9 transfers');
    // Status drawn redundantly: dashes + opacity.
    const denied = svg.querySelector('g[data-edge="BLR-RUS-armoured-vehicles"]')!;
    expect(denied.getAttribute('data-style')).toBe('faded');
    expect(denied.getAttribute('opacity')).toBe('0.4');
    expect(denied.querySelector('path')!.getAttribute('stroke-dasharray')).toBe('2 4');
    // Legend lists the categories present, in vocabulary order.
    expect([...svg.querySelectorAll('.legend-category')].map((g) => g.getAttribute('data-category'))).toEqual([
      'artillery-ammunition',
      'drones',
      'ballistic-missiles',
      'fighter-aircraft',
      'air-defence',
      'armoured-vehicles',
      'personnel',
    ]);
  });

  it('serializes as well-formed standalone XML', () => {
    const { svg } = draw(tinyView());
    const xml = new XMLSerializer().serializeToString(svg);
    const parsed = new DOMParser().parseFromString(xml, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(xml.match(/xmlns=/g)).toHaveLength(1);
  });

  it('does not mutate the view or the positions', () => {
    const view = parallelView();
    const before = JSON.stringify(view);
    const positions = positionsFor(view, OPTIONS);
    const posBefore = JSON.stringify([...positions]);
    renderNetwork(document, view, positions, { ...OPTIONS, highlight: { focus: 'PRK' } });
    expect(JSON.stringify(view)).toBe(before);
    expect(JSON.stringify([...positions])).toBe(posBefore);
  });

  it('uses short labels in narrow mode and skips nodes without a position', () => {
    const view = parallelView();
    const positions = positionsFor(view, OPTIONS);
    positions.delete('BLR');
    const svg = renderNetwork(document, view, positions, { ...OPTIONS, narrow: true });
    expect(svg.querySelector('g[data-state="PRK"] text')!.textContent).toBe('PRK');
    expect(svg.querySelector('g[data-state="BLR"]')).toBeNull();
    expect(svg.querySelector('g[data-edge="BLR-RUS-armoured-vehicles"]')).toBeNull();
  });
});

describe('applyHighlight', () => {
  it('toggles classes and opacity on the existing elements only', () => {
    const { svg } = draw(parallelView());
    const edgeEl = svg.querySelector('g[data-edge="IRN-RUS-drones"]')!;
    const count = svg.querySelectorAll('*').length;
    applyHighlight(svg, { focus: 'IRN' });
    expect(svg.querySelectorAll('*').length).toBe(count);
    expect(svg.querySelector('g[data-edge="IRN-RUS-drones"]')).toBe(edgeEl);
    expect(edgeEl.getAttribute('class')).toBe('edge is-related');
    expect(svg.querySelector('g[data-state="IRN"]')!.getAttribute('class')).toBe('node is-focus');
    const dim = svg.querySelector('g[data-edge="PRK-RUS-personnel"]')!;
    expect(dim.getAttribute('class')).toBe('edge is-dim');
    expect(dim.getAttribute('opacity')).toBe('0.14'); // 0.9 × 0.15
    applyHighlight(svg, undefined);
    expect(dim.getAttribute('class')).toBe('edge');
    expect(dim.getAttribute('opacity')).toBe('0.9');
  });

  it('gives the same markup as rendering with the highlight', () => {
    const view = parallelView();
    const positions = positionsFor(view, OPTIONS);
    const a = renderNetwork(document, view, positions, OPTIONS);
    applyHighlight(a, { focus: 'RUS-PRK-air-defence' });
    const b = renderNetwork(document, view, positions, { ...OPTIONS, highlight: { focus: 'RUS-PRK-air-defence' } });
    expect(a.outerHTML).toBe(b.outerHTML);
  });
});

describe('updateNetwork', () => {
  it('hides what left the view, restyles what stayed, and reports what is missing', () => {
    const union = parallelView();
    const { svg, positions } = draw(union);
    const later: GraphView = {
      nodes: union.nodes.filter((n) => n.id !== 'BLR').map((n) => (n.id === 'IRN' ? { ...n, volume: 5 } : n)),
      edges: union.edges
        .filter((e) => e.supplier !== 'BLR')
        .map((e) => (e.key === 'RUS-PRK-air-defence' ? { ...e, status: 'delivered' as const, style: 'solid' as const } : e)),
    };
    const count = svg.querySelectorAll('*').length;
    const result = updateNetwork(svg, later, positions, OPTIONS);
    expect(result).toEqual({ missingNodes: [], missingEdges: [] });
    expect(svg.querySelectorAll('*').length).toBe(count);
    const blr = svg.querySelector('g[data-state="BLR"]')!;
    expect(blr.getAttribute('display')).toBe('none');
    expect(blr.getAttribute('data-hidden')).toBe('true');
    expect(svg.querySelector('g[data-edge="BLR-RUS-armoured-vehicles"]')!.getAttribute('display')).toBe('none');
    const ad = svg.querySelector('g[data-edge="RUS-PRK-air-defence"]')!;
    expect(ad.getAttribute('data-style')).toBe('solid');
    expect(ad.querySelector('path')!.hasAttribute('stroke-dasharray')).toBe(false);
    expect(ad.getAttribute('aria-label')).toContain('delivered');
    expect(svg.querySelector('g[data-state="IRN"] circle')!.getAttribute('r')).toBe('9.37'); // 4 + 2.4·√5

    // Back to the union: the same markup as a fresh render, apart from attribute order.
    updateNetwork(svg, union, positions, OPTIONS);
    const fresh = renderNetwork(document, union, positions, OPTIONS);
    const attrs = (root: Element) =>
      [...root.querySelectorAll('*')].map((el) =>
        [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' '),
      );
    expect(attrs(svg)).toEqual(attrs(fresh));

    const extra = updateNetwork(svg, { nodes: [...union.nodes], edges: [...union.edges, { ...union.edges[0]!, key: 'NEW-KEY' }] }, positions, OPTIONS);
    expect(extra.missingEdges).toEqual(['NEW-KEY']);
  });

  it('adds the arrowhead of a category first seen in the update', () => {
    const union = parallelView();
    const small: GraphView = { nodes: union.nodes, edges: union.edges.filter((e) => e.category === 'drones') };
    const { svg, positions } = draw(small);
    expect(svg.querySelector('#atn-arrow-personnel')).toBeNull();
    updateNetwork(svg, union, positions, OPTIONS);
    expect(svg.querySelector('#atn-arrow-personnel')).not.toBeNull();
  });
});
