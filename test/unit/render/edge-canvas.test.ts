// @vitest-environment jsdom
// The canvas edge layer (ADR 0006): the scene's split between SVG and canvas,
// what the painter draws (through a recording context), and hit testing.
import { describe, expect, it } from 'vitest';
import {
  buildScene,
  canvasEdges,
  curveMidpoint,
  dashPolyline,
  distanceToCurve,
  edgeAt,
  networkItems,
  paintEdges,
  paintedAlpha,
  renderNetwork,
  updateNetwork,
  weightLevel,
  MAX_EDGE_WIDTH,
  MIN_EDGE_WIDTH,
  THEME_TONES,
  COORDS_PER_EDGE,
  categoryColour,
  unpackPainted,
  type EdgeCanvasContext,
  type PaintedEdge,
  type PaintedEdges,
  type RenderOptions,
  type Theme,
} from '../../../src/render/index.ts';
import type { AggregateEdge } from '../../../src/model/types.ts';
import { parallelView, positionsFor } from './fixtures.ts';

type Call = [string, ...unknown[]];

/** A 2D context that records every call, with the state it was made in. */
function recorder(): EdgeCanvasContext & { calls: Call[] } {
  const calls: Call[] = [];
  const state = { strokeStyle: '', fillStyle: '', lineWidth: 1, globalAlpha: 1 };
  const op =
    (name: string) =>
    (...args: unknown[]) => {
      const tagged: Call = [name, ...args.map((a) => (typeof a === 'number' ? Math.round(a * 100) / 100 : a))];
      if (name === 'stroke') tagged.push({ style: state.strokeStyle, alpha: state.globalAlpha, width: state.lineWidth });
      if (name === 'fill' || name === 'fillRect') tagged.push({ style: state.fillStyle, alpha: state.globalAlpha });
      calls.push(tagged);
    };
  return Object.assign(state, {
    calls,
    setTransform: op('setTransform'),
    fillRect: op('fillRect'),
    beginPath: op('beginPath'),
    moveTo: op('moveTo'),
    lineTo: op('lineTo'),
    quadraticCurveTo: op('quadraticCurveTo'),
    stroke: op('stroke'),
    fill: op('fill'),
  }) as unknown as EdgeCanvasContext & { calls: Call[] };
}

const OPTIONS: RenderOptions = { width: 640, height: 420 };
const CANVAS: RenderOptions = { ...OPTIONS, edgeLayer: 'canvas' };

function straight(key: string, x0: number, x1: number, y = 0, style: PaintedEdge['style'] = 'solid'): PaintedEdge {
  return {
    key,
    supplier: 'A',
    recipient: 'B',
    category: 'drones',
    style,
    inReturn: [],
    stroke: '#000000',
    width: MIN_EDGE_WIDTH,
    opacity: 0.9,
    start: { x: x0, y },
    control: { x: (x0 + x1) / 2, y },
    end: { x: x1 - 9, y },
    tip: { x: x1, y },
  };
}

/** Packs edges as a scene does: view edge objects (no transfers: the thinnest width) and their curves as numbers. */
function pack(edges: readonly PaintedEdge[], theme: Theme = 'light'): PaintedEdges {
  const coords = new Float64Array(edges.length * COORDS_PER_EDGE);
  edges.forEach((e, i) => coords.set([e.start.x, e.start.y, e.control.x, e.control.y, e.end.x, e.end.y, e.tip.x, e.tip.y], i * COORDS_PER_EDGE));
  const view = edges.map(
    (e): AggregateEdge => ({
      key: e.key,
      supplier: e.supplier,
      recipient: e.recipient,
      category: e.category,
      style: e.style,
      inReturn: e.inReturn,
      transfers: [],
      status: e.style === 'solid' ? 'delivered' : 'reported',
      contested: false,
      quantity: undefined,
      sourceCount: 1,
    }),
  );
  return { edges: view, coords, theme };
}

