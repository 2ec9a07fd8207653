// Edges are thin; a wider invisible stroke per edge makes them easy to hover and
// tap. Added to the live DOM only (exports render afresh through renderNetwork).
import { SVG_NS } from '../../render/svg.ts';

export const HIT_WIDTH = 14;

/**
 * Gives every edge group a `path.hit` after its drawn path, with the same
 * geometry. The drawn path stays the group's first <path>, which is the one
 * updateNetwork rewrites.
 */
export function syncHitAreas(svg: SVGSVGElement): void {
  for (const g of svg.querySelectorAll('g.edges > g[data-edge]')) {
    const drawn = g.querySelector('path:not(.hit)');
    if (!drawn) continue;
    let hit = g.querySelector('path.hit');
    if (!hit) {
      hit = g.ownerDocument.createElementNS(SVG_NS, 'path');
      hit.setAttribute('class', 'hit');
      hit.setAttribute('fill', 'none');
      hit.setAttribute('stroke', 'transparent');
      hit.setAttribute('stroke-width', String(HIT_WIDTH));
      hit.setAttribute('pointer-events', 'stroke');
      hit.setAttribute('aria-hidden', 'true');
      g.append(hit);
    }
    const d = drawn.getAttribute('d') ?? '';
    if (hit.getAttribute('d') !== d) hit.setAttribute('d', d);
  }
}
