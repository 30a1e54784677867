import { NotFoundError, ValidationError, type SavedView, type SavedViewStore } from '@ticketkit/core';

/** Where the browser fallback keeps saved views: `localStorage`, or anything with the same three methods. */
export interface SavedViewStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Longest name of a saved view, in characters. */
export const MAX_SAVED_VIEW_NAME_LENGTH = 80;

function checkName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') throw new ValidationError('name', 'a saved view needs a name');
  const trimmed = name.trim();
  if ([...trimmed].length > MAX_SAVED_VIEW_NAME_LENGTH) throw new ValidationError('name', `must be at most ${MAX_SAVED_VIEW_NAME_LENGTH} characters`);
  return trimmed;
}

function isSavedView(value: unknown): value is SavedView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Partial<SavedView>;
  return typeof view.id === 'string' && typeof view.name === 'string' && typeof view.query === 'object' && view.query !== null;
}

/**
 * Saved views kept in the browser (`localStorage`) under one key per viewer: what `useSavedViews` uses when the
 * adapter has no `savedViews`. Views another tab saves show on the next read. Unreadable storage (edited by hand,
 * or a private mode without storage) reads as no views rather than failing the list.
 */
export function createBrowserSavedViewStore(options: { key: string; storage?: SavedViewStorage | null; now?: () => Date }): SavedViewStore {
  const { key, now = () => new Date() } = options;
  let memory: SavedView[] = [];
  const storage = (): SavedViewStorage | null => {
    if (options.storage !== undefined) return options.storage;
    try {
      return typeof localStorage === 'undefined' ? null : localStorage;
    } catch {
      return null;
    }
  };
  const read = (): SavedView[] => {
    const store = storage();
    if (!store) return memory;
    try {
      const parsed: unknown = JSON.parse(store.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isSavedView) : [];
    } catch {
      return [];
    }
  };
  const write = (views: SavedView[]) => {
    memory = views;
    try {
      storage()?.setItem(key, JSON.stringify(views));
    } catch {
      // Full or refused storage: the views live on in memory for this page.
    }
  };
  const find = (views: SavedView[], id: string): number => {
    const index = views.findIndex((view) => view.id === id);
    if (index < 0) throw new NotFoundError('saved view', id);
    return index;
  };
  return {
    list: async () => read(),
    async create(input) {
      const name = checkName(input.name);
      const at = now().toISOString();
      const id = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `view-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const view: SavedView = {
        id,
        name,
        query: input.query,
        ...(input.columns ? { columns: [...input.columns] } : {}),
        ...(input.density ? { density: input.density } : {}),
        createdAt: at,
        updatedAt: at,
      };
      write([...read(), view]);
      return view;
    },
    async update(id, changes) {
      const views = read();
      const index = find(views, id);
      const view: SavedView = {
        ...views[index]!,
        ...changes,
        ...(changes.name !== undefined ? { name: checkName(changes.name) } : {}),
        updatedAt: now().toISOString(),
      };
      write(views.map((existing, at) => (at === index ? view : existing)));
      return view;
    },
    async remove(id) {
      const views = read();
      find(views, id);
      write(views.filter((view) => view.id !== id));
    },
  };
}
