// The live view's canvas edge layer (ADR 0006): a <canvas> under the SVG, sized
// to the stage in device pixels, repainted from what the last render or update
// left to it (canvasEdges), by a painter that works off the page's thread where
// it can (ADR 0007).
import type { Point } from '../../layout/types.ts';
import { canvasEdges, COORDS_PER_EDGE, curveAt, curveMidpoint, edgeAt, NO_PAINTED_EDGES, paintJob, rectGrid, type RenderOptions } from '../../render/index.ts';
import { createEdgeCanvas } from './edge-canvas-element.ts';
import { mainThreadPainter, type EdgePainter } from './edge-painter.ts';
import type { Theme } from '../../render/palette.ts';
import type { NavItem } from './spatial-nav.ts';

export interface CanvasLayerSize {
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  readonly theme: Theme;
}

/** Circles never shrink below this share of their size: the smallest stay visible and clickable. */
export const MIN_RADIUS_SCALE = 0.35;

const background = (svg: SVGSVGElement | null) => svg?.querySelector<SVGRectElement>(':scope > rect.background');

/**
 * Paints the SVG's canvas edges onto the stage's canvas (made on first use, under
 * the SVG) through `painter` (ADR 0007: a worker where possible) and returns it.
 */
export function showCanvasLayer(
  stage: HTMLElement,
  svg: SVGSVGElement,
  size: CanvasLayerSize,
  painter: EdgePainter = mainThreadPainter(),
): HTMLCanvasElement {
  let canvas = stage.querySelector<HTMLCanvasElement>(':scope > canvas');
  if (!canvas) {
    canvas = createEdgeCanvas();
    stage.prepend(canvas);
  }
  canvas.style.removeProperty('display'); // parked by hideCanvasLayer
  // The SVG lies on top: its own background would hide the edges.
  svg.style.position = 'relative';
  const rect = background(svg);
  if (rect) rect.style.fill = 'transparent';
  const device = {
    width: Math.max(1, Math.round(size.width * size.pixelRatio)),
    height: Math.max(1, Math.round(size.height * size.pixelRatio)),
  };
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  const painted = canvasEdges(svg);
  const job = paintJob(painted.painted, {
    width: size.width,
    height: size.height,
    pixelRatio: device.width / size.width,
    theme: size.theme,
    emphasis: painted.emphasis,
  });
  painter.paint(canvas, job, device);
  shown.set(canvas, job);
  return canvas;
}

/** Each canvas's last job, the base of the one that clears it when parked. */
const shown = new WeakMap<HTMLCanvasElement, ReturnType<typeof paintJob>>();

/**
 * Gives the SVG its own background back and takes the canvas (and any that replaced
 * it) out of sight. A canvas still on the page is parked: hidden and cleared, but kept
 * with its painter, so a view that grows dense again does not pay for a new canvas
 * and a new hand-over to the worker (~50–80 ms once). A canvas off the page (the view
 * was removed) is released and removed.
 */
export function hideCanvasLayer(canvas: HTMLCanvasElement, svg: SVGSVGElement | null, painter?: EdgePainter): void {
  const current = svg?.parentElement?.querySelector<HTMLCanvasElement>(':scope > canvas');
  for (const c of new Set([canvas, current])) {
    if (!c) continue;
    const last = shown.get(c);
    if (c.isConnected && painter && last) {
      c.style.display = 'none';
      // Cleared, so a stale frame cannot show for an instant when it comes back, and
      // shrunk to one pixel, so a parked canvas holds no full-size bitmap.
      painter.paint(c, { ...last, batches: [], coords: NO_PAINTED_EDGES.coords }, { width: 1, height: 1 });
      continue;
    }
    painter?.release(c);
    c.remove();
  }
  background(svg)?.style.removeProperty('fill');
}

/**
 * Render options for large graphs: for a dense view, edges on the canvas but those in
 * `keep` (ids, '' = none) as SVG elements; and, when the layout had to be scaled down to
 * fit the stage (`spacing` < 1), circles shrunk with it: the layout keeps circles apart
 * at full size, so at a third of the spacing full-size circles cover each other and the
 * edges between them. Labels are placed with a grid lookup (the same placements as a
 * plain scan, faster with hundreds of states).
 */
export function canvasOptions(
  dense: boolean,
  keep: readonly string[],
  spacing: number,
): Pick<RenderOptions, 'edgeLayer' | 'svgEdges' | 'radiusScale' | 'labelIndex'> {
  return {
    labelIndex: rectGrid,
    ...(dense ? { edgeLayer: 'canvas', svgEdges: new Set(keep.filter(Boolean)) } : {}),
    ...(spacing < 1 ? { radiusScale: Math.max(MIN_RADIUS_SCALE, spacing) } : {}),
  };
}

/** Key of the painted edge under `p` (stage pixels), within `tolerance`. */
export function canvasEdgeAt(svg: SVGSVGElement, p: Point, tolerance: number): string | undefined {
  return edgeAt(canvasEdges(svg).painted, p, tolerance);
}

/** The painted edges as keyboard-navigation items, anchored at their midpoints. */
export function canvasNavItems(svg: SVGSVGElement): NavItem[] {
  const { painted } = canvasEdges(svg);
  return painted.edges.map((e, i) => ({
    kind: 'edge',
    id: e.key,
    ...curveMidpoint(curveAt(painted.coords, i * COORDS_PER_EDGE)),
    source: e.supplier,
    target: e.recipient,
  }));
}
