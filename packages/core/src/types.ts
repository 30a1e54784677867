/** The three states a ticket moves through. */
export const TICKET_STATUSES = ['open', 'in_progress', 'closed'] as const;
/** Where a ticket stands: `open`, `in_progress` or `closed`. */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Priorities from lowest to highest; the index is the rank used for sorting. */
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
/** How urgent a ticket is. Ordered: `low` < `normal` < `high` < `urgent`. */
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** The rank of a priority, 0 for `low` up to 3 for `urgent`. */
export function priorityRank(priority: TicketPriority): number {
  return TICKET_PRIORITIES.indexOf(priority);
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

/** A support ticket. Dates are ISO 8601 strings in UTC. */
export interface Ticket {
  /** Stable, human-readable ID such as `TK-1042`. */
  id: string;
  /** The brief description of the issue. */
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  createdAt: string;
  updatedAt: string;
  requester: Requester;
  assistant: Assistant;
  assignee: Assignee | null;
  /** Bumped by the backend on every write; a write must carry the version the user saw. */
  version: number;
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

/** The fields of a ticket a team member can change. `assigneeId: null` unassigns. */
export interface TicketPatch {
  status?: TicketStatus;
  priority?: TicketPriority;
  assigneeId?: string | null;
}
