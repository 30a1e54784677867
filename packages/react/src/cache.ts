import type { TeamMember, Ticket, TicketPage, TicketPatch } from '@ticketkit/core';
import type { QueryClient } from '@tanstack/react-query';
import { ticketKeys } from './keys';

/** The ticket with a patch applied, as the backend is expected to store it (version untouched). */
export function applyPatch(ticket: Ticket, patch: TicketPatch, team: readonly TeamMember[] = []): Ticket {
  const next: Ticket = { ...ticket };
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.priority !== undefined) next.priority = patch.priority;
  if (patch.assigneeId !== undefined) {
    const member = patch.assigneeId === null ? null : team.find((m) => m.id === patch.assigneeId);
    next.assignee = patch.assigneeId === null ? null : { id: patch.assigneeId, name: member?.name ?? patch.assigneeId };
  }
  if (patch.fields !== undefined) {
    // `null` clears a field: the backend then stores no value (absent), as the memory adapter does.
    const fields: Record<string, Ticket['fields'][string]> = { ...ticket.fields };
    for (const [id, value] of Object.entries(patch.fields)) {
      if (value === null) delete fields[id];
      else if (value !== undefined) fields[id] = value;
    }
    next.fields = fields;
  }
  return next;
}

/**
 * The freshest copy of a ticket in the cache: the highest version among the detail and every list page holding it.
 * A write sends this version, so an older copy (a page fetched before a live event) must not win.
 */
export function findCachedTicket(client: QueryClient, scope: string, ticketId: string): Ticket | undefined {
  let freshest = client.getQueryData<Ticket>(ticketKeys.detail(scope, ticketId));
  for (const [, page] of client.getQueriesData<TicketPage>({ queryKey: ticketKeys.lists(scope) })) {
    const found = page?.tickets.find((t) => t.id === ticketId);
    if (found && (!freshest || found.version > freshest.version)) freshest = found;
  }
  return freshest;
}

/**
 * Writes a ticket into its detail and into every cached list page that holds it. An older version never replaces
 * a newer one (a late live event must not undo a write).
 */
export function writeTicket(client: QueryClient, scope: string, ticket: Ticket): void {
  const keep = (old: Ticket | undefined) => old !== undefined && old.version > ticket.version;
  client.setQueryData<Ticket>(ticketKeys.detail(scope, ticket.id), (old) => (old === undefined || keep(old) ? old : ticket));
  client.setQueriesData<TicketPage>({ queryKey: ticketKeys.lists(scope) }, (page) => {
    if (!page || !page.tickets.some((t) => t.id === ticket.id)) return page;
    return { ...page, tickets: page.tickets.map((t) => (t.id === ticket.id && !keep(t) ? ticket : t)) };
  });
}

/** Adds an item to a cached list once (a live event may bring the same message the composer just sent). */
export function appendOnce<T extends { id: string }>(client: QueryClient, queryKey: readonly unknown[], item: T): void {
  client.setQueryData<T[]>(queryKey, (old) => (old === undefined || old.some((m) => m.id === item.id) ? old : [...old, item]));
}
