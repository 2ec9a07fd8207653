// syncUrl (src/app/url-sync.ts) with a recorded window: when and how often the URL is
// written while the range changes every frame, as a drag or play does.
import { syncUrl, URL_WRITE_GAP_MS, type SyncWindow } from '../../src/app/url-sync.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { frame, until } from './helpers/network-view.ts';

interface Call {
  readonly kind: 'push' | 'replace';
  readonly url: string;
  readonly at: number;
}

/** A window whose history records its calls and moves its location along. */
function recordedWindow(search = '') {
  const calls: Call[] = [];
  const location = { search, pathname: '/index.html', hash: '', href: `http://x/index.html${search}` } as Location;
  const move = (kind: Call['kind']) => (_: unknown, __: string, url?: string | URL | null) => {
    const u = new URL(String(url), 'http://x/');
    Object.assign(location, { search: u.search, pathname: u.pathname, href: u.href });
    calls.push({ kind, url: String(url), at: performance.now() });
  };
  const listeners = new Map<string, EventListener>();
  const win = {
    location,
    history: { pushState: move('push'), replaceState: move('replace') } as unknown as History,
    addEventListener: (type: string, fn: EventListener) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
  } as unknown as SyncWindow;
  return { win, calls, location, pop: () => listeners.get('popstate')?.(new Event('popstate')) };
}

describe('syncUrl', () => {
  it('writes after the frame that made the change, at most once per gap, and always the last state', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const { win, calls } = recordedWindow();
    const written: string[] = [];
    const sync = syncUrl(el, win, (url) => written.push(url));
    try {
      // A range change in a frame: nothing written until that frame's work is done.
      await frame();
      el.setAttribute('from', '2022-01');
      el.setAttribute('to', '2022-06');
      await Promise.resolve();
      await Promise.resolve();
      assertEqual(calls.length, 0, 'not within the frame that made the change');
      await until(() => calls.length === 1, 'the first write', 1000);
      assertEqual(calls[0]!.kind, 'push', 'a new entry for a new range');
      assert(calls[0]!.url.includes('from=2022-01') && calls[0]!.url.includes('to=2022-06'), calls[0]!.url);

      // One change per frame for ~40 frames, as a drag makes.
      const start = performance.now();
      for (let i = 0; i < 40; i++) {
        await frame();
        el.setAttribute('to', `2023-${String((i % 12) + 1).padStart(2, '0')}`);
      }
      const elapsed = performance.now() - start;
      await until(() => calls.at(-1)!.url.includes('to=2023-04'), 'the last state (2023-04) written', 1000);
      const during = calls.slice(1);
      assert(during.length <= Math.ceil(elapsed / URL_WRITE_GAP_MS) + 1, `${during.length} writes for 40 changes in ${Math.round(elapsed)} ms`);
      assert(during.length >= 2, 'the URL followed along, not only at the end');
      for (let i = 1; i < calls.length; i++) assert(calls[i]!.at - calls[i - 1]!.at >= URL_WRITE_GAP_MS - 5, 'writes keep their gap');
      assert(during.every((c) => c.kind === 'replace'), 'a drag is one history entry');
      assertEqual(written.at(-1), calls.at(-1)!.url, 'onWrite hears each URL written');
    } finally {
      sync.stop();
      el.remove();
    }
  });

  it('drops a pending write when back or forward restores another state', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const rec = recordedWindow('?from=2022-01&to=2022-12');
    const sync = syncUrl(el, rec.win);
    try {
      assertEqual(el.getAttribute('from'), '2022-01', 'the URL applied');
      el.setAttribute('to', '2023-06');
      // Back before the write ran: the URL says 2022-12 again.
      rec.location.search = '?from=2022-01&to=2022-12';
      rec.pop();
      await new Promise((r) => setTimeout(r, URL_WRITE_GAP_MS * 2));
      assertEqual(el.getAttribute('to'), '2022-12', 'the restored state stands');
      assertEqual(rec.calls.length, 0, 'and the dropped change was never written over it');
    } finally {
      sync.stop();
      el.remove();
    }
  });
});
