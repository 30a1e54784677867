import type { Message, Note, TeamMember, Ticket, TicketActivity } from '@ticketkit/core';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { findCachedTicket } from './cache';
import { useTicketsContext } from './context';
import { teamMembersOptions, ticketActivityOptions, ticketMessagesOptions, ticketNotesOptions, ticketOptions } from './query-options';
import { usePendingView } from './use-pending-changes';

// Hooks with no ticket selected stay idle rather than asking the adapter for an empty ID.
const idle = (ticketId: string | null | undefined): ticketId is string => typeof ticketId === 'string' && ticketId !== '';

/**
 * One ticket, loaded by ID. Idle while `ticketId` is null. Until it is loaded, the copy in a cached list page stands
 * in (`isPlaceholderData`), so a ticket opened from the list shows at once; it is fetched all the same. Its changes
 * still on their way are shown applied.
 */
export function useTicket(ticketId: string | null | undefined): UseQueryResult<Ticket, Error> {
  const context = useTicketsContext();
  const client = useQueryClient();
  const options = ticketOptions(context, ticketId ?? '');
  // One function per ticket: TanStack reuses the placeholder while the function is the same, instead of scanning every
  // cached list page again on each render until the ticket arrives.
  const placeholderData = useCallback(
    () => (idle(ticketId) ? findCachedTicket(client, context.scope, ticketId) : undefined),
    [client, context.scope, ticketId],
  );
  const select = usePendingView(context.scope, ticketId ?? '');
  return useQuery({ ...options, enabled: idle(ticketId), placeholderData, select });
}

/** A ticket's conversation, oldest message first. Idle while `ticketId` is null. */
export function useTicketMessages(ticketId: string | null | undefined): UseQueryResult<Message[], Error> {
  const context = useTicketsContext();
  const options = ticketMessagesOptions(context, ticketId ?? '');
  return useQuery({ ...options, enabled: idle(ticketId) });
}

/** A ticket's internal notes, oldest first. Idle while `ticketId` is null. */
export function useTicketNotes(ticketId: string | null | undefined): UseQueryResult<Note[], Error> {
  const context = useTicketsContext();
  const options = ticketNotesOptions(context, ticketId ?? '');
  return useQuery({ ...options, enabled: idle(ticketId) });
}

/**
 * A ticket's history (status, priority, assignee and field changes), oldest first. Empty when the adapter has no
 * `listActivity`. Idle while `ticketId` is null.
 */
export function useTicketActivity(ticketId: string | null | undefined): UseQueryResult<TicketActivity[], Error> {
  const context = useTicketsContext();
  const options = ticketActivityOptions(context, ticketId ?? '');
  return useQuery({ ...options, enabled: idle(ticketId) });
}

/** The team members a ticket can be assigned to. */
export function useTeamMembers(): UseQueryResult<TeamMember[], Error> {
  const context = useTicketsContext();
  return useQuery(teamMembersOptions(context));
}
