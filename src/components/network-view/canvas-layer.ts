// Registers the canvas edge layer (ADR 0006). Imported by the explorer page and
// the iframe route; the single-file widget does without it (see the registry).
import { registerEdgeCanvasLayer } from './edge-canvas-registry.ts';
import { canvasEdgeAt, canvasNavItems, canvasOptions, hideCanvasLayer, showCanvasLayer } from './edge-layer.ts';

registerEdgeCanvasLayer({
  show: showCanvasLayer,
  hide: hideCanvasLayer,
  hit: canvasEdgeAt,
  navItems: canvasNavItems,
  options: canvasOptions,
});
