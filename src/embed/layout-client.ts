// The page's way to get the union layout: stored positions when every state has
// one (no simulation at all), else a Web Worker, else — no Worker support, or one
// blocked by a Content-Security-Policy — the same computeLayout on the main thread.
import type { Graph } from '../data/types.ts';
import { computeLayout } from '../layout/compute-layout.ts';
import type { LayoutInput, LayoutOptions, LayoutResult } from '../layout/types.ts';
import { decodeLayout, isLayoutResponse, layoutRequest } from '../layout/worker-protocol.ts';
import { unionGraph } from '../model/union.ts';

/** How the layout was obtained, for diagnostics and the benchmark. */
export type LayoutSource = 'stored' | 'worker' | 'main-thread' | 'small';

export interface LayoutClientOptions extends LayoutOptions {
  /** Creates the worker; default: the bundled src/embed/layout-worker.ts. Tests inject failing ones. */
  readonly createWorker?: () => Worker;
  /**
   * Unions with fewer nodes + links than this are laid out on the main thread:
   * starting a worker (~0.1–1 s on a busy 2-core machine) costs more than their
   * layout (tens of ms). Default 1,000; 0 always uses a worker.
   */
  readonly workerThreshold?: number;
  /** Called once with how the layout was obtained. */
  readonly onSource?: (source: LayoutSource) => void;
}

export function defaultWorker(): Worker {
  // This exact `new Worker(new URL(…, import.meta.url), { type: 'module' })` form is
  // what Vite recognises to bundle the worker as its own chunk.
  return new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
}

/** The union of the graph as layout input (stored positions become pinned nodes). */
export function layoutInputOf(graph: Graph): LayoutInput {
  return unionGraph(graph);
}

let nextId = 1;

/**
 * Layout of the graph's union, off the main thread when possible. Resolves to
 * exactly what computeLayout(layoutInputOf(graph), options) returns.
 */
export function layoutInWorker(graph: Graph, options: LayoutClientOptions = {}): Promise<LayoutResult> {
  return layoutInputInWorker(layoutInputOf(graph), options);
}

/** The widget's layout strategy for pages that can start workers (the explorer and the iframe route). */
export const workerLayout = (graph: Graph): Promise<LayoutResult> => layoutInWorker(graph);

export function layoutInputInWorker(input: LayoutInput, options: LayoutClientOptions = {}): Promise<LayoutResult> {
  const { createWorker = defaultWorker, onSource, workerThreshold = 1000, ...layoutOptions } = options;
  const mainThread = (source: LayoutSource): LayoutResult => {
    onSource?.(source);
    return computeLayout(input, layoutOptions);
  };
  // Every state pinned: computeLayout with zero ticks only copies and rounds.
  if (input.nodes.length > 0 && input.nodes.every((n) => n.fixed)) {
    onSource?.('stored');
    return Promise.resolve(computeLayout(input, { ...layoutOptions, ticks: 0 }));
  }
  if (input.nodes.length + input.links.length < workerThreshold) return Promise.resolve(mainThread('small'));
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return Promise.resolve(mainThread('main-thread'));
    worker = createWorker();
  } catch {
    // SecurityError under a CSP without worker-src/script-src for the chunk.
    return Promise.resolve(mainThread('main-thread'));
  }
  const id = nextId++;
  return new Promise<LayoutResult>((resolve, reject) => {
    let settled = false;
    const finish = (f: () => LayoutResult) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      try {
        resolve(f());
      } catch (error) {
        reject(error);
      }
    };
    // A worker script that fails to load (blocked, 404, syntax) reports here, asynchronously.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(() => mainThread('main-thread'));
    });
    worker.addEventListener('messageerror', () => finish(() => mainThread('main-thread')));
    worker.addEventListener('message', (event: MessageEvent) => {
      const data: unknown = event.data;
      if (!isLayoutResponse(data) || data.id !== id) return;
      if (data.type === 'layout-error') finish(() => mainThread('main-thread'));
      else
        finish(() => {
          onSource?.('worker');
          return decodeLayout(data);
        });
    });
    try {
      worker.postMessage(layoutRequest(id, input, layoutOptions));
    } catch {
      finish(() => mainThread('main-thread'));
    }
  });
}
