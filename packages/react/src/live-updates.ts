import type { TicketAdapter, TicketChangeEvent } from '@ticketkit/core';
import type { QueryClient } from '@tanstack/react-query';
import { appendOnce, writeTicket } from './cache';
import { ticketKeys } from './keys';

// Scopes whose lists are to be refetched at the end of this task, per cache.
const refreshing = new WeakMap<QueryClient, Set<string>>();

/**
 * Refetches the lists of `scope` once for all the changes of one task: a reply arrives as two events (the message and
 * the ticket), and each refetch started cancels the one before it.
 */
function refreshLists(client: QueryClient, scope: string): void {
  const scopes = refreshing.get(client) ?? new Set<string>();
  refreshing.set(client, scopes);
  if (scopes.has(scope)) return;
  scopes.add(scope);
  queueMicrotask(() => {
    scopes.delete(scope);
    void client.invalidateQueries({ queryKey: ticketKeys.lists(scope) });
  });
}

/**
 * Applies one change made elsewhere to the caches. Lists are refetched (the change may move a ticket between pages),
 * once for all the changes that arrive in the same task.
 */
export function applyChangeEvent(client: QueryClient, scope: string, event: TicketChangeEvent): void {
  switch (event.type) {
    case 'ticket.created':
      break;
    case 'ticket.updated':
      writeTicket(client, scope, event.ticket);
      break;
    case 'message.added':
      appendOnce(client, ticketKeys.messages(scope, event.ticketId), event.message);
      break;
    case 'note.added':
      appendOnce(client, ticketKeys.notes(scope, event.ticketId), event.note);
      return; // notes never change a list
    case 'activity.added':
      appendOnce(client, ticketKeys.activity(scope, event.ticketId), event.activity);
      return; // the change itself arrives as `ticket.updated`
  }
  refreshLists(client, scope);
}

/** Subscribes the caches to the adapter's live changes when it offers them; returns the unsubscribe function. */
export function subscribeToChanges(client: QueryClient, scope: string, adapter: TicketAdapter): () => void {
  if (!adapter.subscribe) return () => {};
  return adapter.subscribe((event) => applyChangeEvent(client, scope, event));
}
