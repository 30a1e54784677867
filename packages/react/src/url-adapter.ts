/** How a URL change enters history: `push` makes a back-button step, `replace` does not. */
export type HistoryMode = 'push' | 'replace';

/**
 * Where the list state's URL lives: ticketkit reads and writes only the query string; the path and the hash stay the
 * host's. The default is `historyUrlAdapter` (the History API); give `TicketsProvider` one over your router (see
 * `useRouterUrlAdapter`) so the panel's changes go through it and its navigation reaches the panel.
 *
 * Pass a stable object: a new adapter on every render re-renders every ticket hook.
 */
export interface UrlAdapter {
  /** The current query string, e.g. `?status=open&page=3`, or `''`. Called on every render: keep it cheap. */
  read(): string;
  /** Calls `listener` after every change of the query string (navigation, back/forward, `write`); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /**
   * Sets the query string (`?…`, or `''` for none), keeping the path and the hash. `read()` must return the new value
   * as soon as this returns: two changes in one event build on each other.
   */
  write(search: string, options: { mode: HistoryMode }): void;
  /**
   * The query string the server rendered with, read while hydrating. Default `''`: the History API has no URL on a
   * server. A router that renders the same query string on the server and the client returns `read()`.
   */
  readOnServer?(): string;
}

const historyListeners = new Set<() => void>();

function notifyHistoryListeners(): void {
  for (const listener of historyListeners) listener();
}

/**
 * The default URL adapter, on the History API with no router: writes `history.pushState`/`replaceState` at once and
 * hears back/forward through `popstate`. A host router that keeps its own copy of the location (React Router, Next.js)
 * does not see these writes: give `TicketsProvider` an adapter over that router instead.
 */
export const historyUrlAdapter: UrlAdapter = {
  read: () => (typeof window === 'undefined' ? '' : window.location.search),
  subscribe(listener) {
    if (typeof window === 'undefined') return () => {};
    if (historyListeners.size === 0) window.addEventListener('popstate', notifyHistoryListeners);
    historyListeners.add(listener);
    return () => {
      historyListeners.delete(listener);
      if (historyListeners.size === 0) window.removeEventListener('popstate', notifyHistoryListeners);
    };
  },
  write(search, { mode }) {
    if (typeof window === 'undefined') return;
    const { location, history } = window;
    const next = `${location.pathname}${search}${location.hash}`;
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
    notifyHistoryListeners();
  },
};

const withoutMark = (search: string) => (search.startsWith('?') ? search.slice(1) : search);

/** @internal Writes `params` as the URL's query string, unless it already is. */
export function writeUrlParams(url: UrlAdapter, params: URLSearchParams, mode: HistoryMode): void {
  const query = params.toString();
  if (query === withoutMark(url.read())) return;
  url.write(query ? `?${query}` : '', { mode });
}
