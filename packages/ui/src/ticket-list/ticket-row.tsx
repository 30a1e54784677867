import type { Ticket } from '@ticketkit/core';
import { memo, type KeyboardEvent, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { TicketCellContext, TicketColumn } from './columns';
import type { TicketListPart } from './ticket-list';

/** Props of one row; everything is stable between renders so unchanged rows skip rendering. */
export interface TicketRowProps {
  ticket: Ticket;
  index: number;
  columns: TicketColumn[];
  selected: boolean;
  /** The row the arrow keys are on: the one row in the tab order. */
  active: boolean;
  context: TicketCellContext;
  slot: SlotFn<TicketListPart>;
  onOpen: (ticket: Ticket) => void;
  /** The row took focus: it becomes the one in the tab order. */
  onActivate: (ticketId: string) => void;
  /** Shows a checkbox first when set: whether this ticket is selected for a bulk change. */
  checked?: boolean | undefined;
  /** The checkbox was pressed; `range` when Shift was held. */
  onCheck?: ((ticket: Ticket, range: boolean) => void) | undefined;
}

function TicketRowImpl({ ticket, index, columns, selected, active, context, slot, onOpen, onActivate, checked, onCheck }: TicketRowProps): ReactNode {
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(ticket);
    }
  };
  return (
    // A focusable row that opens the ticket: the table stays a real table for screen readers (row and column
    // headers are announced), and the tbody's arrow-key handler walks the rows.
    <tr
      {...slot('row', { state: selected ? 'selected' : 'idle' })}
      data-checked={checked ? 'true' : undefined}
      // For the styles, which would otherwise ask with :has() (costly as rows are inserted): a checkbox first, and a
      // ticket where nobody waits.
      data-selectable={checked !== undefined ? '' : undefined}
      data-answered={ticket.waitingSince ? undefined : ''}
      data-ticket-id={ticket.id}
      data-index={index}
      aria-current={selected ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
      onClick={() => onOpen(ticket)}
      onFocus={() => onActivate(ticket.id)}
      onKeyDown={onKeyDown}
    >
      {checked !== undefined && (
        // The cell takes the click: a press just beside the small box selects rather than opens the ticket.
        <td {...slot('cell')} data-column="select" onClick={(event) => event.stopPropagation()}>
          <input
            type="checkbox"
            {...slot('checkbox')}
            checked={checked}
            aria-label={context.messages.list.selectTicket(ticket.id)}
            // Only the active row's box is in the tab order, next to its row: 25 more tab stops would bury the pagination.
            tabIndex={active ? 0 : -1}
            onClick={(event) => onCheck?.(ticket, event.shiftKey)}
            onChange={() => undefined}
          />
        </td>
      )}
      {columns.map((column) => (
        <td key={column.id} {...slot('cell')} data-column={column.id}>
          {column.cell(ticket, context)}
        </td>
      ))}
    </tr>
  );
}

/** A ticket row, memoised: paging, typing or selecting re-renders only the rows that changed. */
export const TicketRow = memo(TicketRowImpl);
