// The live view's canvas edge layer (ADR 0006): a <canvas> under the SVG, sized
// to the stage in device pixels, repainted from what the last render or update
// left to it (canvasEdges). Hidden from assistive technology: the edges live on
// in the SVG's description, the table and the kept (hovered, focused, selected)
// edge elements. Styled through CSSOM, which a strict Content-Security-Policy allows.
import type { Point } from '../../layout/types.ts';
import { canvasEdges, curveMidpoint, edgeAt, paintEdges, type RenderOptions } from '../../render/index.ts';
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

/** Paints the SVG's canvas edges onto the stage's canvas (made on first use, under the SVG) and returns it. */
export function showCanvasLayer(stage: HTMLElement, svg: SVGSVGElement, size: CanvasLayerSize): HTMLCanvasElement {
  let canvas = stage.querySelector<HTMLCanvasElement>(':scope > canvas');
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.setAttribute('part', 'edge-canvas');
    Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    stage.prepend(canvas);
  }
  // The SVG lies on top: its own background would hide the edges.
  svg.style.position = 'relative';
  const rect = background(svg);
  if (rect) rect.style.fill = 'transparent';
  const w = Math.max(1, Math.round(size.width * size.pixelRatio));
  const h = Math.max(1, Math.round(size.height * size.pixelRatio));
  // Resizing clears the canvas: only on a real change.
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  const ctx = canvas.getContext('2d', { alpha: false });
  const painted = canvasEdges(svg);
  // No 2D canvas (a very old engine): the states still draw, the edges do not.
  if (ctx) {
    paintEdges(ctx, painted.edges, {
      width: size.width,
      height: size.height,
      pixelRatio: w / size.width,
      theme: size.theme,
      emphasis: painted.emphasis,
    });
  }
  return canvas;
}

/** Removes the canvas and gives the SVG its own background back. */
export function hideCanvasLayer(canvas: HTMLCanvasElement, svg: SVGSVGElement | null): void {
  canvas.remove();
  background(svg)?.style.removeProperty('fill');
}

/**
 * Render options for large graphs: for a dense view, edges on the canvas but those in
 * `keep` (ids, '' = none) as SVG elements; and, when the layout had to be scaled down to
 * fit the stage (`spacing` < 1), circles shrunk with it: the layout keeps circles apart
 * at full size, so at a third of the spacing full-size circles cover each other and the
 * edges between them.
 */
export function canvasOptions(
  dense: boolean,
  keep: readonly string[],
  spacing: number,
): Pick<RenderOptions, 'edgeLayer' | 'svgEdges' | 'radiusScale'> {
  return {
    ...(dense ? { edgeLayer: 'canvas', svgEdges: new Set(keep.filter(Boolean)) } : {}),
    ...(spacing < 1 ? { radiusScale: Math.max(MIN_RADIUS_SCALE, spacing) } : {}),
  };
}

/** Key of the painted edge under `p` (stage pixels), within `tolerance`. */
export function canvasEdgeAt(svg: SVGSVGElement, p: Point, tolerance: number): string | undefined {
  return edgeAt(canvasEdges(svg).edges, p, tolerance);
}

/** The painted edges as keyboard-navigation items, anchored at their midpoints. */
export function canvasNavItems(svg: SVGSVGElement): NavItem[] {
  return canvasEdges(svg).edges.map((e) => ({ kind: 'edge', id: e.key, ...curveMidpoint(e), source: e.supplier, target: e.recipient }));
}
