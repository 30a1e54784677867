import type { ListTicketsRequest } from '../adapter';
import { dayIn } from '../dates';
import { normalizeQuery, type TicketSortField } from '../query';
import type { MemoryData } from '../seed/generate';
import { TICKET_PRIORITIES, type Ticket, type Viewer } from '../types';

/** Lower case without accents, written independently of any adapter's own folding. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The value sorted on; `null` for a ticket that has none (not waiting), which sorts last either way. */
function sortValue(ticket: Ticket, field: TicketSortField): number | null {
  switch (field) {
    case 'priority':
      return TICKET_PRIORITIES.indexOf(ticket.priority);
    case 'createdAt':
      return Date.parse(ticket.createdAt);
    case 'updatedAt':
      return Date.parse(ticket.updatedAt);
    case 'lastMessageAt':
      return Date.parse(ticket.lastMessageAt);
    case 'waitingSince':
      return ticket.waitingSince === null ? null : Date.parse(ticket.waitingSince);
    default:
      throw new Error(`referenceIds: no reference for the sort ${field}`);
  }
}

/**
 * The IDs, in order, of every ticket a request matches, computed the slow and obvious way over the whole data set.
 * The contract: status filter; created day within the range in `timeZone`; every search word occurs (case- and
 * accent-insensitive, anywhere) in the ID, subject, requester name or email, or conversation; sort by the field, ties
 * by newest created, then ID; members see only tickets of the assistants they own.
 */
export function referenceIds(data: MemoryData, viewer: Viewer, request: Partial<ListTicketsRequest>): string[] {
  const query = normalizeQuery(request);
  const timeZone = request.timeZone ?? 'UTC';
  const words = fold(query.search).split(/\s+/).filter(Boolean);
  const conversation = new Map<string, string>();
  for (const message of data.messages) conversation.set(message.ticketId, `${conversation.get(message.ticketId) ?? ''} ${message.body}`);
  const matches = data.tickets.filter((ticket) => {
    if (viewer.role !== 'admin' && ticket.assistant.ownerId !== viewer.id) return false;
    if (query.status !== 'all' && ticket.status !== query.status) return false;
    const day = dayIn(Date.parse(ticket.createdAt), timeZone);
    if (query.createdFrom && day < query.createdFrom) return false;
    if (query.createdTo && day > query.createdTo) return false;
    const text = fold(
      [ticket.id, ticket.subject, ticket.requester.name, ticket.requester.email, conversation.get(ticket.id) ?? ''].join(' '),
    );
    return words.every((word) => text.includes(word));
  });
  const sign = query.direction === 'asc' ? 1 : -1;
  matches.sort((a, b) => {
    const valueA = sortValue(a, query.sort);
    const valueB = sortValue(b, query.sort);
    const primary = valueA === null || valueB === null ? (valueA === valueB ? 0 : valueA === null ? 1 : -1) : (valueA - valueB) * sign;
    if (primary !== 0) return primary;
    const created = Date.parse(b.createdAt) - Date.parse(a.createdAt);
    if (created !== 0) return created;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return matches.map((ticket) => ticket.id);
}
