// Attribute writers shared by first render and cheap updates. Fresh elements get
// their attributes in this fixed order, which keeps serialized SVG byte-stable.
import { fmt } from './format.ts';
import { EMPHASIS_OPACITY, type Emphasis } from './highlight.ts';
import { THEME_TONES, type Theme } from './palette.ts';
import type { EdgeScene, NodeScene } from './scene.ts';
import { SVG_NS } from './svg.ts';

function set(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function child<K extends 'path' | 'circle' | 'text'>(g: Element, tag: K): SVGElementTagNameMap[K] {
  const found = g.querySelector(tag);
  if (found) return found as SVGElementTagNameMap[K];
  const el = g.ownerDocument.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  g.append(el);
  return el;
}

const emphasisClass = (base: string, e: Emphasis) => (e === 'normal' ? base : `${base} is-${e}`);
const opacityAttr = (o: number) => (o === 1 ? undefined : fmt(o));

export function writeEdge(g: Element, e: EdgeScene, emphasis: Emphasis): void {
  set(g, 'class', emphasisClass('edge', emphasis));
  set(g, 'data-edge', e.key);
  set(g, 'data-source', e.supplier);
  set(g, 'data-target', e.recipient);
  set(g, 'data-category', e.category);
  set(g, 'data-status', e.status);
  set(g, 'data-style', e.style);
  set(g, 'data-in-return', e.inReturn.length > 0 ? e.inReturn.join(' ') : undefined);
  set(g, 'role', 'graphics-symbol');
  set(g, 'aria-label', e.label);
  set(g, 'tabindex', '-1');
  set(g, 'opacity', opacityAttr(e.opacity * EMPHASIS_OPACITY[emphasis]));
  g.removeAttribute('display');
  g.removeAttribute('data-hidden');
  const path = child(g, 'path');
  set(path, 'd', e.d);
  set(path, 'fill', 'none');
  set(path, 'stroke', e.stroke);
  set(path, 'stroke-width', fmt(e.width));
  set(path, 'stroke-dasharray', e.dasharray);
  set(path, 'marker-end', `url(#${e.marker})`);
}

export function writeNode(g: Element, n: NodeScene, emphasis: Emphasis, theme: Theme, fontSize: number): void {
  const tones = THEME_TONES[theme];
  set(g, 'class', emphasisClass('node', emphasis));
  set(g, 'data-state', n.id);
  set(g, 'role', 'graphics-symbol');
  set(g, 'aria-label', n.label);
  set(g, 'tabindex', '-1');
  set(g, 'opacity', opacityAttr(EMPHASIS_OPACITY[emphasis]));
  g.removeAttribute('display');
  g.removeAttribute('data-hidden');
  const circle = child(g, 'circle');
  set(circle, 'cx', fmt(n.x));
  set(circle, 'cy', fmt(n.y));
  set(circle, 'r', fmt(n.r));
  set(circle, 'fill', tones.nodeFill);
  set(circle, 'stroke', tones.nodeStroke);
  set(circle, 'stroke-width', '1');
  const text = child(g, 'text');
  // A label without room stays in the DOM, hidden, so updates can bring it back.
  const p = n.placement;
  set(text, 'x', fmt(p ? p.x : n.x + n.r + 3));
  set(text, 'y', fmt(p ? p.y : n.y + fontSize * 0.35));
  set(text, 'text-anchor', p ? p.anchor : 'start');
  set(text, 'font-size', String(fontSize));
  set(text, 'fill', tones.label);
  set(text, 'stroke', tones.halo);
  set(text, 'stroke-width', '3');
  set(text, 'stroke-linejoin', 'round');
  set(text, 'paint-order', 'stroke');
  set(text, 'aria-hidden', 'true'); // the group's aria-label already names the state
  set(text, 'display', p ? undefined : 'none');
  if (text.textContent !== n.text) text.textContent = n.text;
}

/** Hide an element that the current view does not contain; it keeps its place for later. */
export function hide(g: Element): void {
  set(g, 'display', 'none');
  set(g, 'data-hidden', 'true');
}
