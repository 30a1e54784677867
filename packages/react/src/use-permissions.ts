import { can, TICKET_ACTIONS, type Permission, type Ticket, type TicketAction } from '@ticketkit/core';
import { useMemo } from 'react';
import { useTicketsContext } from './context';

/** The viewer's permissions on a ticket, for hiding or disabling controls. */
export interface TicketPermissions {
  /** Whether the viewer may do `action`, and why not. */
  can(action: TicketAction): Permission;
  /** Every action's answer at once. */
  all: Record<TicketAction, Permission>;
}

const DENIED: Permission = { allowed: false, reason: 'notLoaded', message: 'The ticket is not loaded yet.' };

/**
 * What the viewer may do with `ticket` under the provider's `policy` (everything is denied, reason `notLoaded`, while it
 * is not loaded). The backend enforces scope itself.
 */
export function usePermissions(ticket: Pick<Ticket, 'assistant'> | null | undefined): TicketPermissions {
  const { viewer, policy } = useTicketsContext();
  return useMemo(() => {
    const all = Object.fromEntries(
      TICKET_ACTIONS.map((action) => [action, ticket ? can(viewer, action, ticket, policy) : DENIED]),
    ) as Record<TicketAction, Permission>;
    return { all, can: (action: TicketAction) => all[action] };
  }, [viewer, ticket, policy]);
}

/** Whether the viewer may do one `action` on `ticket`, and why not. */
export function useCan(action: TicketAction, ticket: Pick<Ticket, 'assistant'> | null | undefined): Permission {
  return usePermissions(ticket).can(action);
}
