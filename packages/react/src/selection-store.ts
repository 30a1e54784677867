/** A tiny external store for the selected ticket, so only the components reading it re-render when it changes. */
export interface SelectionStore {
  get(): string | null;
  set(ticketId: string | null): void;
  subscribe(listener: () => void): () => void;
}

/** @internal */
export function createSelectionStore(initial: string | null = null): SelectionStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(ticketId) {
      if (ticketId === current) return;
      current = ticketId;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
