// When d3-zoom may act (docs/network-view.md, "Zoom policy"):
//  - the wheel zooms only with Ctrl or Cmd held (a trackpad pinch arrives as
//    ctrl+wheel), so a plain wheel always scrolls the page;
//  - double-click never zooms (reserved for releasing dragged nodes);
//  - a press on a node is a node drag, never a pan;
//  - only the primary button pans;
//  - on touch, only two-finger gestures (pinch, two-finger pan) reach the graph:
//    one finger scrolls the page, as readers expect inside an article.

/** The node element an event started on, if any. */
export function nodeOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('g[data-state]') : null;
}

export function zoomFilter(event: Event): boolean {
  if (event.type === 'wheel') {
    const w = event as WheelEvent;
    return w.ctrlKey || w.metaKey;
  }
  if (event.type === 'dblclick') return false;
  if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
  if ((event as MouseEvent).button) return false;
  if (nodeOf(event.target)) return false;
  return true;
}

/** d3-zoom's default step, with Cmd treated like Ctrl (the default speeds up only ctrl, i.e. pinch). */
export function wheelDelta(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return -event.deltaY * unit * (event.ctrlKey || event.metaKey ? 10 : 1);
}
