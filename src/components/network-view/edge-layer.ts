// The live view's canvas edge layer (ADR 0006): a <canvas> under the SVG,
// sized to the stage in device pixels, repainted from what the last render or
// update left to it. Hidden from assistive technology: the edges' names live on
// in the SVG's description, the table and the kept (focused) edge elements.
import { paintEdges, type CanvasEdges } from '../../render/index.ts';
import type { Theme } from '../../render/palette.ts';

export interface CanvasLayerSize {
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  readonly theme: Theme;
}

export function paintCanvasLayer(canvas: HTMLCanvasElement, painted: CanvasEdges, size: CanvasLayerSize): void {
  const w = Math.max(1, Math.round(size.width * size.pixelRatio));
  const h = Math.max(1, Math.round(size.height * size.pixelRatio));
  // Resizing clears the canvas: only on a real change.
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  // CSSOM, not a style attribute: a strict Content-Security-Policy allows it.
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.setAttribute('part', 'edge-canvas');
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) return; // no 2D canvas (a very old engine): the nodes still draw, edges not
  paintEdges(ctx, painted.edges, {
    width: size.width,
    height: size.height,
    pixelRatio: w / Math.max(1, size.width),
    theme: size.theme,
    emphasis: painted.emphasis,
  });
}
