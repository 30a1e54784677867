import type { MemoryAdapter, MemoryData } from '@ticketkit/core/memory';
import { saveStoredData } from './idb-store';

/** Where the saving of changes stands, as shown in the header. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

/** Saves the memory adapter's data to IndexedDB after every write, and reports how that goes. */
export interface Persister {
  status(): SaveStatus;
  onStatus(listener: () => void): () => void;
  /** Saves now whatever is pending. */
  flush(): Promise<void>;
  /** Saves everything now, changed or not (the first save of freshly generated data). */
  saveAll(): Promise<void>;
  /** Stops saving, once a save under way has landed (before a reset wipes the stored data). */
  stop(): Promise<void>;
}

/** Writes come in bursts (a reply bumps the ticket too): one save per quiet moment of this length. */
const SAVE_DEBOUNCE_MS = 250;

/**
 * Persists after each change the adapter reports through `subscribe`. `adapter` must see every ticket (an admin),
 * since events are scoped to the viewer like everything else. `save` stores a snapshot (IndexedDB by default).
 */
export function createPersister(
  adapter: MemoryAdapter,
  save: (data: MemoryData) => Promise<void> = saveStoredData,
  debounceMs: number = SAVE_DEBOUNCE_MS,
): Persister {
  let status: SaveStatus = 'saved';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let dirty = false;
  let stopped = false;
  const listeners = new Set<() => void>();

  const setStatus = (next: SaveStatus): void => {
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  };

  const saveNow = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (!dirty || stopped) return running;
    dirty = false;
    // Chain saves, so an older snapshot never lands after a newer one.
    running = running.then(async () => {
      setStatus('saving');
      try {
        await save(adapter.exportState());
        setStatus(dirty ? 'pending' : 'saved');
      } catch (error) {
        console.error('Saving the demo data failed', error);
        setStatus('error');
      }
    });
    return running;
  };

  const unsubscribe = adapter.subscribe(() => {
    if (stopped) return;
    dirty = true;
    setStatus('pending');
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), debounceMs);
  });

  return {
    status: () => status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: saveNow,
    saveAll() {
      dirty = true;
      setStatus('pending');
      return saveNow();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      return running;
    },
  };
}
