import type { TicketAdapter, TicketChangeEvent } from '@ticketkit/core';
import type { QueryClient } from '@tanstack/react-query';
import { appendOnce, writeTicket } from './cache';
import { ticketKeys } from './keys';

/** Applies one change made elsewhere to the caches. Lists are refetched: the change may move a ticket between pages. */
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
  }
  void client.invalidateQueries({ queryKey: ticketKeys.lists(scope) });
}

/** Subscribes the caches to the adapter's live changes when it offers them; returns the unsubscribe function. */
export function subscribeToChanges(client: QueryClient, scope: string, adapter: TicketAdapter): () => void {
  if (!adapter.subscribe) return () => {};
  return adapter.subscribe((event) => applyChangeEvent(client, scope, event));
}
