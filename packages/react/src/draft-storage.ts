/** Which composer a draft belongs to. */
export type DraftKind = 'reply' | 'note';

/** The session-storage key of a ticket's draft, e.g. `ticketkit:draft:reply:TK-1001`. */
export function draftKey(kind: DraftKind, scope: string, ticketId: string): string {
  return `ticketkit:draft:${kind}:${scope}:${ticketId}`;
}

// Storage can be missing (server), blocked (privacy settings) or full: a draft then lives in memory only.
function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The saved draft, or `''`. */
export function readDraft(key: string): string {
  try {
    return storage()?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** Saves the draft; an empty one is removed. */
export function writeDraft(key: string, text: string): void {
  try {
    const store = storage();
    if (text === '') store?.removeItem(key);
    else store?.setItem(key, text);
  } catch {
    // Quota exceeded or storage blocked: the draft stays in component state.
  }
}
