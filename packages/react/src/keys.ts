import type { ListTicketsRequest } from '@ticketkit/core';

/**
 * Query keys of every ticketkit query, namespaced by a scope (the viewer's ID by default, see `useTicketsContext`).
 * Use them to invalidate or read the cache: `queryClient.invalidateQueries({ queryKey: ticketKeys.lists(scope) })`.
 */
export const ticketKeys = {
  /** Every ticketkit query of every scope. */
  all: ['ticketkit'] as const,
  /** Every query of one scope. */
  scope: (scope: string) => [...ticketKeys.all, scope] as const,
  /** Every list page of one scope. */
  lists: (scope: string) => [...ticketKeys.scope(scope), 'list'] as const,
  /** One list page. */
  list: (scope: string, request: ListTicketsRequest) => [...ticketKeys.lists(scope), request] as const,
  /** Every single-ticket query of one scope. */
  details: (scope: string) => [...ticketKeys.scope(scope), 'ticket'] as const,
  /** One ticket. */
  detail: (scope: string, ticketId: string) => [...ticketKeys.details(scope), ticketId] as const,
  /** A ticket's conversation. */
  messages: (scope: string, ticketId: string) => [...ticketKeys.detail(scope, ticketId), 'messages'] as const,
  /** A ticket's internal notes. */
  notes: (scope: string, ticketId: string) => [...ticketKeys.detail(scope, ticketId), 'notes'] as const,
  /** A ticket's history: status, priority, assignee and field changes (`listActivity`). */
  activity: (scope: string, ticketId: string) => [...ticketKeys.detail(scope, ticketId), 'activity'] as const,
  /** The team members tickets can be assigned to. */
  team: (scope: string) => [...ticketKeys.scope(scope), 'team'] as const,
  /** The viewer's saved views. */
  savedViews: (scope: string) => [...ticketKeys.scope(scope), 'saved-views'] as const,
};

/**
 * Mutation keys of ticketkit's writes, per ticket: read a ticket's pending or failed writes with
 * `useMutationState({ filters: { mutationKey: ticketWriteKeys.update(scope, ticketId) } })`.
 */
export const ticketWriteKeys = {
  /** Every write of one scope. */
  all: (scope: string) => [...ticketKeys.scope(scope), 'write'] as const,
  /** Every status, priority and assignee change of one scope. */
  updates: (scope: string) => [...ticketWriteKeys.all(scope), 'update'] as const,
  /** The status, priority and assignee changes of one ticket. */
  update: (scope: string, ticketId: string) => [...ticketWriteKeys.updates(scope), ticketId] as const,
  /** The replies sent on one ticket. */
  reply: (scope: string, ticketId: string) => [...ticketWriteKeys.all(scope), 'reply', ticketId] as const,
  /** The notes added to one ticket. */
  note: (scope: string, ticketId: string) => [...ticketWriteKeys.all(scope), 'note', ticketId] as const,
};
