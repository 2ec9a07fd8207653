// Attribute writers shared by first render and updates. An element always ends up
// with its attributes in one fixed order (whatever it held before), so an updated
// SVG serializes byte-identically to a fresh render of the same view.
import { fmt } from './format.ts';
import { EMPHASIS_OPACITY, type Emphasis } from './highlight.ts';
import { THEME_TONES, type Theme } from './palette.ts';
import type { EdgeScene, NodeScene } from './scene.ts';
import { SVG_NS } from './svg.ts';

/** Attributes in their fixed order; undefined = absent. */
export type Attrs = Array<[string, string | undefined]>;

/**
 * What each element was last given by writeAttrs. Comparing with it, not with the
 * DOM, keeps updates free of attribute reads (NamedNodeMap access is slow in
 * Chromium). Others who write these attributes must go through `patch`.
 */
const written = new WeakMap<Element, Attrs>();

/** Index of the first attribute whose name or presence differs between two records (the shorter length if none). */
function firstPatternChange(a: Attrs, b: Attrs): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i]![0] !== b[i]![0] || (a[i]![1] === undefined) !== (b[i]![1] === undefined)) return i;
  }
  return n;
}

/**
 * Leaves `el` with exactly the defined `attrs`, in that order. Unchanged values are
 * not written (no style invalidation). When the set of present attributes changed
 * (an optional one came or went), only the attributes from that point on are
 * removed and re-added, in order: those before it stay, so a focused element does
 * not lose its tabindex (and with it the focus) when, say, its opacity appears.
 */
export function writeAttrs(el: Element, attrs: Attrs): void {
  const prev = written.get(el);
  written.set(el, attrs);
  let from = 0;
  if (prev) {
    from = firstPatternChange(prev, attrs);
    for (let i = 0; i < from; i++) {
      const [name, value] = attrs[i]!;
      if (value !== undefined && value !== prev[i]![1]) el.setAttribute(name, value);
    }
    for (let i = from; i < prev.length; i++) if (prev[i]![1] !== undefined) el.removeAttribute(prev[i]![0]);
  } else if (el.hasAttributes()) {
    // Not written here before (an adopted SVG): start from a clean element.
    while (el.attributes.length > 0) el.removeAttribute(el.attributes[0]!.name);
  }
  for (let i = from; i < attrs.length; i++) {
    const [name, value] = attrs[i]!;
    if (value !== undefined) el.setAttribute(name, value);
  }
}

/** Writes one attribute that writeAttrs also manages, keeping its record (and so the order) right. */
function patch(el: Element, name: string, value: string | undefined): void {
  const prev = written.get(el);
  const entry = prev?.find((a) => a[0] === name);
  if (entry) entry[1] = value;
  set(el, name, value);
}

/** Sets or removes one attribute, writing only on change. */
export function set(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function firstChild<K extends 'path' | 'circle' | 'text' | 'g'>(g: Element, tag: K, index: 0 | 1): SVGElementTagNameMap[K] {
  const first = g.firstElementChild;
  const found = index === 0 ? first : (first?.nextElementSibling ?? null);
  if (found && found.localName === tag) return found as SVGElementTagNameMap[K];
  const el = g.ownerDocument.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  g.insertBefore(el, found);
  return el;
}

const emphasisClass = (base: string, e: Emphasis) => (e === 'normal' ? base : `${base} is-${e}`);
const opacityAttr = (o: number) => (o === 1 ? undefined : fmt(o));

/** The attributes highlighting changes: class (always first) and opacity (always last), so order holds. */
export function writeEdgeEmphasis(g: Element, baseOpacity: number, emphasis: Emphasis): void {
  patch(g, 'class', emphasisClass('edge', emphasis));
  patch(g, 'opacity', opacityAttr(baseOpacity * EMPHASIS_OPACITY[emphasis]));
}

export function writeNodeEmphasis(g: Element, emphasis: Emphasis): void {
  patch(g, 'class', emphasisClass('node', emphasis));
  patch(g, 'opacity', opacityAttr(EMPHASIS_OPACITY[emphasis]));
}

export function writeEdge(g: Element, e: EdgeScene, emphasis: Emphasis): void {
  writeAttrs(g, [
    ['class', emphasisClass('edge', emphasis)],
    ['data-edge', e.key],
    ['data-source', e.supplier],
    ['data-target', e.recipient],
    ['data-category', e.category],
    ['data-status', e.status],
    ['data-style', e.style],
    ['data-in-return', e.inReturn.length > 0 ? e.inReturn.join(' ') : undefined],
    ['role', 'graphics-symbol'],
    ['aria-label', e.label],
    // The live view moves its one tab stop ('0') itself, outside this record.
    ['tabindex', '-1'],
    ['opacity', opacityAttr(e.opacity * EMPHASIS_OPACITY[emphasis])],
  ]);
  // The drawn path is the group's first child (the live view appends a hit path after it).
  writeAttrs(firstChild(g, 'path', 0), [
    ['d', e.d],
    ['fill', 'none'],
    ['stroke', e.stroke],
    ['stroke-width', fmt(e.width)],
    ['stroke-dasharray', e.dasharray],
    ['marker-end', `url(#${e.marker})`],
  ]);
}

export function writeNode(g: Element, n: NodeScene, emphasis: Emphasis, theme: Theme, fontSize: number): void {
  const tones = THEME_TONES[theme];
  writeAttrs(g, [
    ['class', emphasisClass('node', emphasis)],
    ['data-state', n.id],
    ['role', 'graphics-symbol'],
    ['aria-label', n.label],
    ['tabindex', '-1'],
    ['opacity', opacityAttr(EMPHASIS_OPACITY[emphasis])],
  ]);
  writeAttrs(firstChild(g, 'circle', 0), [
    ['cx', fmt(n.x)],
    ['cy', fmt(n.y)],
    ['r', fmt(n.r)],
    ['fill', tones.nodeFill],
    ['stroke', tones.nodeStroke],
    ['stroke-width', '1'],
  ]);
  // The label is a text in its own group, placed by the group's transform: Chromium
  // lays a text out again (shaping included) whenever its x or y changes, but not
  // when an ancestor moves, and labels move on most range changes as circles resize.
  // A label without room stays in the element, hidden, so updates can bring it back;
  // the text is hidden, not the group (measured: toggling a group's display cost
  // ~3 ms more layout per change at 30,000 deals).
  const p = n.placement;
  const label = firstChild(g, 'g', 1);
  writeAttrs(label, [
    ['class', 'label'],
    ['transform', `translate(${fmt(p ? p.x : n.x + n.r + 3)} ${fmt(p ? p.y : n.y + fontSize * 0.35)})`],
    ['aria-hidden', 'true'], // the group's aria-label already names the state
  ]);
  const text = firstChild(label, 'text', 0);
  writeAttrs(text, [
    ['text-anchor', p ? p.anchor : 'start'],
    ['font-size', String(fontSize)],
    ['fill', tones.label],
    ['stroke', tones.halo],
    ['stroke-width', '3'],
    ['stroke-linejoin', 'round'],
    ['paint-order', 'stroke'],
    // Last: writeAttrs rewrites every attribute after one that comes or goes.
    ['display', p ? undefined : 'none'],
  ]);
  if (text.textContent !== n.text) text.textContent = n.text;
}
