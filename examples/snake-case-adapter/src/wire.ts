// The helpdesk's own JSON, as its API documents it: snake_case, numeric ticket IDs, its own status names (`new`,
// `pending`, `solved`), urgency 1–4, and fields ticketkit does not know (`order_number`). Nothing here is ticketkit's.

/** A ticket as the helpdesk sends it. */
export interface HelpdeskTicket {
  id: number;
  title: string;
  state: 'new' | 'pending' | 'solved';
  /** 1 (low) to 4 (urgent). */
  urgency: 1 | 2 | 3 | 4;
  created_at: string;
  updated_at: string;
  requester: { id: string; full_name: string; email_address: string };
  /** The AI assistant, and the agent who owns it. */
  bot: { id: string; name: string; owner_agent_id: string };
  assigned_agent: { id: string; full_name: string } | null;
  lock_version: number;
  /** When the newest comment of the conversation (not an internal one) was written; `created_at` when none. */
  last_comment_at: string;
  /** The customer's oldest comment after the agents' latest public one; `null` when an agent spoke last. */
  customer_waiting_since: string | null;
  /** A custom field of this helpdesk (the shop's order). */
  order_number: string;
}

/** One page of `GET /tickets`. */
export interface HelpdeskTicketList {
  results: HelpdeskTicket[];
  count: number;
}

/** A message of the conversation, or (with `internal: true`) a note for the team only. */
export interface HelpdeskComment {
  id: number;
  ticket_id: number;
  author_type: 'customer' | 'bot' | 'agent';
  author_id: string;
  author_name: string;
  text: string;
  internal: boolean;
  created_at: string;
}

/** A person of the support team. */
export interface HelpdeskAgent {
  id: string;
  full_name: string;
  email_address: string;
  is_admin: boolean;
}

/** The body of every error answer. */
export interface HelpdeskError {
  error: { kind: 'missing' | 'unauthorized' | 'stale' | 'invalid'; param?: string; detail: string };
}
