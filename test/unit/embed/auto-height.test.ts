// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAutoHeight } from '../../../src/embed/iframe/auto-height.ts';

// jsdom has no layout and no ResizeObserver: a controllable stand-in for both.
let observerCallback: (() => void) | undefined;
class FakeResizeObserver {
  constructor(cb: () => void) {
    observerCallback = cb;
  }
  observe(): void {}
  disconnect(): void {
    observerCallback = undefined;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  observerCallback = undefined;
});

describe('startAutoHeight', () => {
  it('posts on start and on every change of height, to "*", and stops on request', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    let height = 600.4;
    vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
    const posted: [unknown, string][] = [];
    const stop = startAutoHeight(document, { postMessage: (m, o) => posted.push([m, o]) }, null);
    expect(posted).toEqual([
      [{ type: 'atn-embed-height', height: 601, id: null }, '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 601 }, '*'],
    ]);
    observerCallback?.(); // same height: nothing new
    expect(posted).toHaveLength(2);
    height = 700;
    observerCallback?.();
    expect(posted.slice(2).map(([m]) => m)).toEqual([
      { type: 'atn-embed-height', height: 700, id: null },
      { sentinel: 'amp', type: 'embed-size', height: 700 },
    ]);
    stop();
    expect(observerCallback).toBeUndefined();
  });
});
