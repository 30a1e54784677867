import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { HistoryMode, UrlAdapter } from './url-adapter';

// No layout effects on a server (React 18 warns); nothing to tell there anyway.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Sends the list state's URL changes to a router: `search` is `?…` or `''`. */
export type RouterNavigate = (search: string, options: { mode: HistoryMode }) => void;

/**
 * A `UrlAdapter` over a host's router, for `TicketsProvider`'s `url` prop. Call it on every render of a component
 * under the router with the router's query string and a function that navigates to another one; it returns the same
 * adapter for the component's life.
 *
 * A write is seen by the panel at once, before the router (which may render it later, in a transition) gets to it;
 * any navigation the router makes itself (a link, back/forward) reaches the panel in the commit that renders it.
 *
 * ```tsx
 * const { search } = useLocation();
 * const navigate = useNavigate();
 * const url = useRouterUrlAdapter(search, (next, { mode }) => navigate({ search: next }, { replace: mode === 'replace' }));
 * ```
 */
export function useRouterUrlAdapter(search: string, navigate: RouterNavigate): UrlAdapter {
  const latest = useRef({ search, routed: search, navigate, pending: [] as string[] });
  const [{ adapter, listeners }] = useState(() => {
    const listeners = new Set<() => void>();
    const adapter: UrlAdapter = {
      read: () => latest.current.search,
      readOnServer: () => latest.current.search,
      subscribe(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      write(next, options) {
        const state = latest.current;
        state.search = next;
        state.pending.push(next);
        for (const listener of listeners) listener();
        state.navigate(next, options);
      },
    };
    return { adapter, listeners };
  });

  useClientLayoutEffect(() => {
    const state = latest.current;
    state.navigate = navigate;
    if (search === state.routed) return;
    state.routed = search;
    const ours = state.pending.indexOf(search);
    if (ours >= 0) {
      // The router caught up with one of our writes; a later one may still be on its way.
      state.pending.splice(0, ours + 1);
      if (state.pending.length > 0) return;
    } else state.pending = []; // the router went somewhere of its own (a link, back/forward)
    if (state.search === search) return;
    state.search = search;
    for (const listener of listeners) listener();
  });
  return adapter;
}
