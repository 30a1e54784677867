import {
  isTicketError,
  updateTicketsOneByOne,
  type BulkUpdateItem,
  type BulkUpdateOutcome,
  type CallOptions,
  type ListTicketsRequest,
  type Ticket,
  type TicketAdapter,
  type TicketError,
  type TicketPatch,
  type TicketQuery,
} from '@ticketkit/core';

/** A ticket a bulk change acts on, with the version the person saw: a ticket changed since is a conflict. */
export interface BulkTarget {
  ticketId: string;
  version: number;
}

/** What a bulk change did, ticket by ticket, sorted into what the person must hear about. */
export interface BulkUpdateSummary {
  /** Written, as they now stand. */
  changed: Ticket[];
  /** Changed by someone else since they were selected: left as they were. */
  conflicted: { ticketId: string; error: TicketError }[];
  /** Refused for another reason (gone, forbidden, invalid, the backend down): left as they were. */
  failed: { ticketId: string; error: TicketError | Error }[];
}

/** Sorts one outcome per ticket into changed, conflicted and failed. */
export function summarizeBulkOutcomes(outcomes: readonly BulkUpdateOutcome[]): BulkUpdateSummary {
  const summary: BulkUpdateSummary = { changed: [], conflicted: [], failed: [] };
  for (const outcome of outcomes) {
    if (outcome.ok) summary.changed.push(outcome.ticket);
    else if (isTicketError(outcome.error, 'conflict')) summary.conflicted.push({ ticketId: outcome.ticketId, error: outcome.error });
    else summary.failed.push({ ticketId: outcome.ticketId, error: outcome.error });
  }
  return summary;
}

/** Options of `runBulkUpdate`. */
export interface BulkUpdateOptions extends CallOptions {
  /** Writes at a time when the adapter has no `updateTickets`. Default 4. */
  concurrency?: number;
  /** Called as tickets are written one by one: how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Applies `patch` to every target, each written with its own version: through the adapter's `updateTickets` when it
 * has one, else one by one with bounded concurrency. Never all-or-nothing; one outcome per target, in order.
 */
export async function runBulkUpdate(
  adapter: TicketAdapter,
  targets: readonly BulkTarget[],
  patch: TicketPatch,
  options: BulkUpdateOptions = {},
): Promise<BulkUpdateOutcome[]> {
  const items: BulkUpdateItem[] = targets.map((target) => ({ ticketId: target.ticketId, patch, expectedVersion: target.version }));
  if (items.length === 0) return [];
  const { concurrency, onProgress, ...call } = options;
  if (adapter.updateTickets) {
    const outcomes = await adapter.updateTickets(items, call);
    onProgress?.(items.length, items.length);
    return outcomes;
  }
  return updateTicketsOneByOne(adapter, items, { concurrency: concurrency ?? 4, signal: call.signal, onProgress });
}

/** Most tickets "select all matching" gathers; a larger set is refused, asking for a narrower filter. */
export const MAX_BULK_TICKETS = 5000;

/**
 * Every ticket matching `query` (all pages, 100 at a time), with the version each has now: what "select all N
 * matching" acts on. Stops at `limit` and throws a `RangeError` past it.
 */
export async function listAllMatching(
  adapter: TicketAdapter,
  query: TicketQuery,
  options: CallOptions & { timeZone?: string; limit?: number } = {},
): Promise<BulkTarget[]> {
  const { limit = MAX_BULK_TICKETS, timeZone, ...call } = options;
  const targets: BulkTarget[] = [];
  for (let page = 1; ; page++) {
    const request: ListTicketsRequest = { ...query, page, pageSize: 100, ...(timeZone ? { timeZone } : {}) };
    const result = await adapter.listTickets(request, call);
    if (result.total > limit) throw new RangeError(`listAllMatching: ${result.total} tickets match, more than ${limit} at once`);
    for (const ticket of result.tickets) targets.push({ ticketId: ticket.id, version: ticket.version });
    if (result.tickets.length < 100 || targets.length >= result.total) return targets;
  }
}
