import { DEFAULT_PRIORITIES, DEFAULT_STATUSES, defaultTicketModel, type TicketFields, type TicketModel } from './model';

/** The seed's status IDs: the default model's. A host's model may have others. */
export const TICKET_STATUSES: readonly string[] = DEFAULT_STATUSES.map((status) => status.id);
/** The ID of a status of the ticket model in use (the seed's: `open`, `in_progress`, `closed`). */
export type TicketStatus = string;

/** The seed's priority IDs, lowest first: the default model's. A host's model may have others. */
export const TICKET_PRIORITIES: readonly string[] = DEFAULT_PRIORITIES.map((priority) => priority.id);
/** The ID of a priority of the ticket model in use (the seed's: `low` < `normal` < `high` < `urgent`). */
export type TicketPriority = string;

/** The rank of a priority in `model` (the seed's by default), 0 for the lowest; -1 for one it does not have. */
export function priorityRank(priority: TicketPriority, model: TicketModel = defaultTicketModel): number {
  return model.priorityRank(priority);
}

/** Role of a team member: an `admin` sees and manages every ticket, a `member` only those of the assistants they own. */
export type ViewerRole = 'admin' | 'member';

/** The end user who talked with the assistant and needs a human. */
export interface Requester {
  id: string;
  name: string;
  email: string;
}

/** The AI assistant the conversation happened with, and the team member who owns it. */
export interface Assistant {
  id: string;
  name: string;
  /** The team member who owns this assistant; a `member` manages only tickets of assistants they own. */
  ownerId: string;
}

/** A person on the company's team who works tickets. */
export interface TeamMember {
  id: string;
  name: string;
  email: string;
  role: ViewerRole;
}

/** A reference to the team member a ticket is assigned to. */
export interface Assignee {
  id: string;
  name: string;
}

/**
 * A support ticket. Dates are ISO 8601 strings in UTC. `Fields` is the type of its custom field values, from the
 * host's model (`Ticket<TicketFieldsOf<typeof model>>`).
 */
export interface Ticket<Fields extends TicketFields = TicketFields> {
  /** Stable, human-readable ID such as `TK-1042`. */
  id: string;
  /** The brief description of the issue. */
  subject: string;
  /** A status ID of the model. */
  status: TicketStatus;
  /** A priority ID of the model. */
  priority: TicketPriority;
  createdAt: string;
  updatedAt: string;
  requester: Requester;
  assistant: Assistant;
  assignee: Assignee | null;
  /**
   * Values of the model's custom fields by field ID (`null` or absent when empty). An adapter whose backend has no
   * custom fields returns `{}`; a missing `fields` is read as `{}`.
   */
  fields: Fields;
  /** Bumped by the backend on every write; a write must carry the version the user saw. */
  version: number;
  /** ISO time of the newest message of the conversation, of any author; `createdAt` when there is none. */
  lastMessageAt: string;
  /**
   * Since when the end user has been waiting for the team: the `createdAt` of the end user's oldest message sent after
   * the team's latest reply (a message whose `author.kind` is `team`); `null` when there is none, i.e. the team spoke
   * last. Assistant messages neither answer nor wait. Kept by the backend on every message and reply.
   */
  waitingSince: string | null;
  /**
   * The ID of the message at which the AI assistant handed the conversation to a person, when known. Optional:
   * a backend that does not track it leaves it out (or `null`).
   */
  handoffMessageId?: string | null;
}

/** Who wrote a message in the conversation. */
export type MessageAuthorKind = 'end_user' | 'assistant' | 'team';

/** One message of a ticket's conversation, shown to the end user. */
export interface Message {
  id: string;
  ticketId: string;
  author: { kind: MessageAuthorKind; id: string; name: string };
  /** Plain text. Never HTML. */
  body: string;
  createdAt: string;
}

/** An internal note: visible only to the team, never part of the conversation, never sent to the end user. */
export interface Note {
  id: string;
  ticketId: string;
  author: Assignee;
  /** Plain text. Never HTML. */
  body: string;
  createdAt: string;
}

/** Who is looking at the panel. */
export interface Viewer {
  id: string;
  name: string;
  role: ViewerRole;
}

/**
 * The fields of a ticket a team member can change. `assigneeId: null` unassigns; `fields` sets editable custom
 * fields (`null` clears one).
 */
export interface TicketPatch<Fields extends TicketFields = TicketFields> {
  status?: TicketStatus;
  priority?: TicketPriority;
  assigneeId?: string | null;
  fields?: Partial<Fields>;
}
