// Page-side probes of <arms-transfer-network> for e2e tests. The widget nests shadow
// roots (widget → atn-network-view → svg), so queries walk every open shadow root.
// The page functions define no named inner functions: tsx would wrap those in a
// `__name` helper that does not exist in the page.
import type { Frame, Page } from 'playwright-core';

export interface WidgetState {
  readonly id: string;
  readonly from: string | null;
  readonly to: string | null;
  /** States drawn (g[data-state] anywhere in the widget's shadow trees). */
  readonly states: number;
  /** Edges currently shown (g[data-edge] not marked data-hidden="true"). */
  readonly visibleEdges: number;
  /** Text of the error box (part="error"), or null. */
  readonly error: string | null;
}

/** Reads every widget on the page (or frame), in document order. */
export function widgetStates(target: Page | Frame): Promise<WidgetState[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll('arms-transfer-network')].map((w) => {
      // Every shadow root inside the widget, the widget's own first.
      const roots: ShadowRoot[] = [];
      const queue: (ShadowRoot | null)[] = [w.shadowRoot];
      while (queue.length > 0) {
        const r = queue.shift();
        if (!r) continue;
        roots.push(r);
        for (const el of r.querySelectorAll('*')) queue.push(el.shadowRoot);
      }
      const error = roots.flatMap((r) => [...r.querySelectorAll('[part~="error"]')])[0];
      return {
        id: w.id,
        from: w.getAttribute('from'),
        to: w.getAttribute('to'),
        states: roots.flatMap((r) => [...r.querySelectorAll('svg g[data-state]')]).length,
        visibleEdges: roots
          .flatMap((r) => [...r.querySelectorAll('svg g[data-edge]')])
          .filter((e) => e.getAttribute('data-hidden') !== 'true').length,
        error: error ? (error.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
      };
    }),
  );
}

/** Waits until every widget on the page has drawn states or shows an error. */
export async function waitForWidgets(target: Page | Frame, timeout = 20_000): Promise<WidgetState[]> {
  await target.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('arms-transfer-network')];
      return (
        widgets.length > 0 &&
        widgets.every((w) => {
          const queue: (ShadowRoot | null)[] = [w.shadowRoot];
          while (queue.length > 0) {
            const r = queue.shift();
            if (!r) continue;
            if (r.querySelector('svg g[data-state], [part~="error"]')) return true;
            for (const el of r.querySelectorAll('*')) queue.push(el.shadowRoot);
          }
          return false;
        })
      );
    },
    undefined,
    { timeout },
  );
  return widgetStates(target);
}