describe('buildScene with edgeLayer canvas', () => {
  it('leaves every edge but the kept ones to the canvas, with the geometry the SVG path has', () => {
    const view = parallelView();
    const positions = positionsFor(view, OPTIONS);
    const svgScene = buildScene(view, positions, OPTIONS);
    const keep = 'PRK-RUS-ballistic-missiles';
    const scene = buildScene(view, positions, { ...CANVAS, svgEdges: new Set([keep, 'not-in-view']) });
    expect(svgScene.painted.edges).toEqual([]);
    expect(scene.edges.map((e) => e.key)).toEqual([keep]);
    expect(scene.edges[0]).toEqual(svgScene.edges.find((e) => e.key === keep));
    const painted = unpackPainted(scene.painted);
    expect(painted.map((e) => e.key)).toEqual(svgScene.edges.map((e) => e.key).filter((k) => k !== keep));
    for (const p of painted) {
      const s = svgScene.edges.find((e) => e.key === p.key)!;
      // Same curve as the SVG's: the path's start, re-made from the painted numbers, matches.
      expect(`M${round(p.start.x)},${round(p.start.y)}`).toBe(s.d.slice(0, s.d.indexOf('Q')));
      expect(p.stroke).toBe(s.stroke);
      expect(p.width).toBe(s.width);
      expect(p.opacity).toBe(s.opacity);
      expect(p.style).toBe(s.style);
    }
    // The description still counts every link, drawn on either layer.
    expect(scene.desc).toBe(svgScene.desc);
  });

  it('puts only the kept edges into the SVG and reports the rest for the canvas, with the highlight', () => {
    const view = parallelView();
    const positions = positionsFor(view, OPTIONS);
    const svg = renderNetwork(document, view, positions, { ...CANVAS, svgEdges: new Set(['IRN-RUS-drones']) });
    expect([...networkItems(svg).edges.keys()]).toEqual(['IRN-RUS-drones']);
    expect(svg.querySelectorAll('g.edges > g').length).toBe(1);
    expect(networkItems(svg).nodes.size).toBe(view.nodes.length);
    const painted = canvasEdges(svg);
    expect(painted.painted.edges).toHaveLength(view.edges.length - 1);
    expect([...painted.emphasis.values()].every((e) => e === 'normal')).toBe(true);

    updateNetwork(svg, view, positions, { ...CANVAS, svgEdges: new Set(['IRN-RUS-drones']), highlight: { focus: 'PRK-RUS-artillery-ammunition' } });
    const em = canvasEdges(svg).emphasis;
    expect(em.get('PRK-RUS-artillery-ammunition')).toBe('focus');
    expect(em.get('RUS-PRK-air-defence')).toBe('related'); // traded in return
    expect(em.get('BLR-RUS-armoured-vehicles')).toBe('dim');
    expect(svg.querySelector('g[data-edge="IRN-RUS-drones"]')!.getAttribute('class')).toBe('edge is-dim');

    // The legend says what the canvas encodes: shade, not width, for the transfer count.
    const sizeKey = () => [...svg.querySelectorAll('g.legend-size > text')].map((t) => t.textContent).join(' | ');
    expect(sizeKey()).toBe('circle area: transfers in and out | line shade: number of transfers');
    expect([...svg.querySelectorAll('g.legend-size > line')].map((l) => `${l.getAttribute('stroke-width')}/${l.getAttribute('opacity')}`)).toEqual([
      '1/0.45',
      '1/null',
    ]);

    // Back to SVG edges: every edge is an element again, the canvas list empties.
    updateNetwork(svg, view, positions, OPTIONS);
    expect(networkItems(svg).edges.size).toBe(view.edges.length);
    expect(canvasEdges(svg).painted.edges).toEqual([]);
    expect(sizeKey()).toBe('circle area: transfers in and out | line width: number of transfers');
    expect(new XMLSerializer().serializeToString(svg)).toBe(
      new XMLSerializer().serializeToString(renderNetwork(document, view, positions, OPTIONS)),
    );
  });
});

const round = (n: number) => String(Math.round(n * 100) / 100);

describe('radiusScale', () => {
  it('scales every circle, on top of the narrow factor, and keeps edges touching them', () => {
    const view = parallelView();
    const positions = positionsFor(view, OPTIONS);
    const full = buildScene(view, positions, OPTIONS);
    const half = buildScene(view, positions, { ...OPTIONS, radiusScale: 0.5 });
    const narrowHalf = buildScene(view, positions, { ...OPTIONS, narrow: true, radiusScale: 0.5 });
    for (const n of full.nodes) {
      expect(half.nodes.find((m) => m.id === n.id)!.r).toBeCloseTo(n.r * 0.5, 9);
      expect(narrowHalf.nodes.find((m) => m.id === n.id)!.r).toBeCloseTo(n.r * 0.5 * 0.7, 9);
    }
    // Paths start on the smaller circles: nearer the centre than at full size.
    const e = half.edges[0]!;
    const start = (d: string) => d.slice(1, d.indexOf('Q')).split(',').map(Number) as [number, number];
    const c = positions.get(e.supplier)!;
    const dist = (p: [number, number]) => Math.hypot(p[0] - c.x, p[1] - c.y);
    const r = half.nodes.find((n) => n.id === e.supplier)!.r;
    expect(dist(start(e.d))).toBeCloseTo(r, 1);
    expect(dist(start(e.d))).toBeLessThan(dist(start(full.edges[0]!.d)));
  });
});

