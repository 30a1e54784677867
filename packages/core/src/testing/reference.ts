import type { ListTicketsRequest } from '../adapter';
import { dayIn } from '../dates';
import { defaultTicketModel } from '../model';
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

function statusPasses(filter: string, status: string): boolean {
  if (filter === 'all') return true;
  if (filter === 'unsolved') return defaultTicketModel.status(status)?.category !== 'done';
  return status === filter;
}

/**
 * What `statusCounts` should be for a request: the tickets matching every filter but the status, counted per status
 * of the seed's model (every status, 0 included).
 */
export function referenceStatusCounts(data: MemoryData, viewer: Viewer, request: Partial<ListTicketsRequest>): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(defaultTicketModel.statuses.map((status) => [status.id, 0]));
  const byId = new Map(data.tickets.map((ticket) => [ticket.id, ticket]));
  for (const id of referenceIds(data, viewer, { ...request, status: 'all' })) counts[byId.get(id)!.status]!++;
  return counts;
}

/**
 * The IDs, in order, of every ticket a request matches, computed the slow and obvious way over the whole data set.
 * The contract: status filter; created day within the range in `timeZone`; every search word occurs (case- and
 * accent-insensitive, anywhere) in the ID, subject, requester name or email, conversation or notes; the assignee
 * (`me` is the viewer), any of the priorities, the requester; sort by the field (tickets not waiting last, either
 * way, for `waitingSince`), ties by newest created, then ID; members see only tickets of the assistants they own.
 */
export function referenceIds(data: MemoryData, viewer: Viewer, request: Partial<ListTicketsRequest>): string[] {
  const query = normalizeQuery(request);
  const timeZone = request.timeZone ?? 'UTC';
  const words = fold(query.search).split(/\s+/).filter(Boolean);
  const conversation = new Map<string, string>();
  for (const message of data.messages) conversation.set(message.ticketId, `${conversation.get(message.ticketId) ?? ''} ${message.body}`);
  // Notes are searched too: every viewer is on the team, and the team reads notes.
  for (const note of data.notes) conversation.set(note.ticketId, `${conversation.get(note.ticketId) ?? ''} ${note.body}`);
  const matches = data.tickets.filter((ticket) => {
    if (viewer.role !== 'admin' && ticket.assistant.ownerId !== viewer.id) return false;
    if (!statusPasses(query.status, ticket.status)) return false;
    if (query.assignee === 'unassigned' && ticket.assignee !== null) return false;
    if (query.assignee !== null && query.assignee !== 'unassigned' && ticket.assignee?.id !== (query.assignee === 'me' ? viewer.id : query.assignee)) return false;
    if (query.priorities.length > 0 && !query.priorities.includes(ticket.priority)) return false;
    if (query.requester !== null && ticket.requester.id !== query.requester) return false;
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
