// Arrowheads: one <marker> per category colour. Not `context-stroke`: rsvg-convert
// and older browsers do not support it, and exports must render anywhere.
// userSpaceOnUse keeps every arrow the same size whatever the edge width.
import type { Category } from '../data/vocabulary.ts';
import { ARROW_LENGTH, ARROW_WIDTH } from './edge-path.ts';
import { fmt } from './format.ts';
import { categoryColour, categoriesInOrder, type Theme } from './palette.ts';
import { SVG_NS } from './svg.ts';

export function markerId(idPrefix: string, category: Category): string {
  return `${idPrefix}-arrow-${category}`;
}

export function createMarker(doc: Document, idPrefix: string, category: Category, theme: Theme): SVGMarkerElement {
  const marker = doc.createElementNS(SVG_NS, 'marker');
  marker.setAttribute('id', markerId(idPrefix, category));
  marker.setAttribute('viewBox', `0 0 ${fmt(ARROW_LENGTH)} ${fmt(ARROW_WIDTH)}`);
  // Base of the arrow sits on the path's end; the tip reaches the circle (edge-path.ts).
  marker.setAttribute('refX', '0');
  marker.setAttribute('refY', fmt(ARROW_WIDTH / 2));
  marker.setAttribute('markerUnits', 'userSpaceOnUse');
  marker.setAttribute('markerWidth', fmt(ARROW_LENGTH));
  marker.setAttribute('markerHeight', fmt(ARROW_WIDTH));
  marker.setAttribute('orient', 'auto');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', `M0,0L${fmt(ARROW_LENGTH)},${fmt(ARROW_WIDTH / 2)}L0,${fmt(ARROW_WIDTH)}z`);
  path.setAttribute('fill', categoryColour(category, theme));
  marker.append(path);
  return marker as SVGMarkerElement;
}

/** Markers for the given categories, in CATEGORIES order. */
export function createMarkers(
  doc: Document,
  idPrefix: string,
  categories: Iterable<Category>,
  theme: Theme,
): SVGMarkerElement[] {
  return categoriesInOrder(categories).map((c) => createMarker(doc, idPrefix, c, theme));
}
