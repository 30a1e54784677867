import type { TicketError } from './errors';
import type { FieldValue } from './model';
import type { InsightsRequest, TicketInsights } from './insights/types';
import type { TicketQuery } from './query';
import type { Assignee, Message, Note, TeamMember, Ticket, TicketPatch } from './types';

/** Options every adapter call takes. */
export interface CallOptions {
  /** Aborted when the result is no longer wanted; the adapter stops work and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** A request for one page of the list: a normalised query plus the time zone its calendar days are read in. */
export interface ListTicketsRequest extends TicketQuery {
  /** IANA time zone in which `createdFrom`/`createdTo` are calendar days. Defaults to `UTC`. */
  timeZone?: string;
  /**
   * Asks for `statusCounts` in the page: how many tickets each status has under the other filters. Honoured only by
   * an adapter that declares `capabilities.statusCounts`; others ignore it.
   */
  countByStatus?: boolean;
}

/**
 * Why a search matched a ticket whose subject, ID and requester do not hold the words: an excerpt of the message or
 * note that does.
 */
export interface SearchSnippet {
  /** Where the excerpt comes from: the conversation (`message`) or an internal note (`note`). */
  source: 'message' | 'note';
  /** At most about 160 characters around the first match, plain text. */
  text: string;
  /** The matched words in `text`: `[start, end)` as UTF-16 indexes, end exclusive, in order, not overlapping. */
  highlights: ReadonlyArray<readonly [start: number, end: number]>;
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
  /**
   * When asked with `countByStatus` and the adapter declares `capabilities.statusCounts`: how many tickets match
   * the current filters and search, IGNORING the status filter, per status ID of the model (every status, 0
   * included).
   */
  statusCounts?: Readonly<Record<string, number>>;
  /**
   * For a search: by ticket ID, the excerpt that explains a match found only in the ticket's conversation or notes
   * (not in its subject, ID or requester). Tickets matched there have no entry.
   */
  snippets?: Readonly<Record<string, SearchSnippet>>;
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

/**
 * The text of a reply or a note, and the key that makes its delivery happen at most once.
 *
 * ticketkit makes `idempotencyKey` when the person presses send and sends it again, unchanged, with every retry of
 * that send (after a timeout the first attempt may have been stored). A backend that already stored a write with
 * this key on this ticket, by this viewer, returns that write's result and stores nothing; the same key for another
 * ticket or another text is refused with a `ValidationError` on `idempotencyKey`.
 */
export interface TextInput {
  /** Plain text: not blank, at most `MAX_BODY_LENGTH` characters, no U+0000 and no unpaired surrogate. */
  body: string;
  /** 1–128 characters from `A–Z a–z 0–9 _ - . :`. Optional for callers; ticketkit's composers always send one. */
  idempotencyKey?: string;
}

/** What an adapter can do beyond the required methods; every flag is optional and `false` when absent. */
export interface AdapterCapabilities {
  /** `listTickets` returns `statusCounts` when asked with `countByStatus`. */
  statusCounts?: boolean;
}

/** One ticket's change in a bulk update: the patch, and the version the user saw of that ticket. */
export interface BulkUpdateItem {
  ticketId: string;
  patch: TicketPatch;
  expectedVersion: number;
}

/**
 * What happened to one item of a bulk update: the ticket as written, or the typed error that refused it
 * (`ConflictError` with `current`, the ticket as it now stands; `NotFoundError`, `ForbiddenError`,
 * `ValidationError`, `UnavailableError`).
 */
export type BulkUpdateOutcome =
  | { ticketId: string; ok: true; ticket: Ticket }
  | { ticketId: string; ok: false; error: TicketError };

/** A saved list view's query: everything but the page (the page size is kept). */
export type SavedViewQuery = Omit<TicketQuery, 'page'>;

/** A list view a viewer saved under a name: filters, search, sort, page size, and optionally columns and density. */
export interface SavedView {
  id: string;
  name: string;
  query: SavedViewQuery;
  /** The visible columns, in order, when the view sets them. */
  columns?: readonly string[];
  density?: 'comfortable' | 'compact';
  createdAt: string;
  updatedAt: string;
}

/** What a saved view is made from. */
export interface SavedViewInput {
  name: string;
  query: SavedViewQuery;
  columns?: readonly string[];
  density?: 'comfortable' | 'compact';
}

/** The saved views of the viewer: each viewer sees and changes only their own. */
export interface SavedViewStore {
  /** The viewer's views, oldest first. */
  list(options?: CallOptions): Promise<SavedView[]>;
  /** Saves a new view. @throws ValidationError naming the field (e.g. `name` when blank). */
  create(input: SavedViewInput, options?: CallOptions): Promise<SavedView>;
  /** Renames or changes a view. @throws NotFoundError for a view that is not the viewer's. */
  update(id: string, changes: Partial<SavedViewInput>, options?: CallOptions): Promise<SavedView>;
  /** Deletes a view. @throws NotFoundError for a view that is not the viewer's. */
  remove(id: string, options?: CallOptions): Promise<void>;
}

/** One property change in a ticket's history: what it was and what it became. */
export type ActivityChange =
  | { kind: 'status'; from: string; to: string }
  | { kind: 'priority'; from: string; to: string }
  | { kind: 'assignee'; from: Assignee | null; to: Assignee | null }
  | { kind: 'field'; fieldId: string; from: FieldValue | null; to: FieldValue | null };

/** An event of a ticket's history: who changed which property, from what to what, when. */
export interface TicketActivity {
  id: string;
  ticketId: string;
  createdAt: string;
  /** The team member who made the change; `null` for the system. */
  actor: Assignee | null;
  change: ActivityChange;
}

/** A change made elsewhere, pushed to `subscribe` listeners. */
export type TicketChangeEvent =
  | { type: 'ticket.created'; ticket: Ticket }
  | { type: 'ticket.updated'; ticket: Ticket }
  | { type: 'message.added'; ticketId: string; message: Message }
  | { type: 'note.added'; ticketId: string; note: Note }
  | { type: 'activity.added'; ticketId: string; activity: TicketActivity };

/**
 * The one way ticketkit reaches a backend. A host implements it for its own API, or uses `createMemoryAdapter`
 * or `createRestAdapter`. Rules every implementation follows:
 *
 * - The backend does the query work: `listTickets` returns one page and the total, never every ticket.
 * - Every call honours `options.signal` and rejects with its reason once aborted.
 * - Failures are typed (`NotFoundError`, `ForbiddenError`, `ConflictError`, `ValidationError`, `UnavailableError`).
 * - The backend enforces the viewer's scope: a member sees and changes only tickets of their own assistants; to them
 *   any other ticket does not exist (`NotFoundError`, as for a missing ID).
 * - A reply or note is delivered at most once per `idempotencyKey`.
 * - A write carries the version the user saw; a stale one is refused with `ConflictError`, nothing is overwritten.
 */
export interface TicketAdapter {
  /** One page of tickets matching the query's status, created-date range and search, in the query's sort order. */
  listTickets(request: ListTicketsRequest, options?: CallOptions): Promise<TicketPage>;
  /**
   * One ticket. Rejects with `NotFoundError` when it does not exist — and, for a member, when it belongs to an
   * assistant they do not own: out of scope is indistinguishable from missing, on every method.
   */
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
  /** Adds an internal note, visible only to the team. A repeated `idempotencyKey` returns the first note. */
  addNote(ticketId: string, input: TextInput, options?: CallOptions): Promise<Note>;
  /**
   * Sends a reply to the end user; it joins the conversation. Resolves to the message and the ticket as it now
   * stands. A repeated `idempotencyKey` returns the first message (and the ticket as it now stands) and sends nothing.
   */
  sendReply(ticketId: string, input: TextInput, options?: CallOptions): Promise<ReplyResult>;
  /**
   * Optional capability: live changes made elsewhere. Present only when the backend can push them.
   * Returns a function that stops the subscription.
   */
  subscribe?(listener: (event: TicketChangeEvent) => void): () => void;
  /** What the adapter can do beyond the required methods (e.g. `statusCounts`). */
  readonly capabilities?: AdapterCapabilities;
  /**
   * Optional capability: changes many tickets, each with its own `expectedVersion`. Resolves to one outcome per item,
   * in the same order; an item that fails (a conflict, a missing ticket) does not stop the others — never
   * all-or-nothing. Without it, ticketkit uses `updateTicketsOneByOne`.
   */
  updateTickets?(changes: readonly BulkUpdateItem[], options?: CallOptions): Promise<BulkUpdateOutcome[]>;
  /** Optional capability: the viewer's saved list views. Without it, the panel keeps views in browser storage. */
  readonly savedViews?: SavedViewStore;
  /**
   * Optional capability: a ticket's history (status, priority, assignee and field changes), oldest first. Every
   * `updateTicket` / `updateTickets` write records one activity per changed property, with the viewer as actor.
   */
  listActivity?(ticketId: string, options?: CallOptions): Promise<TicketActivity[]>;
  /**
   * Optional capability: insights on the tickets of a range of days — figures overall and per assistant, recurring
   * issues and the questions each assistant handed over — in the viewer's scope. Each group carries the list query
   * that shows exactly its tickets. Rejects with `NotFoundError` for an assistant out of scope.
   */
  getInsights?(request: InsightsRequest, options?: CallOptions): Promise<TicketInsights>;
}
