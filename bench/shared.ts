// Helpers shared by the benchmark pages (bench/ours.ts, bench/baseline.ts).

/**
 * Resolves with performance.now() after the next frame has been produced: the
 * rAF callback runs before style/layout/paint of that frame, and a message posted
 * from it is delivered after them, so the timestamp includes the rendering work.
 */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

export interface FrameTiming {
  /** The work itself (a range change: model + update), ms. */
  readonly work: number;
  /**
   * From the start of the frame that carries the change to the end of that frame's
   * main-thread rendering (style, layout, paint): the "within one frame" budget.
   */
  readonly frame: number;
  /** From the start of that frame to the start of the next one: 16.7 ms unless frames were dropped. */
  readonly interval: number;
  /** performance.now() at the start of the frame. */
  readonly start: number;
}

/**
 * Runs `work` at the start of a frame, as an input handled in that frame would be
 * (a rAF callback; microtasks such as lit's update settle before the frame's
 * rendering), and times it, the frame's rendering and the gap to the next frame.
 */
export function inFrame(work: () => void | Promise<void>): Promise<FrameTiming> {
  return new Promise((resolve, reject) =>
    requestAnimationFrame(async () => {
      const t0 = performance.now();
      try {
        await work();
      } catch (error) {
        reject(error);
        return;
      }
      const t1 = performance.now();
      let frameEnd = 0;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (frameEnd = performance.now());
      channel.port2.postMessage(0);
      requestAnimationFrame(() => {
        const next = performance.now();
        // The message is delivered after this frame's rendering; if the next frame
        // started first (it cannot, but be safe), count up to the next frame.
        resolve({ work: t1 - t0, frame: (frameEnd || next) - t0, interval: next - t0, start: t0 });
      });
    }),
  );
}

export const VIEWPORT = { width: 1280, height: 800 } as const;
const FIVE_YEARS = Math.round(5 * 365.25);

/** 30 windows (5 years, or a quarter of a short span) sweeping the data's span, as in the peer benchmark. */
export function sweep(span: { from: number; to: number }, count = 30): { from: number; to: number }[] {
  const width = Math.max(1, Math.min(FIVE_YEARS, Math.floor((span.to - span.from) / 4)));
  const last = Math.max(span.from, span.to - width);
  return Array.from({ length: count }, (_, i) => {
    const from = Math.round(span.from + ((last - span.from) * i) / Math.max(1, count - 1));
    return { from, to: from + width };
  });
}

export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export function clearStage(): HTMLElement {
  const old = document.getElementById('stage');
  old?.remove();
  const stage = document.createElement('div');
  stage.id = 'stage';
  document.body.append(stage);
  return stage;
}

/**
 * Watches a stage for `atn-edges-painted` (its canvas edge layer, painted in a
 * worker: ADR 0007). `end()` finds the stage's canvas, asks `posted` how many jobs
 * it has been given, and waits for the paint of the latest; it returns when that
 * landed (performance.now() clock), 0 when the stage shows no canvas, and throws
 * when the paint never comes (a figure without it would look better than it is).
 */
export function watchEdgePaint(
  stage: HTMLElement,
  posted: (canvas: HTMLCanvasElement) => number,
): { end(): Promise<number> } {
  const seen = new Map<EventTarget, { seq: number; at: number }>();
  const canvasBefore = stage.shadowRoot?.querySelector('canvas');
  const postedBefore = canvasBefore ? posted(canvasBefore) : 0;
  let wake: (() => void) | undefined;
  const on = (e: Event) => {
    const { seq, at } = (e as CustomEvent<{ seq: number; at: number }>).detail;
    seen.set(e.composedPath()[0]!, { seq, at });
    wake?.();
  };
  stage.addEventListener('atn-edges-painted', on);
  return {
    async end() {
      try {
        const canvas = stage.shadowRoot?.querySelector('canvas');
        // No canvas, or a parked one (the view is drawn in SVG; its clearing is no paint).
        if (!canvas || canvas.style.display === 'none') return 0;
        const want = posted(canvas);
        if (canvas === canvasBefore && want === postedBefore) return 0; // this change painted nothing
        const deadline = performance.now() + 5000;
        while ((seen.get(canvas)?.seq ?? 0) < want) {
          if (performance.now() > deadline) throw new Error(`edge paint ${want} never reported`);
          await Promise.race([new Promise<void>((r) => (wake = r)), new Promise((r) => setTimeout(r, 50))]);
        }
        return seen.get(canvas)!.at;
      } finally {
        stage.removeEventListener('atn-edges-painted', on);
      }
    },
  };
}
