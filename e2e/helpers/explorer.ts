// Shared steps for e2e tests of the explorer page (index.html): open it with the
// page probes (probes.js, window.__atn), wait for the network to draw, read it.
// Page functions here define no named inner functions (see probes.js on tsx's __name).
import type { Browser, Page } from 'playwright-core';
import { appUrl } from './browser.ts';

export const PROBES = 'e2e/helpers/probes.js';
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 667 };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeProbe {
  id: string;
  cx: string;
  cy: string;
  label: string | null;
  labelRect: Rect | null;
  circle: Rect | null;
}

export interface Drawn {
  /** Visible state ids, sorted. */
  states: string[];
  /** Visible edge keys, sorted. */
  edges: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Emulated prefers-reduced-motion, set before the page loads. */
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Opens a page in its own context with the probes; resolves once the network has drawn. */
export async function openExplorer(
  browser: Browser,
  path = 'index.html',
  options: OpenOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    acceptDownloads: true,
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  await page.addInitScript({ path: PROBES });
  await page.goto(appUrl(path));
  await drawn(page);
  return { page, errors };
}

/** Waits until the network has drawn at least one state and pending updates have landed. */
export async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).__atn.nodes().length > 0, undefined, { timeout: 20_000 });
  await settled(page);
}

/** Waits for the updates pending now in the widget, time bar and network view, plus a frame. */
export function settled(page: Page): Promise<void> {
  return page.evaluate(() => (window as any).__atn.settled()) as Promise<void>;
}

export const nodes = (page: Page) => page.evaluate(() => (window as any).__atn.nodes()) as Promise<NodeProbe[]>;
export const edgeInfo = (page: Page) =>
  page.evaluate(() => (window as any).__atn.edgeInfo()) as Promise<Record<string, { status: string; style: string }>>;
export const drawnIds = (page: Page) => page.evaluate(() => (window as any).__atn.drawnIds()) as Promise<Drawn>;

/** The widget's reflected view attributes (null when absent or empty). */
export function widgetAttrs(page: Page): Promise<Record<'from' | 'to' | 'mode' | 'basis' | 'categories' | 'statuses', string | null>> {
  return page.evaluate(() => {
    const w = (window as any).__atn.widget() as Element;
    // An empty attribute means the same as none.
    return {
      from: w.getAttribute('from') || null,
      to: w.getAttribute('to') || null,
      mode: w.getAttribute('mode') || null,
      basis: w.getAttribute('basis') || null,
      categories: w.getAttribute('categories') || null,
      statuses: w.getAttribute('statuses') || null,
    };
  });
}

/**
 * Sets the widget's range attributes (null removes one) as a host page would, and
 * waits for the redraw. `mode` is left alone unless given.
 */
export async function setRange(page: Page, range: { from: string | null; to: string | null; mode?: string }): Promise<void> {
  await page.evaluate((r) => {
    const w = (window as any).__atn.widget() as Element;
    for (const name of ['from', 'to', 'mode'] as const) {
      const v = r[name];
      if (v === undefined) continue;
      if (v === null) w.removeAttribute(name);
      else w.setAttribute(name, v);
    }
  }, range);
  await settled(page);
}

/** The checked value of each radio group in the time bar ("mode", "basis"). */
export function timeBarChoices(page: Page): Promise<{ mode: string | null; basis: string | null }> {
  return page.evaluate(() => {
    const root = (window as any).__atn.timeBar().shadowRoot as ShadowRoot;
    return {
      mode: root.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? null,
      basis: root.querySelector<HTMLInputElement>('input[name="basis"]:checked')?.value ?? null,
    };
  });
}

/** Search parameters of the page's current URL. */
export const params = (page: Page) => new URL(page.url()).searchParams;
