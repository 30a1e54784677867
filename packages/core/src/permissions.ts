import type { Ticket, Viewer } from './types';

/** What a viewer may try to do with a ticket. */
export type TicketAction = 'view' | 'changeStatus' | 'assign' | 'setPriority' | 'addNote' | 'reply';

/** Every action, in the order a UI usually shows them. */
export const TICKET_ACTIONS: readonly TicketAction[] = ['view', 'changeStatus', 'assign', 'setPriority', 'addNote', 'reply'];

/** The answer of `can`: allowed, or not with a reason to show the person. */
export type Permission = { allowed: true } | { allowed: false; reason: string };

const ALLOWED: Permission = Object.freeze({ allowed: true });

/**
 * Whether `viewer` may do `action` on `ticket`, and why not. An admin may do everything; a member only acts on
 * tickets of the assistants they own. The backend enforces the same rule: use this to hide or disable controls.
 */
export function can(viewer: Viewer, action: TicketAction, ticket: Pick<Ticket, 'assistant'>): Permission {
  if (viewer.role === 'admin') return ALLOWED;
  if (ticket.assistant.ownerId === viewer.id) return ALLOWED;
  const verb = action === 'view' ? 'see' : 'change';
  return {
    allowed: false,
    reason: `Only the owner of ${ticket.assistant.name} or an administrator can ${verb} this ticket.`,
  };
}

/** Whether `viewer` may see tickets of an assistant owned by `ownerId`. */
export function canSeeAssistant(viewer: Viewer, ownerId: string): boolean {
  return viewer.role === 'admin' || viewer.id === ownerId;
}
