import type { SavedView, SavedViewInput, SavedViewStore } from '@ticketkit/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTicketsContext, type TicketsContextValue } from './context';
import { ticketKeys } from './keys';
import { createBrowserSavedViewStore } from './saved-view-storage';

/** The viewer's saved views and how to change them. */
export interface SavedViews {
  /** Oldest first; `[]` while loading. */
  views: SavedView[];
  isLoading: boolean;
  /** Why the views could not be loaded or the last change failed. */
  error: Error | null;
  /** Where they are kept: the adapter's store, or this browser's. */
  source: 'adapter' | 'browser';
  create(input: SavedViewInput): Promise<SavedView>;
  rename(id: string, name: string): Promise<SavedView>;
  /** Replaces what a view keeps (its query, columns, density) with `changes`. */
  update(id: string, changes: Partial<SavedViewInput>): Promise<SavedView>;
  remove(id: string): Promise<void>;
}

// One browser store per viewer and scope: made once, so its in-memory fallback lasts as long as the page.
const browserStores = new Map<string, SavedViewStore>();

/**
 * The store saved views go to: the adapter's `savedViews` when it has one, else the browser's `localStorage`, under
 * a key of the viewer's (views belong to the viewer).
 */
export function savedViewStoreFor(context: Pick<TicketsContextValue, 'adapter' | 'viewer' | 'scope'>): { store: SavedViewStore; source: 'adapter' | 'browser' } {
  if (context.adapter.savedViews) return { store: context.adapter.savedViews, source: 'adapter' };
  const key = `ticketkit:saved-views:${context.scope}:${context.viewer.id}`;
  let store = browserStores.get(key);
  if (!store) browserStores.set(key, (store = createBrowserSavedViewStore({ key })));
  return { store, source: 'browser' };
}

/**
 * The viewer's saved views (named filters, search, sort, columns and density), through the adapter's `savedViews`
 * capability when present, else kept in this browser. Changes refresh the list of views.
 */
export function useSavedViews(): SavedViews {
  const context = useTicketsContext();
  const client = useQueryClient();
  const { store, source } = savedViewStoreFor(context);
  const queryKey = ticketKeys.savedViews(context.scope);
  const list = useQuery({ queryKey, queryFn: ({ signal }) => store.list({ signal }) });
  const settle = { onSettled: () => client.invalidateQueries({ queryKey }) };
  const create = useMutation({ mutationFn: (input: SavedViewInput) => store.create(input), ...settle });
  const update = useMutation({ mutationFn: ({ id, changes }: { id: string; changes: Partial<SavedViewInput> }) => store.update(id, changes), ...settle });
  const remove = useMutation({ mutationFn: (id: string) => store.remove(id), ...settle });
  const { mutateAsync: createAsync } = create;
  const { mutateAsync: updateAsync } = update;
  const { mutateAsync: removeAsync } = remove;
  const views = list.data;
  const error = list.error ?? create.error ?? update.error ?? remove.error;
  return useMemo<SavedViews>(
    () => ({
      views: views ?? [],
      isLoading: list.isLoading,
      error,
      source,
      create: (input) => createAsync(input),
      rename: (id, name) => updateAsync({ id, changes: { name } }),
      update: (id, changes) => updateAsync({ id, changes }),
      remove: (id) => removeAsync(id),
    }),
    [views, list.isLoading, error, source, createAsync, updateAsync, removeAsync],
  );
}
