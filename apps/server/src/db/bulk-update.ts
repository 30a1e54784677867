import { defaultTicketModel, isTicketError, UnavailableError, type Ticket, type TicketModel, type TicketPatch, type Viewer } from '@ticketkit/core';
import { describeError, escapeForLog } from '../http/log';
import type { Database } from './database';
import { updateTicket } from './ticket-writes';

/** One item of a bulk update: its patch already checked, or the error its check raised. */
export interface CheckedBulkItem {
  ticketId: string;
  expectedVersion: number;
  patch: TicketPatch | { error: unknown };
}

/** What became of one item: the ticket as written, or the error that refused it. */
export type BulkItemResult =
  | { ticketId: string; ok: true; ticket: Ticket }
  | { ticketId: string; ok: false; error: unknown };

/**
 * Writes each item in its own transaction with its own version check, one after the other, in order: a conflict,
 * a missing ticket or a bad patch refuses that item only, never the others. A conflict's `ConflictError` carries the
 * ticket as it now stands (`current`), so the client can show what changed without another request.
 */
export async function bulkUpdate(
  db: Database,
  viewer: Viewer,
  items: readonly CheckedBulkItem[],
  model: TicketModel = defaultTicketModel,
): Promise<BulkItemResult[]> {
  const results: BulkItemResult[] = [];
  for (const { ticketId, expectedVersion, patch } of items) {
    if ('error' in patch) {
      results.push({ ticketId, ok: false, error: patch.error });
      continue;
    }
    try {
      results.push({ ticketId, ok: true, ticket: await updateTicket(db, viewer, ticketId, patch, expectedVersion, model) });
    } catch (error) {
      if (!isTicketError(error)) {
        // Earlier items are written: the request answers for each item rather than failing as a whole.
        console.error(`Unhandled error in a bulk update of ${escapeForLog(ticketId)}: ${describeError(error)}`);
        results.push({ ticketId, ok: false, error: new UnavailableError('The server failed to write this ticket; try it again.') });
        continue;
      }
      results.push({ ticketId, ok: false, error });
    }
  }
  return results;
}
