import { ValidationError } from '../errors';

/** What a key was first used for: a second use must ask for the same thing. */
export interface IdempotentRequest {
  kind: 'reply' | 'note';
  ticketId: string;
  body: string;
}

interface Entry extends IdempotentRequest {
  /** The ID of the message or note the first request created. */
  resultId: string;
}

/**
 * The idempotency keys of the replies and notes a memory store has taken, per author. A repeated key returns the
 * first write's record; the same key for another ticket or text is refused, as the reference server does.
 */
export class IdempotencyKeys {
  private readonly entries = new Map<string, Entry>();

  /**
   * The ID of the record created by an earlier request with this key, or `undefined` when the key is new (or absent).
   * @throws ValidationError on `idempotencyKey` when the key was used for a different request.
   */
  find(authorId: string, key: string | undefined, request: IdempotentRequest): string | undefined {
    if (key === undefined) return undefined;
    const entry = this.entries.get(`${authorId}\u0000${key}`);
    if (!entry) return undefined;
    if (entry.kind !== request.kind || entry.ticketId !== request.ticketId || entry.body !== request.body) {
      throw new ValidationError('idempotencyKey', 'this key was already used for a different request; make a new key for a new one');
    }
    return entry.resultId;
  }

  /** Records the record created for a key. */
  remember(authorId: string, key: string | undefined, request: IdempotentRequest, resultId: string): void {
    if (key !== undefined) this.entries.set(`${authorId}\u0000${key}`, { ...request, resultId });
  }

  /** Forgets every key, when the store's data is replaced. */
  clear(): void {
    this.entries.clear();
  }
}
