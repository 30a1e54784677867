import { afterPaint } from './after-paint';

/**
 * The page's query string as an external store on the History API, with no router. `pushState`/`replaceState` fire
 * no event, so our own writes notify listeners directly; back/forward arrive through `popstate`.
 *
 * A write reaches the listeners at once but the address bar once the frames it caused are painted: a history write
 * costs Chromium 2–8 ms of main thread (the same-document navigation), which a page change or an opened ticket would
 * otherwise spend before its first frame (or between the first two, for a ticket whose conversation follows). So it
 * waits for the paint, then for idle time (at most half a second). Until then `readSearch()` answers with the written value.
 */
const listeners = new Set<() => void>();

interface PendingWrite {
  /** The query string written (`?page=2`, or `''`). */
  search: string;
  mode: HistoryMode;
  /** `location.href` when it was written: a navigation by anyone else since then drops it. */
  from: string;
  cancel: () => void;
}

let pending: PendingWrite | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

/** Back/forward: a write still waiting belonged to the entry the person just left, so it is dropped. */
function onPopState(): void {
  if (pending) {
    pending.cancel();
    pending = null;
  }
  notify();
}

/** Writes the waiting change into history, unless someone else navigated first. */
function flush(): void {
  const write = pending;
  if (!write) return;
  pending = null;
  write.cancel();
  const { location, history } = window;
  if (location.href !== write.from) return;
  const next = `${location.pathname}${write.search}${location.hash}`;
  if (write.mode === 'push') history.pushState(history.state, '', next);
  else history.replaceState(history.state, '', next);
}

/** Runs `work` after the next paint, once the page is idle (within half a second); returns the cancel. */
function whenIdle(work: () => void): () => void {
  let idle: number | undefined;
  const cancelPaint = afterPaint(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 500 });
    else work();
  });
  return () => {
    cancelPaint();
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/** The current query string (`?status=open&page=3`), or `''` on the server. */
export function readSearch(): string {
  if (typeof window === 'undefined') return '';
  return pending ? pending.search : window.location.search;
}

/** Calls `listener` whenever the query string changes, by our writes or by back/forward. */
export function subscribeToUrl(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('popstate', onPopState);
  };
}

/** How a URL change enters history: `push` makes a back-button step, `replace` does not. */
export type HistoryMode = 'push' | 'replace';

/**
 * Writes new parameters into the URL (keeping path and hash) and tells the listeners. History is written after the
 * next paint; writes within one frame merge (a replace after a push amends the pushed entry), except that a second
 * push writes the first at once, so every push stays its own back-button step.
 */
export function writeSearch(params: URLSearchParams, mode: HistoryMode): void {
  if (typeof window === 'undefined') return;
  const query = params.toString();
  const search = query ? `?${query}` : '';
  if (search === readSearch()) return;
  let entryMode = mode;
  if (pending) {
    if (mode === 'push') flush();
    else entryMode = pending.mode;
  }
  pending?.cancel();
  pending = { search, mode: entryMode, from: window.location.href, cancel: whenIdle(flush) };
  notify();
}

/** @internal Writes a waiting URL change into history now (tests, and hosts reading `location` in the same task). */
export function flushUrlWrites(): void {
  if (typeof window !== 'undefined') flush();
}