describe('updates keep what the live view set', () => {
  it('leaves a tab stop (and so focus) alone when a highlight adds opacity, and still matches a fresh render', () => {
    const view = parallelView();
    const positions = positionsFor(view, OPTIONS);
    const svg = renderNetwork(document, view, positions, OPTIONS);
    const node = networkItems(svg).nodes.get('IRN')!;
    node.setAttribute('tabindex', '0'); // the live view's roving tab stop, outside the render's record
    const removed: string[] = [];
    new MutationObserver((records) => records.forEach((r) => r.attributeName === 'tabindex' && removed.push(String(r.oldValue)))).observe(node, {
      attributes: true,
      attributeOldValue: true,
    });
    updateNetwork(svg, view, positions, { ...OPTIONS, highlight: { focus: 'PRK' } }); // IRN dims: opacity appears
    expect(node.getAttribute('class')).toBe('node is-dim');
    expect(node.getAttribute('tabindex')).toBe('0');
    node.setAttribute('tabindex', '-1');
    const fresh = renderNetwork(document, view, positions, { ...OPTIONS, highlight: { focus: 'PRK' } });
    expect(new XMLSerializer().serializeToString(svg)).toBe(new XMLSerializer().serializeToString(fresh));
    return Promise.resolve().then(() => expect(removed.slice(0, 1)).toEqual(['0'])); // only our own reset above
  });
});

describe('paintEdges', () => {
  it('fills the background, then strokes one-pixel lines with open arrowheads, one stroke per batch', () => {
    const ctx = recorder();
    paintEdges(ctx, pack([straight('a', 0, 100, 10), straight('b', 0, 100, 50)], 'dark'), { width: 200, height: 100, pixelRatio: 2, theme: 'dark' });
    expect(ctx.calls.slice(0, 2)).toEqual([
      ['setTransform', 2, 0, 0, 2, 0, 0],
      ['fillRect', 0, 0, 200, 100, { style: THEME_TONES.dark.background, alpha: 1 }],
    ]);
    const strokes = ctx.calls.filter((c) => c[0] === 'stroke');
    // Both edges share colour, style and weight: one stroke, a hairline of one device pixel.
    expect(strokes).toEqual([['stroke', { style: categoryColour('drones', 'dark'), alpha: paintedAlpha(straight('a', 0, 1), 'normal'), width: 0.5 }]]);
    expect(ctx.calls.filter((c) => c[0] === 'quadraticCurveTo')).toHaveLength(2);
    // Each head goes on from the line's end: the shaft to the tip, one barb, back to the tip, the other barb; nothing filled.
    const edgeA = ctx.calls.slice(3, 9);
    expect(edgeA).toEqual([
      ['moveTo', 0, 10],
      ['quadraticCurveTo', 50, 10, 91, 10],
      ['lineTo', 100, 10],
      ['lineTo', 92, 12.5],
      ['moveTo', 100, 10],
      ['lineTo', 92, 7.5],
    ]);
    // A dashed line's head starts from the line's end itself.
    const dashed = recorder();
    paintEdges(dashed, pack([straight('d', 0, 100, 10, 'dashed')]), { width: 200, height: 100, pixelRatio: 1, theme: 'light' });
    expect(dashed.calls.slice(-6)).toEqual([
      ['moveTo', 91, 10],
      ['lineTo', 100, 10],
      ['lineTo', 92, 12.5],
      ['moveTo', 100, 10],
      ['lineTo', 92, 7.5],
      ['stroke', { style: categoryColour('drones', 'light'), alpha: paintedAlpha({ opacity: 0.9, width: MIN_EDGE_WIDTH }, 'normal'), width: 1 }],
    ]);
    expect(ctx.calls.filter((c) => c[0] === 'fill')).toHaveLength(0);
  });

  it('draws dimmed edges first and emphasised ones last, wider, at full opacity', () => {
    const ctx = recorder();
    const edges = [straight('focus', 0, 100, 0), straight('dim', 0, 100, 20), straight('plain', 0, 100, 40, 'dashed')];
    const emphasis = new Map([
      ['focus', 'focus' as const],
      ['dim', 'dim' as const],
    ]);
    paintEdges(ctx, pack(edges), { width: 100, height: 100, pixelRatio: 1, theme: 'light', emphasis });
    const strokes = ctx.calls.filter((c) => c[0] === 'stroke').map((c) => c[1] as { alpha: number; width: number });
    expect(strokes.map((s) => s.width)).toEqual([1, 1, 2]);
    // The emphasised edge alone gets a filled, closed head, drawn last.
    expect(ctx.calls.filter((c) => c[0] === 'fill')).toHaveLength(1);
    expect(ctx.calls.at(-1)![0]).toBe('fill');
    expect(strokes[0]!.alpha).toBeCloseTo(0.9 * 0.45 * 0.15, 6);
    expect(strokes[2]!.alpha).toBe(0.9);
  });

  it('makes the same calls for the same input', () => {
    const view = parallelView();
    const positions = positionsFor(view, OPTIONS);
    const painted = buildScene(view, positions, CANVAS).painted;
    const a = recorder();
    const again = recorder();
    const b = recorder();
    paintEdges(a, painted, { width: 640, height: 420, pixelRatio: 1, theme: 'light' });
    paintEdges(again, painted, { width: 640, height: 420, pixelRatio: 1, theme: 'light' });
    expect(again.calls).toEqual(a.calls);
    // Batches come in a fixed order whatever the input order (within a batch, input order).
    const n = painted.edges.length;
    const coords = new Float64Array(painted.coords.length);
    for (let i = 0; i < n; i++) coords.set(painted.coords.subarray(i * COORDS_PER_EDGE, (i + 1) * COORDS_PER_EDGE), (n - 1 - i) * COORDS_PER_EDGE);
    paintEdges(b, { ...painted, edges: [...painted.edges].reverse(), coords }, { width: 640, height: 420, pixelRatio: 1, theme: 'light' });
    expect(a.calls.filter((c) => c[0] === 'stroke')).toEqual(b.calls.filter((c) => c[0] === 'stroke'));
    expect(a.calls.length).toBe(b.calls.length);
  });

  it('cuts dashes by hand, carrying the pattern across the polyline', () => {
    const ctx = recorder();
    dashPolyline(ctx, [0, 0, 22, 0], 7, 4);
    expect(ctx.calls).toEqual([
      ['moveTo', 0, 0],
      ['lineTo', 7, 0],
      ['moveTo', 11, 0],
      ['lineTo', 18, 0],
    ]);
    const bent = recorder();
    // 5 px along x, then 10 px down: the first dash turns the corner.
    dashPolyline(bent, [0, 0, 5, 0, 5, 10], 7, 4);
    expect(bent.calls).toEqual([
      ['moveTo', 0, 0],
      ['lineTo', 5, 0],
      ['lineTo', 5, 2],
      ['moveTo', 5, 6],
      ['lineTo', 5, 10],
    ]);
  });

  it('turns widths into four weight levels of opacity', () => {
    expect(weightLevel(MIN_EDGE_WIDTH)).toBe(0);
    expect(weightLevel(MAX_EDGE_WIDTH)).toBe(3);
    expect(weightLevel(0)).toBe(0);
    expect(weightLevel(99)).toBe(3);
    const heavy = paintedAlpha({ opacity: 0.9, width: MAX_EDGE_WIDTH }, 'normal');
    const light = paintedAlpha({ opacity: 0.9, width: MIN_EDGE_WIDTH }, 'normal');
    expect(heavy).toBeCloseTo(0.9, 6);
    expect(light).toBeCloseTo(0.405, 6);
    expect(paintedAlpha({ opacity: 0.4, width: MIN_EDGE_WIDTH }, 'related')).toBe(0.4);
  });
});

