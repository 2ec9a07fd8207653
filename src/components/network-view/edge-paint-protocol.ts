// Messages between the page and the edge-paint worker (ADR 0007).
import type { PaintJob } from '../../render/paint-job.ts';

/** Hands the worker the canvas with this id. */
export interface CanvasMessage {
  readonly type: 'edge-canvas';
  readonly id: number;
  readonly canvas: OffscreenCanvas;
}

/** Draw `job` on canvas `id`, resized to deviceWidth × deviceHeight. Only the latest job per canvas is drawn. */
export interface PaintMessage {
  readonly type: 'edge-paint';
  readonly id: number;
  /** The job's number for this canvas, reported back when it is painted. */
  readonly seq: number;
  readonly job: PaintJob;
  readonly deviceWidth: number;
  readonly deviceHeight: number;
  /** Rasterise before answering (a one-pixel read), so `at` includes it: for measuring. */
  readonly confirm: boolean;
}

/** The canvas left the page. */
export interface ReleaseMessage {
  readonly type: 'edge-release';
  readonly id: number;
}

export type EdgePaintRequest = CanvasMessage | PaintMessage | ReleaseMessage;

/** Canvas `id` shows its latest job; `at` is absolute (timeOrigin + now), comparable across threads. */
export interface PaintedMessage {
  readonly type: 'edge-painted';
  readonly id: number;
  readonly seq: number;
  readonly at: number;
}
