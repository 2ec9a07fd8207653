// Web Worker entry: runs the union layout off the main thread so the page stays
// responsive while d3-force ticks (~0.5–1 s at SIPRI scale). Same function as the
// main thread, so the answer is identical (test/browser/layout-worker.test.ts).
import { computeLayout } from '../layout/compute-layout.ts';
import { encodeLayout, isLayoutRequest, type LayoutResponse } from '../layout/worker-protocol.ts';

// The worker global, typed narrowly: tsconfig's lib is DOM, not WebWorker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = (event: MessageEvent) => {
  const request: unknown = event.data;
  if (!isLayoutRequest(request)) return;
  try {
    const t0 = performance.now();
    const result = computeLayout(request.input, request.options);
    scope.postMessage({ type: 'layout-result', id: request.id, ms: performance.now() - t0, ...encodeLayout(result) });
  } catch (error) {
    scope.postMessage({ type: 'layout-error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
