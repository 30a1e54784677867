/**
 * The page's query string as an external store on the History API, with no router. `pushState`/`replaceState` fire
 * no event, so our own writes notify listeners directly; back/forward arrive through `popstate`.
 */
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** The current query string (`?status=open&page=3`), or `''` on the server. */
export function readSearch(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
}

/** Calls `listener` whenever the query string changes, by our writes or by back/forward. */
export function subscribeToUrl(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('popstate', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('popstate', notify);
  };
}

/** How a URL change enters history: `push` makes a back-button step, `replace` does not. */
export type HistoryMode = 'push' | 'replace';

/** Writes new parameters into the URL (keeping path and hash) and tells the listeners. */
export function writeSearch(params: URLSearchParams, mode: HistoryMode): void {
  if (typeof window === 'undefined') return;
  const search = params.toString();
  const next = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(window.history.state, '', next);
  else window.history.replaceState(window.history.state, '', next);
  notify();
}
