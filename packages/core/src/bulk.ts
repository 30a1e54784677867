import type { BulkUpdateItem, BulkUpdateOutcome, TicketAdapter } from './adapter';
import { ConflictError, TicketError, UnavailableError, ValidationError, isAbortError, throwIfAborted, toTicketError } from './errors';

/** Options of `updateTicketsOneByOne`. */
export interface OneByOneOptions {
  /** How many writes run at once; default 4, at least 1. */
  concurrency?: number;
  /** Stops starting new writes once aborted; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each item is settled, in the order they settle, with how many are done of how many. */
  onProgress?: (done: number, total: number, outcome: BulkUpdateOutcome) => void;
}

/** Default of `OneByOneOptions.concurrency`. */
export const DEFAULT_BULK_CONCURRENCY = 4;

/**
 * A bulk update for an adapter without `updateTickets`: each item is written with `updateTicket` and its own
 * `expectedVersion`, at most `concurrency` at a time. Resolves to one outcome per item, in the order given; a failed
 * item never stops the others. A conflict carries the ticket as it now stands (`ConflictError.current`, read with
 * `getTicket` when the adapter's error did not have it).
 *
 * When `signal` aborts, no new write starts, the writes under way finish, and the call rejects with the signal's
 * reason: what was written stays written (`onProgress` has reported each outcome as it came).
 * @throws ValidationError on `concurrency` when it is not a whole number of at least 1.
 */
export async function updateTicketsOneByOne(
  adapter: Pick<TicketAdapter, 'updateTicket' | 'getTicket'>,
  changes: readonly BulkUpdateItem[],
  options: OneByOneOptions = {},
): Promise<BulkUpdateOutcome[]> {
  const { concurrency = DEFAULT_BULK_CONCURRENCY, signal, onProgress } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ValidationError('concurrency', `expected a whole number of at least 1, got ${JSON.stringify(concurrency)}`);
  }
  if (!Array.isArray(changes)) throw new ValidationError('changes', 'expected a list of changes');
  throwIfAborted(signal);
  const outcomes = new Array<BulkUpdateOutcome>(changes.length);
  let next = 0;
  let done = 0;

  async function one(item: BulkUpdateItem): Promise<BulkUpdateOutcome> {
    const ticketId = item?.ticketId;
    try {
      const ticket = await adapter.updateTicket(ticketId, item.patch, item.expectedVersion, { signal });
      return { ticketId, ok: true, ticket };
    } catch (error) {
      if (isAbortError(error) && signal?.aborted) throw error;
      const typed = toTicketError(error);
      // An abort that is not ours (e.g. the adapter's own timeout) is a failure of this item.
      if (!(typed instanceof TicketError)) return { ticketId, ok: false, error: new UnavailableError(typed.message, { cause: typed }) };
      if (typed instanceof ConflictError && typed.current === undefined) {
        const current = await adapter.getTicket(ticketId, { signal }).catch(() => undefined);
        if (current) {
          const withCurrent = new ConflictError(typed.message, { expectedVersion: typed.expectedVersion, actualVersion: typed.actualVersion ?? current.version, current });
          return { ticketId, ok: false, error: withCurrent };
        }
      }
      return { ticketId, ok: false, error: typed };
    }
  }

  async function worker(): Promise<void> {
    while (next < changes.length) {
      if (signal?.aborted) return;
      const index = next++;
      const outcome = await one(changes[index]!);
      outcomes[index] = outcome;
      done++;
      onProgress?.(done, changes.length, outcome);
    }
  }

  const workers = Array.from({ length: Math.min(concurrency, changes.length) }, () => worker());
  const settled = await Promise.allSettled(workers);
  throwIfAborted(signal);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return outcomes;
}
