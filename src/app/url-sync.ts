// Keeps the page URL and the explorer in step: the URL is written from the
// element's reflected attributes (so every change, from any control, lands in it),
// and back/forward restore them. Play steps replace the entry rather than pushing
// one per month, so "back" leaves the animation in one step.
import { DEFAULT_VIEW_STATE, readViewState, writeViewState, type ViewState } from './url-state.ts';

/** What the sync needs of the explorer element: its reflected attributes. */
export type ViewElement = HTMLElement;

const ATTRIBUTES = ['from', 'to', 'mode', 'basis', 'selected', 'categories', 'statuses', 'suppliers', 'recipients', 'table'];
/** Range changes closer together than this are one history entry (play, dragging). */
const COALESCE_MS = 1500;
/**
 * At most one URL write per this many ms, the last change always written. Writes run
 * after the frame that drew the change (a timer, not a microtask), and a drag that
 * changes the range every frame stays well under Chromium's limit on history calls
 * (it throttles a page that makes more than 200 in 10 s).
 */
export const URL_WRITE_GAP_MS = 100;

const attrList = (el: Element, name: string) =>
  (el.getAttribute(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function stateOfElement(el: Element): ViewState {
  const params = new URLSearchParams();
  for (const name of ATTRIBUTES) {
    const v = el.getAttribute(name);
    if (name === 'table') {
      if (el.hasAttribute('table')) params.set('table', '1');
    } else if (v) params.set(name, v);
  }
  return readViewState(params);
}

export function applyState(el: Element, state: ViewState): void {
  const set = (name: string, value: string | null) => {
    if (value === null || value === '') el.removeAttribute(name);
    else el.setAttribute(name, value);
  };
  set('from', state.from);
  set('to', state.to);
  set('mode', state.mode);
  set('basis', state.basis);
  set('selected', state.selected);
  set('categories', state.categories.join(','));
  set('statuses', state.statuses.join(','));
  set('suppliers', state.suppliers.join(','));
  set('recipients', state.recipients.join(','));
  if (state.table) el.setAttribute('table', '');
  else el.removeAttribute('table');
}

/** The parts of `window` the sync uses (tests pass their own). */
export type SyncWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'>;

/**
 * Starts syncing; returns the problems found in the initial URL (ignored
 * parameters) and a stop function. Parameters the view does not own (e.g. `src`)
 * are kept as they are. `onWrite` hears every URL written (e.g. to keep a permalink).
 */
export function syncUrl(
  el: ViewElement,
  win: SyncWindow = window,
  onWrite?: (url: string) => void,
): { problems: readonly string[]; stop: () => void } {
  const initial = readViewState(new URLSearchParams(win.location.search));
  applyState(el, initial);
  let applying = false;
  let lastRangeWrite = 0;
  let last = writeViewState(stateOfElement(el)).toString();

  const urlFor = (state: ViewState) => {
    const params = new URLSearchParams(win.location.search);
    for (const key of [...params.keys()]) if (key in DEFAULT_VIEW_STATE) params.delete(key);
    for (const [k, v] of writeViewState(state)) params.set(k, v);
    const query = params.toString();
    return `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
  };

  let timer: number | undefined;
  let lastWriteAt = -Infinity;
  const write = () => {
    timer = undefined;
    lastWriteAt = performance.now();
    if (applying) return;
    const state = stateOfElement(el);
    const text = writeViewState(state).toString();
    if (text === last) return;
    const prev = readViewState(new URLSearchParams(last));
    const onlyRange = ATTRIBUTES.every((a) => a === 'from' || a === 'to' || JSON.stringify((prev as never)[a]) === JSON.stringify((state as never)[a]));
    const now = Date.now();
    const url = urlFor(state);
    if (onlyRange && now - lastRangeWrite < COALESCE_MS) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    lastRangeWrite = onlyRange ? now : 0;
    last = text;
    onWrite?.(url);
  };
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = win.setTimeout(write, Math.max(0, lastWriteAt + URL_WRITE_GAP_MS - performance.now()));
  });
  observer.observe(el, { attributes: true, attributeFilter: ATTRIBUTES });

  const onPop = () => {
    // Back or forward wins over a write still waiting for its turn.
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    applying = true;
    const state = readViewState(new URLSearchParams(win.location.search));
    applyState(el, state);
    last = writeViewState(state).toString();
    // Attribute mutations are delivered as a microtask; stop ignoring after them.
    queueMicrotask(() => queueMicrotask(() => (applying = false)));
  };
  win.addEventListener('popstate', onPop);
  return {
    problems: initial.problems,
    stop: () => {
      if (timer !== undefined) win.clearTimeout(timer);
      observer.disconnect();
      win.removeEventListener('popstate', onPop);
    },
  };
}
