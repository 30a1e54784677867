import { hashKey, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

const never = (): void => {};

/**
 * Re-renders the caller as soon as the query at `queryKey` gets a new result (data or an error), in a microtask of
 * the task that produced it.
 *
 * Why: TanStack Query tells its observers in a `setTimeout(0)` (its module-wide `notifyManager`, shared with every
 * query of the host's app, so not ours to change), and a browser busy with a click usually paints a frame before
 * that timer runs: a ticket whose data resolved in the click's own task still took a second frame to show it. The
 * query cache's own events are synchronous, and `useQuery` reads the cache as it renders, so this render already
 * shows the new result; TanStack's later notice then finds nothing changed and renders nothing.
 */
export function useSettledRender(queryKey: QueryKey, enabled: boolean): void {
  const cache = useQueryClient().getQueryCache();
  const hash = hashKey(queryKey);
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!enabled) return never;
      return cache.subscribe((event) => {
        if (event.type !== 'updated' || event.query.queryHash !== hash) return;
        if (event.action.type === 'success' || event.action.type === 'error') notify();
      });
    },
    [cache, hash, enabled],
  );
  // Counts, not the state object: a fetch starting must not re-render (nor trip React's tearing check).
  const snapshot = () => {
    const state = cache.get(hash)?.state;
    return state ? `${state.dataUpdateCount}:${state.errorUpdateCount}` : '';
  };
  useSyncExternalStore(subscribe, snapshot, snapshot);
}
