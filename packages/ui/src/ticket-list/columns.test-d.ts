import { defineTicketModel, type Ticket, type TicketFieldsOf } from '@ticketkit/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { TicketsPanelProps } from '../tickets-panel/tickets-panel';
import type { TicketColumn } from './columns';
import type { TicketListProps } from './ticket-list';

export const model = defineTicketModel({
  fields: [
    { id: 'orderId', label: 'Order', type: 'number', sortable: true },
    { id: 'tier', label: 'Tier', type: 'choice', options: [{ id: 'gold', label: 'Gold' }, { id: 'silver', label: 'Silver' }] },
  ],
});
type Fields = TicketFieldsOf<typeof model>;

describe("a host's field types reach its cell renderers", () => {
  it('types the ticket a column of the model renders', () => {
    const column: TicketColumn<Fields> = {
      id: 'order',
      header: 'Order',
      cell(ticket) {
        expectTypeOf(ticket).toEqualTypeOf<Ticket<Fields>>();
        expectTypeOf(ticket.fields.orderId).toEqualTypeOf<number | null | undefined>();
        expectTypeOf(ticket.fields.tier).toEqualTypeOf<'gold' | 'silver' | null | undefined>();
        return ticket.fields.orderId?.toFixed(0) ?? '';
      },
    };
    // The list and the panel take it beside built-in IDs and field columns.
    expectTypeOf([column, 'id', 'fields.orderId'] as const).toExtend<NonNullable<TicketListProps['columns']>>();
    expectTypeOf([column] as const).toExtend<NonNullable<TicketsPanelProps['columns']>>();
  });

  it('refuses a cell that reads a field as the wrong type', () => {
    const wrong = {
      id: 'tier',
      header: 'Tier',
      cell: (ticket: Ticket<Fields>) => {
        // @ts-expect-error a choice field is one of its option IDs, not a number
        const n: number = ticket.fields.tier ?? 0;
        return String(n);
      },
    };
    expectTypeOf(wrong).toExtend<TicketColumn<Fields>>();
  });
});
