import { describe, expectTypeOf, it } from 'vitest';
import { defineTicketModel, type TicketFieldsOf } from './model';
import type { Ticket, TicketPatch } from './types';

export const model = defineTicketModel({
  fields: [
    { id: 'orderId', label: 'Order', type: 'number', sortable: true },
    { id: 'tier', label: 'Tier', type: 'choice', options: [{ id: 'gold', label: 'Gold' }, { id: 'silver', label: 'Silver' }] },
    { id: 'tags', label: 'Tags', type: 'multichoice', options: [{ id: 'vip', label: 'VIP' }] },
    { id: 'note', label: 'Note', type: 'text' },
  ],
});
type Fields = TicketFieldsOf<typeof model>;

describe('a host model types its tickets', () => {
  it('gives each custom field the type of its values', () => {
    expectTypeOf<Ticket<Fields>['fields']['orderId']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Ticket<Fields>['fields']['tier']>().toEqualTypeOf<'gold' | 'silver' | null | undefined>();
    expectTypeOf<Ticket<Fields>['fields']['tags']>().toEqualTypeOf<readonly 'vip'[] | null | undefined>();
    expectTypeOf<Ticket<Fields>['fields']['note']>().toEqualTypeOf<string | null | undefined>();
  });

  it('checks patches against the field types', () => {
    expectTypeOf<{ fields: { tier: 'gold' } }>().toExtend<TicketPatch<Fields>>();
    expectTypeOf<{ fields: { tier: 'bronze' } }>().not.toExtend<TicketPatch<Fields>>();
    expectTypeOf<{ fields: { orderId: '7' } }>().not.toExtend<TicketPatch<Fields>>();
  });
});
