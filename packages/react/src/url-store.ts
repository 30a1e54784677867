import { afterPaint } from './after-paint';

/**
 * The page's query string as an external store on the History API, with no router. `pushState`/`replaceState` fire
 * no event, so our own writes notify listeners directly; back/forward arrive through `popstate`.
 *
 * A write reaches the listeners at once but history in the task after the frame it caused is painted: a history
 * write costs Chromium 2–8 ms of main thread (a same-document navigation), which a page change or an opened ticket
 * would otherwise spend before its first frame. Until then `readSearch()` answers with the written value, unless the
 * page's path or query changed meanwhile (another router navigated, back/forward): that makes the write void.
 */
const listeners = new Set<() => void>();

interface PendingWrite {
  /** The query string written (`?page=2`, or `''`). */
  search: string;
  mode: HistoryMode;
  /** Path and query when it was written; `null` once the page has left them (the write is then void for good). */
  from: string | null;
  cancel: () => void;
}

let pending: PendingWrite | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

/** Path and query string of the page now (not the hash: a jump to an anchor is no navigation away). */
function here(): string {
  return window.location.pathname + window.location.search;
}

/** The waiting write, unless the page's path or query changed since it was made. */
function livePending(): PendingWrite | null {
  if (pending && pending.from !== here()) pending.from = null;
  return pending?.from == null ? null : pending;
}

function dropPending(): void {
  pending?.cancel();
  pending = null;
}

/** Back/forward: a write made void by it is dropped (one that survives, a jump to an anchor, still belongs here). */
function onPopState(): void {
  if (!livePending()) dropPending();
  notify();
}

/** Writes the waiting change into history; a void one is dropped and the listeners told. */
function flush(): void {
  if (!pending) return;
  const write = livePending();
  dropPending();
  if (!write) return notify();
  const { location, history } = window;
  const next = `${location.pathname}${write.search}${location.hash}`;
  if (write.mode === 'push') history.pushState(history.state, '', next);
  else history.replaceState(history.state, '', next);
}

/** The current query string (`?status=open&page=3`), or `''` on the server. */
export function readSearch(): string {
  if (typeof window === 'undefined') return '';
  return livePending()?.search ?? window.location.search;
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
  // A push after a waiting write is its own step: write that one first. A replace amends it, keeping its mode.
  const waitingMode = livePending()?.mode;
  if (waitingMode && mode === 'push') flush();
  dropPending();
  pending = { search, mode: waitingMode === 'push' ? waitingMode : mode, from: here(), cancel: afterPaint(flush) };
  notify();
}

/**
 * Writes a URL change the list or the selection made into history now, instead of after the next paint. For a host
 * that reads `window.location` itself right after such a change (its own router, say).
 */
export function flushUrlWrites(): void {
  if (typeof window !== 'undefined') flush();
}