describe('hit testing canvas edges', () => {
  const a = straight('a', 0, 100, 0);
  const b = straight('b', 0, 100, 10);

  it('measures the distance to the curve and its arrowhead', () => {
    expect(distanceToCurve({ x: 50, y: 4 }, a)).toBeCloseTo(4, 6);
    expect(distanceToCurve({ x: 96, y: 3 }, a)).toBeCloseTo(3, 6); // beside the arrowhead
    expect(distanceToCurve({ x: 110, y: 0 }, a)).toBeCloseTo(10, 6); // past the tip
    expect(curveMidpoint(a)).toEqual({ x: 47.75, y: 0 });
  });

  it('finds the nearest edge within the tolerance, or none', () => {
    expect(edgeAt(pack([a, b]), { x: 50, y: 3 }, 7)).toBe('a');
    expect(edgeAt(pack([a, b]), { x: 50, y: 7 }, 7)).toBe('b');
    expect(edgeAt(pack([a, b]), { x: 50, y: 5 }, 7)).toBe('b'); // a tie goes to the edge drawn on top
    expect(edgeAt(pack([a, b]), { x: 50, y: 30 }, 7)).toBeUndefined();
    expect(edgeAt(pack([a, b]), { x: -20, y: 0 }, 7)).toBeUndefined();
  });

  it('follows a bent curve, not its chord', () => {
    const curve: PaintedEdge = { ...a, control: { x: 50, y: 80 }, end: { x: 100, y: 0 }, tip: { x: 100, y: 0 } };
    // The quadratic's apex is at y = 40 (half the control's offset).
    expect(edgeAt(pack([curve]), { x: 50, y: 40 }, 2)).toBe('a');
    expect(edgeAt(pack([curve]), { x: 50, y: 0 }, 7)).toBeUndefined();
  });
});
