export { computeLayout } from './compute-layout.ts';
export { fitToViewport, type FitOptions } from './fit.ts';
export { lcg } from './lcg.ts';
export { nodeRadius, MIN_RADIUS, MAX_RADIUS } from './radius.ts';
export { round2 } from './round.ts';
export type { Bounds, LayoutInput, LayoutLink, LayoutNode, LayoutOptions, LayoutResult, Point } from './types.ts';
export {
  layoutRequest,
  encodeLayout,
  decodeLayout,
  isLayoutRequest,
  isLayoutResponse,
  type LayoutRequest,
  type LayoutResponse,
  type LayoutPayload,
} from './worker-protocol.ts';
