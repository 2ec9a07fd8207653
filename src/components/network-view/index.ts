export { NetworkView, NARROW_WIDTH, ZOOM_STEP, SCALE_EXTENT } from './network-view.ts';
export { spatialNext, stepEdge, stepNode, nodeOrder, edgesOf, type NavItem, type Direction } from './spatial-nav.ts';
export { nodeOf, wheelZooms, pansGraph, wheelFactor } from './zoom-policy.ts';
export { applyZoom, invertZoom, clampScale, zoomAt, pan, pinch, sameZoom, ZOOM_IDENTITY, type ZoomTransform } from './zoom-transform.ts';
export { syncHitAreas, HIT_WIDTH } from './hit-areas.ts';
export { affineBetween, applyAffine, invertAffine, pathMidpoint, type Affine } from './geometry.ts';
import './define.ts';
