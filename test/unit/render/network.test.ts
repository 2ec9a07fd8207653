// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyHighlight, canvasEdges, prepareUpdate, renderNetwork, updateNetwork, type RenderOptions } from '../../../src/render/index.ts';
import type { GraphView } from '../../../src/model/types.ts';
import { crowdedView, parallelView, positionsFor, tinyView } from './fixtures.ts';

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
  const later = (union: GraphView): GraphView => ({
    nodes: union.nodes.filter((n) => n.id !== 'BLR').map((n) => (n.id === 'IRN' ? { ...n, volume: 5 } : n)),
    edges: union.edges
      .filter((e) => e.supplier !== 'BLR')
      .map((e) => (e.key === 'RUS-PRK-air-defence' ? { ...e, status: 'delivered' as const, style: 'solid' as const } : e)),
  });

  it('removes what left the view, restyles what stayed, and keeps positions', () => {
    const union = parallelView();
    const { svg, positions } = draw(union);
    const prk = svg.querySelector('g[data-state="PRK"]')!;
    const prkCircle = prk.querySelector('circle')!.outerHTML;
    const result = updateNetwork(svg, later(union), positions, OPTIONS);
    expect(svg.querySelector('g[data-state="BLR"]')).toBeNull();
    expect(svg.querySelector('g[data-edge="BLR-RUS-armoured-vehicles"]')).toBeNull();
    expect(svg.querySelectorAll('g.edges > g')).toHaveLength(6);
    expect(result.removed.map((el) => el.getAttribute('data-state') ?? el.getAttribute('data-edge')).sort()).toEqual([
      'BLR',
      'BLR-RUS-armoured-vehicles',
    ]);
    expect(result.added).toEqual([]);
    const ad = svg.querySelector('g[data-edge="RUS-PRK-air-defence"]')!;
    expect(ad.getAttribute('data-style')).toBe('solid');
    expect(ad.querySelector('path')!.hasAttribute('stroke-dasharray')).toBe(false);
    expect(ad.getAttribute('aria-label')).toContain('delivered');
    expect(svg.querySelector('g[data-state="IRN"] circle')!.getAttribute('r')).toBe('9.37'); // 4 + 2.4·√5
    // The same element, in the same place.
    expect(svg.querySelector('g[data-state="PRK"]')).toBe(prk);
    expect(prk.querySelector('circle')!.outerHTML).toBe(prkCircle);
  });

  it('gives exactly the markup of a fresh render of the new view, whatever was drawn before', () => {
    const union = parallelView();
    const small: GraphView = { nodes: union.nodes.filter((n) => n.id !== 'BLR'), edges: union.edges.filter((e) => e.category === 'drones' || e.inReturn.length > 0) };
    const views = [later(union), small, union, { nodes: union.nodes.slice(0, 2), edges: [] }, small, later(union), union];
    for (const options of [
      OPTIONS,
      { ...OPTIONS, highlight: { focus: 'PRK' } },
      { width: 360, height: 420, narrow: true, theme: 'dark' as const, title: 'North Korea and Russia' },
      { ...OPTIONS, legend: false, highlight: { focus: 'RUS-PRK-air-defence' } },
    ]) {
      const positions = positionsFor(union, options);
      const svg = renderNetwork(document, union, positions, options);
      for (const view of views) {
        updateNetwork(svg, view, positions, options);
        expect(svg.outerHTML).toBe(renderNetwork(document, view, positions, options).outerHTML);
      }
      // And from a small first render up to the union.
      const grown = renderNetwork(document, small, positions, options);
      updateNetwork(grown, union, positions, options);
      expect(grown.outerHTML).toBe(renderNetwork(document, union, positions, options).outerHTML);
    }
  });

  it('matches a fresh render for the crowded fixture, labels included', () => {
    const union = crowdedView();
    const options: RenderOptions = { width: 400, height: 300, legend: false };
    const positions = positionsFor(union, options);
    const svg = renderNetwork(document, union, positions, options);
    const part: GraphView = {
      nodes: union.nodes.filter((n) => n.id !== 'CHN'),
      edges: union.edges.filter((e) => e.supplier !== 'CHN'),
    };
    for (const view of [part, union, part]) {
      updateNetwork(svg, view, positions, options);
      expect(svg.outerHTML).toBe(renderNetwork(document, view, positions, options).outerHTML);
    }
  });

  it('re-uses the element of an edge or state that comes back', () => {
    const union = parallelView();
    const { svg, positions } = draw(union);
    const blr = svg.querySelector('g[data-state="BLR"]')!;
    const edgeEl = svg.querySelector('g[data-edge="BLR-RUS-armoured-vehicles"]')!;
    updateNetwork(svg, later(union), positions, OPTIONS);
    expect(blr.isConnected).toBe(false);
    const back = updateNetwork(svg, union, positions, OPTIONS);
    expect(svg.querySelector('g[data-state="BLR"]')).toBe(blr);
    expect(svg.querySelector('g[data-edge="BLR-RUS-armoured-vehicles"]')).toBe(edgeEl);
    expect(back.added).toEqual([edgeEl, blr]);
  });

  it('prepareUpdate: the canvas edges are current before the DOM is touched, and its write equals updateNetwork', () => {
    const union = parallelView();
    const canvas: RenderOptions = { ...OPTIONS, edgeLayer: 'canvas' };
    const a = renderNetwork(document, union, positionsFor(union, canvas), canvas);
    const b = renderNetwork(document, union, positionsFor(union, canvas), canvas);
    const positions = positionsFor(union, canvas);
    const next = later(union);
    const observer = new MutationObserver(() => {});
    observer.observe(a, { attributes: true, childList: true, subtree: true, characterData: true });
    const write = prepareUpdate(a, next, positions, canvas);
    expect(observer.takeRecords()).toEqual([]);
    expect(canvasEdges(a).painted.edges.map((e) => e.key)).toEqual(next.edges.map((e) => e.key).sort());
    const result = write();
    const expected = updateNetwork(b, next, positions, canvas);
    expect(a.outerHTML).toBe(b.outerHTML);
    expect(result.removed.map((el) => el.getAttribute('data-state'))).toEqual(expected.removed.map((el) => el.getAttribute('data-state')));
  });

  it("moves a resized state's label by its group's transform, leaving the text element untouched", () => {
    // Chromium lays a text out again when its x or y changes, but not when an
    // ancestor's transform does; labels move on most range changes.
    const union = parallelView();
    const { svg, positions } = draw(union);
    const label = svg.querySelector('g[data-state="IRN"] > g.label')!;
    const text = label.querySelector('text')!;
    const before = label.getAttribute('transform');
    expect(before).toMatch(/^translate\([\d.]+ [\d.]+\)$/);
    expect(text.hasAttribute('x') || text.hasAttribute('y')).toBe(false);
    const observer = new MutationObserver(() => {});
    observer.observe(svg, { attributes: true, subtree: true });
    updateNetwork(svg, { ...union, nodes: union.nodes.map((n) => (n.id === 'IRN' ? { ...n, volume: 30 } : n)) }, positions, OPTIONS);
    const records = observer.takeRecords();
    expect(label.getAttribute('transform')).not.toBe(before);
    expect(records.some((r) => r.target === label && r.attributeName === 'transform')).toBe(true);
    expect(records.filter((r) => (r.target as Element).localName === 'text')).toEqual([]);
  });

  it('writes nothing when nothing changed', () => {
    const union = parallelView();
    const { svg, positions } = draw(union);
    const observer = new MutationObserver(() => {});
    observer.observe(svg, { attributes: true, childList: true, subtree: true, characterData: true });
    updateNetwork(svg, parallelView(), positions, OPTIONS);
    expect(observer.takeRecords()).toEqual([]);
    // A change of one state's volume rewrites that state and the paths ending on it, nothing else.
    const bigger = parallelView();
    const view: GraphView = { ...bigger, nodes: bigger.nodes.map((n) => (n.id === 'IRN' ? { ...n, volume: 30 } : n)) };
    const result = updateNetwork(svg, view, positions, OPTIONS);
    const touched = new Set(
      observer.takeRecords().map((r) => (r.target as Element).closest('g[data-state], g[data-edge]')?.getAttribute('data-state') ?? (r.target as Element).closest('g[data-edge]')?.getAttribute('data-edge')),
    );
    expect([...touched].sort()).toEqual(['IRN', 'IRN-RUS-drones']);
    expect(result.reshaped.map((el) => el.getAttribute('data-edge'))).toEqual(['IRN-RUS-drones']);
    observer.disconnect();
  });

  it('adds the arrowhead of a category first seen in the update, and drops unused ones', () => {
    const union = parallelView();
    const small: GraphView = { nodes: union.nodes, edges: union.edges.filter((e) => e.category === 'drones') };
    const { svg, positions } = draw(small);
    expect(svg.querySelector('#atn-arrow-personnel')).toBeNull();
    updateNetwork(svg, union, positions, OPTIONS);
    expect(svg.querySelector('#atn-arrow-personnel')).not.toBeNull();
    updateNetwork(svg, small, positions, OPTIONS);
    expect(svg.querySelector('#atn-arrow-personnel')).toBeNull();
  });

  it('adopts an SVG it did not draw (parsed markup)', () => {
    const union = parallelView();
    const { svg, positions } = draw(union);
    const parsed = new DOMParser().parseFromString(svg.outerHTML, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
    applyHighlight(parsed, { focus: 'IRN' });
    expect(parsed.querySelector('g[data-state="IRN"]')!.getAttribute('class')).toBe('node is-focus');
    updateNetwork(parsed, later(union), positions, OPTIONS);
    // An XML document serializes empty elements as <x/>: compare both through XMLSerializer.
    const xml = (el: Element) => new XMLSerializer().serializeToString(el);
    expect(xml(parsed)).toBe(xml(renderNetwork(document, later(union), positions, OPTIONS)));
  });
});
