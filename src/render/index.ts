export { renderNetwork, FONT_FAMILY } from './network.ts';
export { updateNetwork, prepareUpdate, applyHighlight, type UpdateResult } from './update.ts';
export {
  buildScene,
  createSceneCache,
  networkArea,
  NARROW_RADIUS_SCALE,
  type RenderOptions,
  type Scene,
  type SceneCache,
  type EdgeScene,
  type NodeScene,
} from './scene.ts';
export { paintedEdge, unpackPainted, NO_PAINTED_EDGES, type PaintedEdge, type PaintedEdges } from './painted-edges.ts';
export { drawPaintJob, paintEdges, dashPolyline, type EdgeCanvasContext } from './edge-canvas.ts';
export {
  paintJob,
  paintedAlpha,
  weightLevel,
  CANVAS_DASHES,
  type PaintBatch,
  type PaintJob,
  type PaintOptions,
} from './paint-job.ts';
export { edgeAt, distanceToCurve, curveMidpoint } from './edge-hit.ts';
export { networkItems, canvasEdges, type NetworkItems, type CanvasEdges } from './dom-state.ts';
export { resolveHighlight, EMPHASIS_OPACITY, type Highlight, type Emphasis, type HighlightState, type HighlightEdge } from './highlight.ts';
export { edgeLabel, nodeLabel } from './names.ts';
export { CATEGORY_COLOURS, THEME_TONES, categoryColour, categoriesInOrder, type Theme, type ThemeTones } from './palette.ts';
export { nodeRadius, edgeWidth, edgeWidthForCount, MIN_EDGE_WIDTH, MAX_EDGE_WIDTH } from './scales.ts';
export { edgePath, edgeCurve, edgeBends, writeCurve, curveAt, COORDS_PER_EDGE, ARROW_LENGTH, ARROW_WIDTH, BASE_BEND, BEND_STEP, type EdgeGeometry, type EdgeCurve, type EdgeGeometryInput, type BendableEdge } from './edge-path.ts';
export { createMarker, createMarkers, markerId } from './markers.ts';
export { lineStyleAttributes, LINE_STYLE_LABELS, type LineStyleAttributes } from './line-style.ts';
export {
  placeLabels,
  labelCandidates,
  listIndex,
  estimateTextWidth,
  rectsOverlap,
  rectCircleOverlap,
  GLYPH_WIDTH_FACTOR,
  type LabelPlacement,
  type LabelRequest,
  type LabelOptions,
  type Rect,
  type Circle,
  type BoxIndex,
} from './labels.ts';
export { rectGrid } from './rect-grid.ts';
export { renderLegend, legendContent, legendRect, type LegendContent } from './legend.ts';
export { fmt } from './format.ts';
