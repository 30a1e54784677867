import type { Ticket } from '@ticketkit/core';
import { usePermissions, useTicketModel, type TicketActions, type TicketNeighbours } from '@ticketkit/react';
import type { ReactNode } from 'react';
import { useDetailCommand, useDetailCommandsBox } from '../lib/detail-commands';
import type { Formatter } from '../lib/format';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import type { TicketDetailPart } from './parts';

/** Props of `TicketTools`. */
export interface TicketToolsProps {
  ticket: Ticket;
  actions: TicketActions;
  /** Where the ticket sits in the list it was opened from; without it, no previous and next. */
  neighbours?: TicketNeighbours | undefined;
  messages: TicketsUIMessages;
  format: Formatter;
  slot: SlotFn<TicketDetailPart>;
}

/**
 * One-click Close (the model's first `done` status) or Reopen (its first `active` one), then the previous and next
 * ticket of the list with the ticket's place in it ("3 / 120"). Walking comes last, next to the drawer's own close
 * button: the two ways of leaving the ticket sit together, and "Close ticket" (a change to the ticket) stays apart
 * from the × that only closes the drawer.
 */
export function TicketTools({ ticket, actions, neighbours, messages, format, slot }: TicketToolsProps): ReactNode {
  const model = useTicketModel();
  const allowed = usePermissions(ticket).can('changeStatus').allowed;
  const text = messages.timeline.header;
  const closed = model.categoryOf(ticket.status) === 'done';
  const target = closed ? model.statuses.find((s) => s.category === 'active')?.id : model.statuses.find((s) => s.category === 'done')?.id;
  const closeKey = useDetailCommandsBox()?.keys?.close;
  // The queue's close key (`e`) inside a panel: what Close does; a closed ticket stays as it is (no key reopens).
  useDetailCommand('close', () => {
    if (closed || target === undefined || !allowed || actions.isPending) return false;
    void actions.setStatus(target);
    return true;
  });
  return (
    <div {...slot('tools')}>
      {target !== undefined && allowed && (
        <button type="button" {...slot('close-ticket', { defaults: 'tk-button' })} data-action={closed ? 'reopen' : 'close'} aria-keyshortcuts={!closed && closeKey ? closeKey : undefined} disabled={actions.isPending} onClick={() => void actions.setStatus(target)}>
          {closed ? text.reopen : text.close}
        </button>
      )}
      {neighbours && neighbours.position !== null && (
        <nav {...slot('walk')} aria-label={text.walk(format.number(neighbours.position), format.number(neighbours.total))}>
          <button type="button" {...slot('walk-button', { defaults: 'tk-button' })} data-variant="ghost" aria-label={text.previous} title={text.previous} disabled={!neighbours.hasPrevious} onClick={() => void neighbours.previous()}>
            <span aria-hidden="true" data-slot="ticket-detail-walk-arrow">‹</span>
          </button>
          <span {...slot('position')} aria-hidden="true">
            {text.position(format.number(neighbours.position), format.number(neighbours.total))}
          </span>
          <button type="button" {...slot('walk-button', { defaults: 'tk-button' })} data-variant="ghost" aria-label={text.next} title={text.next} disabled={!neighbours.hasNext} onClick={() => void neighbours.next()}>
            <span aria-hidden="true" data-slot="ticket-detail-walk-arrow">›</span>
          </button>
        </nav>
      )}
    </div>
  );
}
