// View sizes at which the stage changes how it draws. Own file, free of the DOM, so
// Node-side tests (e2e) can read them.

/**
 * Views with more edges than this skip the fades of entering and leaving elements: on a CPU
 * raster, every frame of a fade repaints each fading path, which roughly doubled the
 * cost of a range change at 130–400 edges (docs/performance.md).
 */
export const FADE_MAX_EDGES = 150;
/** Views with more edges than this draw them on a canvas layer (ADR 0006, 0009). */
export const EDGE_CANVAS_MIN = 150;
/** How long a leaving element's copy stays while it fades (the styles' 240 ms fade). */
export const FADE_MS = 240;
