// @vitest-environment jsdom
// The per-SVG memory behind cheap updates (ADR 0005): the scene cache gives what a
// fresh computation gives, and highlighting writes only elements whose emphasis changes.
import { describe, expect, it } from 'vitest';
import {
  applyHighlight,
  buildScene,
  createSceneCache,
  networkItems,
  renderNetwork,
  updateNetwork,
  type RenderOptions,
} from '../../../src/render/index.ts';
import type { GraphView } from '../../../src/model/types.ts';
import { crowdedView, parallelView, positionsFor } from './fixtures.ts';

const OPTIONS: RenderOptions = { width: 640, height: 420 };

describe('buildScene with a cache', () => {
  it('equals the uncached scene, and re-places labels only when their input changed', () => {
    const view = crowdedView();
    const options: RenderOptions = { width: 400, height: 300, legend: false };
    const positions = positionsFor(view, options);
    const cache = createSceneCache();
    const first = buildScene(view, positions, options, cache);
    expect(first).toEqual(buildScene(view, positions, options));
    const again = buildScene(view, positions, options, cache);
    expect(again).toEqual(first);
    // Same label input: the very same placement objects come back.
    const placed = first.nodes.find((n) => n.placement)!;
    expect(again.nodes.find((n) => n.id === placed.id)!.placement).toBe(placed.placement);

    // A node moves: placements are computed again, and match a fresh computation.
    const moved = new Map(positions);
    const p = moved.get(placed.id)!;
    moved.set(placed.id, { x: p.x + 15, y: p.y - 10 });
    const after = buildScene(view, moved, options, cache);
    expect(after).toEqual(buildScene(view, moved, options));
    expect(after.nodes.find((n) => n.id === placed.id)!.placement).not.toBe(placed.placement);
    // A volume change (radius, priority) also counts as a change.
    const heavier: GraphView = { ...view, nodes: view.nodes.map((n) => (n.id === 'CUB' ? { ...n, volume: 40 } : n)) };
    expect(buildScene(heavier, moved, options, cache)).toEqual(buildScene(heavier, moved, options));
  });
});

describe('applyHighlight, minimal writes', () => {
  function touchedBy(svg: SVGSVGElement, run: () => void): string[] {
    const observer = new MutationObserver(() => {});
    observer.observe(svg, { attributes: true, childList: true, subtree: true });
    run();
    const ids = observer
      .takeRecords()
      .map((r) => (r.target as Element).getAttribute('data-state') ?? (r.target as Element).getAttribute('data-edge') ?? '?');
    observer.disconnect();
    return [...new Set(ids)].sort();
  }

  it('writes only the elements whose emphasis changes', () => {
    const view = parallelView();
    const positions = positionsFor(view, OPTIONS);
    const svg = renderNetwork(document, view, positions, OPTIONS);
    const all = [...svg.querySelectorAll('g[data-state], g[data-edge]')].map((el) => el.getAttribute('data-state') ?? el.getAttribute('data-edge')!).sort();
    expect(touchedBy(svg, () => applyHighlight(svg, { focus: 'IRN' }))).toEqual(all);
    // IRN → BLR: both are single-edge states far from each other; PRK stays dimmed throughout.
    const changed = touchedBy(svg, () => applyHighlight(svg, { focus: 'BLR' }));
    expect(changed).toEqual(['BLR', 'BLR-RUS-armoured-vehicles', 'IRN', 'IRN-RUS-drones']);
    expect(touchedBy(svg, () => applyHighlight(svg, { focus: 'BLR' }))).toEqual([]);
    // The result is still exactly a render with that highlight.
    expect(svg.outerHTML).toBe(renderNetwork(document, view, positions, { ...OPTIONS, highlight: { focus: 'BLR' } }).outerHTML);
  });

  it('works on the elements of the current view only, and updateNetwork keeps the emphasis it is given', () => {
    const union = parallelView();
    const positions = positionsFor(union, OPTIONS);
    const svg = renderNetwork(document, union, positions, OPTIONS);
    const noBlr: GraphView = { nodes: union.nodes.filter((n) => n.id !== 'BLR'), edges: union.edges.filter((e) => e.supplier !== 'BLR') };
    updateNetwork(svg, noBlr, positions, { ...OPTIONS, highlight: { focus: 'PRK' } });
    expect([...networkItems(svg).nodes.keys()]).toEqual(['IRN', 'PRK', 'RUS']);
    expect(networkItems(svg).edges.has('BLR-RUS-armoured-vehicles')).toBe(false);
    applyHighlight(svg, { focus: 'IRN' });
    expect(svg.outerHTML).toBe(renderNetwork(document, noBlr, positions, { ...OPTIONS, highlight: { focus: 'IRN' } }).outerHTML);
    // BLR comes back with the emphasis of the update's highlight, not a stale one.
    updateNetwork(svg, union, positions, { ...OPTIONS, highlight: { focus: 'IRN' } });
    expect(svg.querySelector('g[data-state="BLR"]')!.getAttribute('class')).toBe('node is-dim');
    expect(svg.outerHTML).toBe(renderNetwork(document, union, positions, { ...OPTIONS, highlight: { focus: 'IRN' } }).outerHTML);
  });
});
