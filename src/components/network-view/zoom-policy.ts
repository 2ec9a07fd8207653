// Which input zooms or pans the stage (docs/network-view.md, "Zoom policy"):
//  - the wheel zooms only with Ctrl or Cmd held (a trackpad pinch arrives as
//    ctrl+wheel), so a plain wheel always scrolls the page;
//  - double-click never zooms (reserved for releasing dragged nodes);
//  - a press on a node is a node drag, never a pan;
//  - only a mouse's primary button or a pen in contact pans;
//  - on touch, only two-finger gestures (pinch, two-finger pan) reach the graph:
//    one finger scrolls the page, as readers expect inside an article.

/** The node element an event started on, if any. */
export function nodeOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('g[data-state]') : null;
}

/** A wheel event the graph takes (and keeps from the page). */
export function wheelZooms(event: WheelEvent): boolean {
  return event.ctrlKey || event.metaKey;
}

/** A press that starts a pan: mouse primary button or pen contact, on the background. */
export function pansGraph(event: PointerEvent): boolean {
  return event.pointerType !== 'touch' && event.button === 0 && !nodeOf(event.target);
}

/**
 * Zoom factor of a wheel step: 2^delta with d3-zoom's step (pixel, line and page
 * modes), ×10 for a zooming wheel so a trackpad pinch feels direct.
 */
export function wheelFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode'>): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return 2 ** (-event.deltaY * unit * 10);
}
