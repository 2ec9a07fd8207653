// Who draws the canvas edge layer's PaintJobs (ADR 0007). The worker painter
// hands each canvas to a Web Worker (transferControlToOffscreen) and posts it the
// jobs: the page's frame then carries only the states and labels, while the
// worker issues the canvas calls and rasterises in parallel. Where that is not
// possible (no OffscreenCanvas, no Worker, a Content-Security-Policy that blocks
// it, a worker that fails) the same job is drawn on the page's thread.
// Either way the canvas fires `atn-edges-painted` once a job is on it.
import { drawPaintJob, type PaintJob } from '../../render/index.ts';
import { createEdgeCanvas } from './edge-canvas-element.ts';
import type { EdgePaintRequest, PaintedMessage } from './edge-paint-protocol.ts';
import { emit } from '../shared/events.ts';

export interface DeviceSize {
  readonly width: number;
  readonly height: number;
}

export interface EdgePainter {
  /** Draws `job` on `canvas`, whose backing store becomes `device` pixels; may return before it is on screen. */
  paint(canvas: HTMLCanvasElement, job: PaintJob, device: DeviceSize): void;
  /** The canvas leaves the page: forget it. */
  release(canvas: HTMLCanvasElement): void;
  /** How many jobs `canvas` has been given: its `atn-edges-painted` with this `seq` shows the latest. */
  posted(canvas: HTMLCanvasElement): number;
}

/** Jobs given per canvas, whichever painter drew them. */
const jobs = new WeakMap<HTMLCanvasElement, number>();
const nextJob = (canvas: HTMLCanvasElement): number => {
  const n = (jobs.get(canvas) ?? 0) + 1;
  jobs.set(canvas, n);
  return n;
};
const posted = (canvas: HTMLCanvasElement): number => jobs.get(canvas) ?? 0;

function drawHere(canvas: HTMLCanvasElement, job: PaintJob, device: DeviceSize): void {
  const seq = nextJob(canvas);
  // Resizing clears the canvas: only on a real change.
  if (canvas.width !== device.width) canvas.width = device.width;
  if (canvas.height !== device.height) canvas.height = device.height;
  const ctx = canvas.getContext('2d', { alpha: false });
  // No 2D canvas (a very old engine): the states still draw, the edges do not.
  if (ctx) drawPaintJob(ctx, job);
  emit(canvas, 'atn-edges-painted', { at: performance.now(), offThread: false, seq });
}

/** Draws on the page's thread, at once. */
export function mainThreadPainter(): EdgePainter {
  return { paint: drawHere, release: () => {}, posted };
}

export interface WorkerPainterOptions {
  /** Creates the worker; default: the bundled edge-paint-worker.ts. Tests inject failing ones. */
  readonly createWorker?: () => Worker;
  /** Have the worker rasterise before it reports a paint, so `at` includes it (the benchmark). */
  readonly confirmRaster?: boolean;
}

export function defaultEdgeWorker(): Worker {
  // The `new Worker(new URL(…, import.meta.url), { type: 'module' })` form Vite bundles as its own chunk.
  return new Worker(new URL('./edge-paint-worker.ts', import.meta.url), { type: 'module' });
}

/** A canvas handed to a worker cannot be drawn here: swap in a fresh element and draw that. */
function redrawHere(canvas: HTMLCanvasElement, job: PaintJob, device: DeviceSize): void {
  const fresh = createEdgeCanvas();
  fresh.style.width = canvas.style.width;
  fresh.style.height = canvas.style.height;
  fresh.style.display = canvas.style.display; // a parked canvas stays out of sight
  canvas.replaceWith(fresh);
  drawHere(fresh, job, device);
}

interface Handed {
  readonly canvas: HTMLCanvasElement;
  /** The last job sent, to redraw on the page should the worker fail. */
  last: { readonly job: PaintJob; readonly device: DeviceSize } | undefined;
}

/** Draws in a worker where it can, else on the page's thread (see the file's head). */
export function workerPainter(options: WorkerPainterOptions = {}): EdgePainter {
  const { createWorker = defaultEdgeWorker, confirmRaster = false } = options;
  /** undefined: not started yet; null: unavailable, draw on the page. */
  let worker: Worker | null | undefined;
  let nextId = 1;
  const handed = new Map<number, Handed>();
  const ids = new WeakMap<HTMLCanvasElement, number>();

  const send = (message: EdgePaintRequest, transfer: Transferable[] = []) => worker?.postMessage(message, transfer);

  // The worker is gone: a canvas handed to it can no longer be drawn here, so each
  // is replaced by a fresh element, drawn on the page from its last job.
  const fail = () => {
    worker?.terminate();
    worker = null;
    for (const { canvas, last } of handed.values()) {
      if (canvas.isConnected && last) redrawHere(canvas, last.job, last.device);
    }
    handed.clear();
  };

  const start = (): Worker | null => {
    if (worker !== undefined) return worker;
    if (typeof Worker === 'undefined' || !('transferControlToOffscreen' in HTMLCanvasElement.prototype)) return (worker = null);
    try {
      worker = createWorker();
    } catch {
      return (worker = null);
    }
    worker.onerror = fail;
    worker.onmessageerror = fail;
    worker.onmessage = (event: MessageEvent<PaintedMessage>) => {
      const entry = handed.get(event.data.id);
      if (entry) emit(entry.canvas, 'atn-edges-painted', { at: event.data.at - performance.timeOrigin, offThread: true, seq: event.data.seq });
    };
    return worker;
  };

  return {
    paint(canvas, job, device) {
      let id = ids.get(canvas);
      if (id === undefined) {
        // A canvas drawn here before (it has a context) cannot be handed over.
        let offscreen: OffscreenCanvas | undefined;
        if (start()) {
          try {
            offscreen = canvas.transferControlToOffscreen();
          } catch {
            offscreen = undefined;
          }
        }
        if (!offscreen) {
          drawHere(canvas, job, device);
          return;
        }
        id = nextId++;
        ids.set(canvas, id);
        handed.set(id, { canvas, last: undefined });
        send({ type: 'edge-canvas', id, canvas: offscreen }, [offscreen]);
      }
      const entry = handed.get(id);
      if (!entry || !worker) {
        // Handed to a worker that has since failed (or released) while off the page:
        // only a fresh canvas can be drawn here.
        if (canvas.isConnected) redrawHere(canvas, job, device);
        return;
      }
      entry.last = { job, device };
      // The worker gets its own copy of the curves, moved rather than cloned: cloning
      // ~100 KB per change in postMessage took ~0.6 ms median on the page (the page
      // keeps `job` for a fallback redraw).
      const coords = job.coords.slice();
      send({ type: 'edge-paint', id, seq: nextJob(canvas), job: { ...job, coords }, deviceWidth: device.width, deviceHeight: device.height, confirm: confirmRaster }, [coords.buffer]);
    },
    posted,
    release(canvas) {
      const id = ids.get(canvas);
      if (id === undefined) return;
      handed.delete(id);
      send({ type: 'edge-release', id });
    },
  };
}
