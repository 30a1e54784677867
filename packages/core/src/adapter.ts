import type { TicketQuery } from './query';
import type { Message, Note, TeamMember, Ticket, TicketPatch } from './types';

/** Options every adapter call takes. */
export interface CallOptions {
  /** Aborted when the result is no longer wanted; the adapter stops work and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** A request for one page of the list: a normalised query plus the time zone its calendar days are read in. */
export interface ListTicketsRequest extends TicketQuery {
  /** IANA time zone in which `createdFrom`/`createdTo` are calendar days. Defaults to `UTC`. */
  timeZone?: string;
}

/** One page of the list, and how many tickets match in all. */
export interface TicketPage {
  tickets: Ticket[];
  /** How many tickets match the filters and search, across every page. */
  total: number;
  page: number;
  pageSize: number;
  /**
   * Records the adapter returned that failed validation and were left out, each with the field at fault.
   * Set by `withValidation`; one bad record never takes the list down.
   */
  rejected?: RejectedRecord[];
}

/** A record left out of a result because it failed validation. */
export interface RejectedRecord {
  /** Index in the adapter's raw result. */
  index: number;
  /** The record's `id` when it had one. */
  id?: string;
  /** Path of the bad field, e.g. `tickets[3].requester.email`. */
  field: string;
  message: string;
}

/** The result of sending a reply: the new message and the ticket as it now stands. */
export interface ReplyResult {
  message: Message;
  ticket: Ticket;
}

/** A change made elsewhere, pushed to `subscribe` listeners. */
export type TicketChangeEvent =
  | { type: 'ticket.created'; ticket: Ticket }
  | { type: 'ticket.updated'; ticket: Ticket }
  | { type: 'message.added'; ticketId: string; message: Message }
  | { type: 'note.added'; ticketId: string; note: Note };

/**
 * The one way ticketkit reaches a backend. A host implements it for its own API, or uses `createMemoryAdapter`
 * or `createRestAdapter`. Rules every implementation follows:
 *
 * - The backend does the query work: `listTickets` returns one page and the total, never every ticket.
 * - Every call honours `options.signal` and rejects with its reason once aborted.
 * - Failures are typed (`NotFoundError`, `ForbiddenError`, `ConflictError`, `ValidationError`, `UnavailableError`).
 * - The backend enforces the viewer's scope: a member sees and changes only tickets of their own assistants.
 * - A write carries the version the user saw; a stale one is refused with `ConflictError`, nothing is overwritten.
 */
export interface TicketAdapter {
  /** One page of tickets matching the query's status, created-date range and search, in the query's sort order. */
  listTickets(request: ListTicketsRequest, options?: CallOptions): Promise<TicketPage>;
  /** One ticket. Rejects with `NotFoundError` when it does not exist, `ForbiddenError` when out of the viewer's scope. */
  getTicket(ticketId: string, options?: CallOptions): Promise<Ticket>;
  /** The ticket's whole conversation, oldest message first. */
  listMessages(ticketId: string, options?: CallOptions): Promise<Message[]>;
  /** The ticket's internal notes, oldest first. Notes are never part of the conversation. */
  listNotes(ticketId: string, options?: CallOptions): Promise<Note[]>;
  /** The team members a ticket can be assigned to. */
  listTeamMembers(options?: CallOptions): Promise<TeamMember[]>;
  /**
   * Changes status, priority and/or assignee. `expectedVersion` is the version the user saw; when the ticket has
   * moved on, rejects with `ConflictError` and changes nothing. Resolves to the ticket with its new version.
   */
  updateTicket(ticketId: string, patch: TicketPatch, expectedVersion: number, options?: CallOptions): Promise<Ticket>;
  /** Adds an internal note, visible only to the team. */
  addNote(ticketId: string, input: { body: string }, options?: CallOptions): Promise<Note>;
  /** Sends a reply to the end user; it joins the conversation. Resolves to the message and the updated ticket. */
  sendReply(ticketId: string, input: { body: string }, options?: CallOptions): Promise<ReplyResult>;
  /**
   * Optional capability: live changes made elsewhere. Present only when the backend can push them.
   * Returns a function that stops the subscription.
   */
  subscribe?(listener: (event: TicketChangeEvent) => void): () => void;
}
