// Edges are thin; a wider invisible stroke per edge makes them easy to hover and
// tap. Added to the live DOM only (exports render afresh through renderNetwork).
import { SVG_NS } from '../../render/svg.ts';

export const HIT_WIDTH = 14;

/**
 * Gives each of the edge groups a `path.hit` after its drawn path, with the same
 * geometry. The drawn path stays the group's first child, which is the one
 * updateNetwork rewrites. Other elements (states) are skipped, so the caller
 * can pass whatever an update added or reshaped.
 */
export function syncHitAreas(groups: Iterable<Element>): void {
  for (const g of groups) {
    if (!g.hasAttribute('data-edge')) continue;
    const drawn = g.firstElementChild;
    if (!drawn || drawn.localName !== 'path' || drawn.classList.contains('hit')) continue;
    let hit = g.querySelector(':scope > path.hit');
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
