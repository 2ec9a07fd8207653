// Where <atn-network-view> finds its canvas edge layer (ADR 0006). The layer is
// registered, not imported, so the single-file widget can leave it out (its size
// budget; embeds rarely reach thousands of edges) while the explorer page and
// the iframe route register it by importing ./canvas-layer.ts. Without it, every
// view draws its edges in SVG.
import type { canvasEdgeAt, canvasNavItems, canvasOptions, hideCanvasLayer, showCanvasLayer } from './edge-layer.ts';

export interface EdgeCanvasLayer {
  readonly show: typeof showCanvasLayer;
  readonly hide: typeof hideCanvasLayer;
  readonly hit: typeof canvasEdgeAt;
  readonly navItems: typeof canvasNavItems;
  readonly options: typeof canvasOptions;
}

let registered: EdgeCanvasLayer | undefined;

export function registerEdgeCanvasLayer(layer: EdgeCanvasLayer): void {
  registered = layer;
}

export function edgeCanvasLayer(): EdgeCanvasLayer | undefined {
  return registered;
}
