/** Which composer a draft belongs to. */
export type DraftKind = 'reply' | 'note';

/** The session-storage key of a ticket's draft, e.g. `ticketkit:draft:reply:<viewer>:TK-1001`. */
export function draftKey(kind: DraftKind, scope: string, ticketId: string): string {
  return `ticketkit:draft:${kind}:${scope}:${ticketId}`;
}

// Drafts live in session storage so they survive a reload. Storage can be missing (server), blocked (privacy
// settings) or full; a draft that could not be stored is kept here instead, for the life of the page.
const unstored = new Map<string, string>();
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The saved draft, or `''`. */
export function readDraft(key: string): string {
  if (unstored.has(key)) return unstored.get(key)!;
  try {
    return storage()?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** Saves the draft (an empty one is removed) and tells every composer showing it. */
export function writeDraft(key: string, text: string): void {
  try {
    const store = storage();
    if (!store) throw new Error('no session storage');
    if (text === '') store.removeItem(key);
    else store.setItem(key, text);
    unstored.delete(key);
  } catch {
    if (text === '') unstored.delete(key);
    else unstored.set(key, text);
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a draft changes. */
export function subscribeToDrafts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
