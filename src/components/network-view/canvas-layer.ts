// Registers the canvas edge layer (ADR 0006), painted in a worker where possible
// (ADR 0007). Imported by the explorer page and the iframe route; the single-file
// widget does without it (see the registry).
import { registerEdgeCanvasLayer } from './edge-canvas-registry.ts';
import { canvasEdgeAt, canvasNavItems, canvasOptions, hideCanvasLayer, showCanvasLayer } from './edge-layer.ts';
import { workerPainter, type EdgePainter } from './edge-painter.ts';

/**
 * (Re)registers the layer with `painter`; tests that read pixels register
 * mainThreadPainter(). Swap painters only while no view has a canvas layer, shown or
 * parked (a view that thinned out keeps its canvas): a canvas handed to one painter's
 * worker cannot be drawn by another.
 */
export function useEdgePainter(painter: EdgePainter): void {
  registerEdgeCanvasLayer({
    show: (stage, svg, size) => showCanvasLayer(stage, svg, size, painter),
    hide: (canvas, svg) => hideCanvasLayer(canvas, svg, painter),
    hit: canvasEdgeAt,
    navItems: canvasNavItems,
    options: canvasOptions,
  });
}

useEdgePainter(workerPainter());
