import { afterPaint } from './after-paint';

/**
 * The page's query string as an external store on the History API, with no router. `pushState`/`replaceState` fire
 * no event, so our own writes notify listeners directly; back/forward arrive through `popstate`.
 *
 * A write reaches the listeners at once but history once the frame it caused is painted: a history write costs
 * Chromium 2–8 ms of main thread (the same-document navigation), which a page change or an opened ticket would
 * otherwise spend before its first frame. A `replace` (the search as it is typed) then also waits for idle time, at
 * most half a second; a `push` does not, so the Back button always finds the step it made. Until then `readSearch()`
 * answers with the written value, unless the page navigated meanwhile, which drops it.
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

/** Takes the waiting write off; returns it unless the page navigated since it was made (then it is void). */
function takePending(): PendingWrite | null {
  const write = pending;
  pending = null;
  write?.cancel();
  return write && window.location.href === write.from ? write : null;
}

/** Back/forward: a write still waiting belonged to the entry the person just left, so it is dropped. */
function onPopState(): void {
  takePending();
  notify();
}

/** Writes the waiting change into history; if someone else navigated first, drops it and tells the listeners. */
function flush(): void {
  if (!pending) return;
  const write = takePending();
  if (!write) return notify();
  const { location, history } = window;
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
  // A host router that navigated while a write waited wins: the write is void (its flush tells the listeners).
  if (pending && window.location.href !== pending.from) return window.location.search;
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
    else entryMode = takePending()?.mode ?? mode;
  }
  const cancel = entryMode === 'push' ? afterPaint(flush) : whenIdle(flush);
  pending = { search, mode: entryMode, from: window.location.href, cancel };
  notify();
}

/**
 * Writes a URL change the list or the selection made into history now, instead of after the next paint. For a host
 * that reads `window.location` itself right after such a change (its own router, say).
 */
export function flushUrlWrites(): void {
  if (typeof window !== 'undefined') flush();
}
