// Web Worker entry (ADR 0007): owns the canvas edge layer's canvases (handed over
// as OffscreenCanvas) and draws the page's PaintJobs on them, so issuing thousands
// of canvas calls and rasterising them never holds up the page's frame.
import { drawPaintJob, type EdgeCanvasContext } from '../../render/edge-canvas.ts';
import type { EdgePaintRequest, PaintedMessage, PaintMessage } from './edge-paint-protocol.ts';

// The worker global, typed narrowly: tsconfig's lib is DOM, not WebWorker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EdgePaintRequest>) => void) | null;
  postMessage(message: PaintedMessage): void;
};

const canvases = new Map<number, OffscreenCanvas>();
/** Latest job per canvas: jobs that arrive faster than they are drawn replace each other. */
const pending = new Map<number, PaintMessage>();
let scheduled = false;

function flush(): void {
  scheduled = false;
  for (const [id, m] of pending) {
    const canvas = canvases.get(id);
    if (!canvas) continue;
    // Resizing clears the canvas: only on a real change.
    if (canvas.width !== m.deviceWidth) canvas.width = m.deviceWidth;
    if (canvas.height !== m.deviceHeight) canvas.height = m.deviceHeight;
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) continue;
    drawPaintJob(ctx as unknown as EdgeCanvasContext, m.job);
    if (m.confirm) ctx.getImageData(0, 0, 1, 1);
    scope.postMessage({ type: 'edge-painted', id, seq: m.seq, at: performance.timeOrigin + performance.now() });
  }
  pending.clear();
}

scope.onmessage = (event) => {
  const m = event.data;
  if (m.type === 'edge-canvas') canvases.set(m.id, m.canvas);
  else if (m.type === 'edge-release') {
    canvases.delete(m.id);
    pending.delete(m.id);
  } else if (m.type === 'edge-paint') {
    pending.set(m.id, m);
    // Draw after the messages already queued, so a burst ends in one paint.
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  }
};
