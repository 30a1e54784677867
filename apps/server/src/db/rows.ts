import { defaultTicketModel, type Message, type Note, type TeamMember, type Ticket, type TicketFields, type TicketModel, type TicketStatus } from '@ticketkit/core';
import type { Row } from './database';

/** The columns every ticket query selects, aliased so `toTicket` reads them the same way everywhere. */
export const TICKET_COLUMNS = `
  t.id, t.subject, t.status, t.priority, t.created_at, t.updated_at, t.version, t.fields,
  t.requester_id, t.requester_name, t.requester_email,
  a.id AS assistant_id, a.name AS assistant_name, a.owner_id AS assistant_owner_id,
  m.id AS assignee_id, m.name AS assignee_name`;

/** The joins `TICKET_COLUMNS` needs, from `tickets t`. */
export const TICKET_JOINS = `
  JOIN assistants a ON a.id = t.assistant_id
  LEFT JOIN team_members m ON m.id = t.assignee_id`;

/** A timestamp column as an ISO 8601 string in UTC (drivers return `Date`s; text is accepted too). */
export function iso(value: unknown): string {
  const date = value instanceof Date ? value : new Date(String(value));
  return date.toISOString();
}

/**
 * The priority ID of a stored rank under `model`. A rank the model does not have (the configuration lost priorities
 * since the row was written) is written `rank-<n>`, which a client checking against the model refuses by name,
 * rather than passed off as another priority.
 */
export function priorityOfRank(rank: number, model: TicketModel): string {
  return model.priorities[rank]?.id ?? `rank-${rank}`;
}

/** The `fields` column as the API's `fields` (drivers return jsonb parsed; text is accepted too). */
function toFields(value: unknown): TicketFields {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as TicketFields) : {};
}

/** A ticket row (selected with `TICKET_COLUMNS`) as the API's `Ticket`, its priority rank read under `model`. */
export function toTicket(row: Row, model: TicketModel = defaultTicketModel): Ticket {
  return {
    id: String(row.id),
    subject: String(row.subject),
    status: row.status as TicketStatus,
    priority: priorityOfRank(Number(row.priority), model),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    requester: { id: String(row.requester_id), name: String(row.requester_name), email: String(row.requester_email) },
    assistant: { id: String(row.assistant_id), name: String(row.assistant_name), ownerId: String(row.assistant_owner_id) },
    assignee: row.assignee_id == null ? null : { id: String(row.assignee_id), name: String(row.assignee_name) },
    fields: toFields(row.fields),
    version: Number(row.version),
    // Interim until the server keeps these columns: read them when selected, else the creation time and "not waiting".
    lastMessageAt: row.last_message_at == null ? iso(row.created_at) : iso(row.last_message_at),
    waitingSince: row.waiting_since == null ? null : iso(row.waiting_since),
  };
}

/** A `messages` row as a conversation `Message`. */
export function toMessage(row: Row): Message {
  return {
    id: String(row.id),
    ticketId: String(row.ticket_id),
    author: { kind: row.author_kind as Message['author']['kind'], id: String(row.author_id), name: String(row.author_name) },
    body: String(row.body),
    createdAt: iso(row.created_at),
  };
}

/** A `notes` row as an internal `Note`. */
export function toNote(row: Row): Note {
  return {
    id: String(row.id),
    ticketId: String(row.ticket_id),
    author: { id: String(row.author_id), name: String(row.author_name) },
    body: String(row.body),
    createdAt: iso(row.created_at),
  };
}

/** A `team_members` row as a `TeamMember`. */
export function toTeamMember(row: Row): TeamMember {
  return { id: String(row.id), name: String(row.name), email: String(row.email), role: row.role as TeamMember['role'] };
}
