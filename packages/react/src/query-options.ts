import { isTicketError, type ListTicketsRequest, type TicketActivity, type TicketAdapter } from '@ticketkit/core';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { ticketKeys } from './keys';

/** Where the option factories read from: an adapter and the key scope. `useTicketsContext()` returns one. */
export interface TicketQuerySource {
  adapter: TicketAdapter;
  scope: string;
}

// Only a backend outage is worth trying again; not-found, forbidden and validation answers will not change.
function retryUnavailable(failureCount: number, error: Error): boolean {
  return failureCount < 2 && isTicketError(error, 'unavailable');
}

/**
 * Query options for one list page; TanStack's `signal` reaches the adapter, so a superseded page is aborted.
 * Fresh for 5 s; writes, live events and `invalidateQueries({ queryKey: ticketKeys.lists(scope) })` refetch sooner.
 */
export function ticketListOptions(source: TicketQuerySource, request: ListTicketsRequest) {
  return queryOptions({
    queryKey: ticketKeys.list(source.scope, request),
    queryFn: ({ signal }) => source.adapter.listTickets(request, { signal }),
    // A prefetched next page stays fresh long enough to be shown without a second request when the person pages on.
    staleTime: 5_000,
    retry: retryUnavailable,
  });
}

/**
 * Query options for one ticket. Fresh for 5 s: opening a ticket fetches it (`prefetchTicketDetail`), and the detail
 * mounting a moment later shows it without asking again. Writes and live events update it in place.
 */
export function ticketOptions(source: TicketQuerySource, ticketId: string) {
  return queryOptions({
    queryKey: ticketKeys.detail(source.scope, ticketId),
    queryFn: ({ signal }) => source.adapter.getTicket(ticketId, { signal }),
    staleTime: 5_000,
    retry: retryUnavailable,
  });
}

/**
 * Query options for a ticket's conversation, oldest message first. Fresh for 5 s: the detail fetches it alongside
 * the ticket, and the conversation mounting a moment later shows it without asking again. Replies and live events
 * update it in place; `invalidateQueries` refetches sooner.
 */
export function ticketMessagesOptions(source: TicketQuerySource, ticketId: string) {
  return queryOptions({
    queryKey: ticketKeys.messages(source.scope, ticketId),
    queryFn: ({ signal }) => source.adapter.listMessages(ticketId, { signal }),
    staleTime: 5_000,
    retry: retryUnavailable,
  });
}

/** Query options for a ticket's internal notes, oldest first. Fresh for 5 s, like the messages. */
export function ticketNotesOptions(source: TicketQuerySource, ticketId: string) {
  return queryOptions({
    queryKey: ticketKeys.notes(source.scope, ticketId),
    queryFn: ({ signal }) => source.adapter.listNotes(ticketId, { signal }),
    staleTime: 5_000,
    retry: retryUnavailable,
  });
}

/**
 * Query options for a ticket's history, oldest first. An adapter without `listActivity` has no history: the query
 * answers an empty list without asking anything. Live `activity.added` events and the viewer's own changes update it.
 */
export function ticketActivityOptions(source: TicketQuerySource, ticketId: string) {
  return queryOptions({
    queryKey: ticketKeys.activity(source.scope, ticketId),
    queryFn: ({ signal }): Promise<TicketActivity[]> =>
      source.adapter.listActivity ? source.adapter.listActivity(ticketId, { signal }) : Promise.resolve([]),
    staleTime: 5_000,
    retry: retryUnavailable,
  });
}

/** Query options for the team members; they change rarely, so they stay fresh for five minutes. */
export function teamMembersOptions(source: TicketQuerySource) {
  return queryOptions({
    queryKey: ticketKeys.team(source.scope),
    queryFn: ({ signal }) => source.adapter.listTeamMembers({ signal }),
    staleTime: 5 * 60_000,
    retry: retryUnavailable,
  });
}

/**
 * Starts loading everything an opened ticket shows first (the ticket, its messages, notes and history) and resolves
 * once all of it is in the cache, or failed (the detail then shows the error). Lists still fresh are not asked again.
 */
export async function prefetchTicketDetail(client: QueryClient, source: TicketQuerySource, ticketId: string): Promise<void> {
  await Promise.all([
    client.prefetchQuery(ticketOptions(source, ticketId)),
    client.prefetchQuery(ticketMessagesOptions(source, ticketId)),
    client.prefetchQuery(ticketNotesOptions(source, ticketId)),
    client.prefetchQuery(ticketActivityOptions(source, ticketId)),
  ]);
}
