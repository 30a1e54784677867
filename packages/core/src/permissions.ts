import type { Ticket, Viewer } from './types';

/** What a viewer may try to do with a ticket. */
export type TicketAction = 'view' | 'changeStatus' | 'assign' | 'setPriority' | 'editFields' | 'addNote' | 'reply';

/** Every action, in the order a UI usually shows them. */
export const TICKET_ACTIONS: readonly TicketAction[] = ['view', 'changeStatus', 'assign', 'setPriority', 'editFields', 'addNote', 'reply'];

/**
 * Why an action is not allowed, as a message key the UI translates: `notOwner` (the seed's rule: the ticket's
 * assistant belongs to someone else), `readOnly` (the viewer may look but not change), or a host's own key.
 */
export type PermissionReason = 'notOwner' | 'readOnly' | (string & {});

/** The answer of a policy: allowed, or not with a reason key (and its values) and an English sentence for logs. */
export type Permission =
  | { allowed: true }
  | {
      allowed: false;
      /** The message key the UI shows, translated (`messages.common.permissions[reason]`). */
      reason: PermissionReason;
      /** Values the message takes, e.g. `{ assistant: 'Billing bot' }`. */
      values?: Readonly<Record<string, string>>;
      /** The same in English, for errors and logs. */
      message: string;
    };

/** The ticket as a policy sees it: at least its assistant (the seed's rule needs no more). */
export type PolicyTicket = Pick<Ticket, 'assistant'> & Partial<Ticket>;

/**
 * Decides each action for a viewer and a ticket. Give one to `TicketsProvider` (`policy`) to have, for example,
 * read-only auditors or members who see everything but change only their own. It decides what the UI offers; the
 * backend still enforces scope.
 */
export type TicketPolicy = (viewer: Viewer, action: TicketAction, ticket: PolicyTicket) => Permission;

/** Allowed. */
export const ALLOWED: Permission = Object.freeze({ allowed: true });

/** The refusal of the seed's rule: the ticket's assistant belongs to someone else. */
export function notOwner(action: TicketAction, ticket: PolicyTicket): Permission {
  const verb = action === 'view' ? 'see' : 'change';
  return {
    allowed: false,
    reason: 'notOwner',
    values: { assistant: ticket.assistant.name, verb },
    message: `Only the owner of ${ticket.assistant.name} or an administrator can ${verb} this ticket.`,
  };
}

/** The refusal of a viewer who may look but not change. */
export function readOnly(): Permission {
  return { allowed: false, reason: 'readOnly', message: 'You can see this ticket but not change it.' };
}

/**
 * The seed's rule, the default policy: an admin may do everything; a member acts only on tickets of the assistants
 * they own. The memory adapter and the reference server enforce the same scope.
 */
export const ownerPolicy: TicketPolicy = (viewer, action, ticket) =>
  viewer.role === 'admin' || ticket.assistant.ownerId === viewer.id ? ALLOWED : notOwner(action, ticket);

/**
 * Whether `viewer` may do `action` on `ticket`, and why not, under `policy` (the seed's rule by default). Use it to
 * hide or disable controls; the backend enforces scope itself.
 */
export function can(viewer: Viewer, action: TicketAction, ticket: PolicyTicket, policy: TicketPolicy = ownerPolicy): Permission {
  return policy(viewer, action, ticket);
}

/** Whether `viewer` may see tickets of an assistant owned by `ownerId` (the seed's scope). */
export function canSeeAssistant(viewer: Viewer, ownerId: string): boolean {
  return viewer.role === 'admin' || viewer.id === ownerId;
}
