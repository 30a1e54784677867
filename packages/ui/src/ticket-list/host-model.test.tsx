import { sampleHostModel } from '@ticketkit/core/memory';
import type { Ticket, TicketFieldsOf } from '@ticketkit/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axeViolations } from '../test/axe';
import { callsOf, renderWithTickets } from '../test/render';
import { TicketFilters } from '../ticket-filters/ticket-filters';
import type { TicketColumn } from './columns';
import { TicketList } from './ticket-list';

type Request = { status: string; fields: Record<string, string>; sort: string; direction: string; page: number };
const lastRequest = (backend: Parameters<typeof callsOf>[0]) => callsOf(backend, 'listTickets').at(-1)?.[0] as Request | undefined;
type HostFields = TicketFieldsOf<typeof sampleHostModel>;

describe('the list and filters under a host model', () => {
  it('offers Unsolved and the model statuses, shows its priorities, and a sortable Order column', async () => {
    const user = userEvent.setup();
    const { backend, container } = renderWithTickets(
      <>
        <TicketFilters />
        <TicketList columns={['id', 'subject', 'status', 'priority', 'fields.orderId', 'fields.plan']} />
      </>,
      { model: sampleHostModel },
    );
    const table = await screen.findByRole('table', { name: 'Tickets' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(5));
    // Custom fields by ID among the built-in columns.
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers.map((header) => header?.replace(/[▲▼↕]/g, '').trim())).toEqual(expect.arrayContaining(['Order', 'Plan']));
    expect(within(table).getAllByText(/^P[1-4]$/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Status: All' }));
    const items = within(await screen.findByRole('menu')).getAllByRole('menuitemradio');
    expect(items.map((item) => item.textContent?.replace('✓', '').replace(/[\d,]+$/, ''))).toEqual(['All', 'Unsolved', 'New', 'Working', 'Pending customer', 'Solved']);
    await user.click(items[4]!);
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ status: 'pending_customer' }));
    await waitFor(() => expect(within(table).getAllByText('Pending customer').length).toBeGreaterThan(0));
    const statuses = within(table).getAllByText(/^(New|Working|Pending customer|Solved)$/).map((cell) => cell.textContent);
    expect(new Set(statuses)).toEqual(new Set(['Pending customer']));

    await user.click(within(table).getByRole('button', { name: /Order/ }));
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ sort: 'fields.orderId' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters on a choice field from a menu and on a number field from a box, each a removable chip', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(
      <>
        <TicketFilters />
        <TicketList columns={['id', 'subject', 'fields.orderId', 'fields.plan', 'fields.tags']} />
      </>,
      { model: sampleHostModel },
    );
    await screen.findAllByRole('row');
    await user.click(screen.getByRole('button', { name: 'Plan: Any' }));
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitemradio', { name: 'Pro' }));
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ fields: { plan: 'pro' } }));
    const summary = screen.getByRole('group', { name: 'Active filters' });
    expect(within(summary).getByText('Plan: Pro')).toBeInTheDocument();

    const order = backend.data.tickets.find((t) => typeof t.fields.orderId === 'number' && t.fields.plan === 'pro')!;
    const box = screen.getByRole('searchbox', { name: 'Filter by Order' });
    await user.type(box, `${order.fields.orderId}{Enter}`);
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ fields: { plan: 'pro', orderId: String(order.fields.orderId) } }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('row', { name: new RegExp(order.id) })).toBeInTheDocument();

    // A value the field refuses is not applied, and the list says which filter.
    await user.clear(box);
    await user.type(box, 'abc{Enter}');
    expect(await screen.findByText('Not applied: the Order given is not valid.')).toBeInTheDocument();
    expect(lastRequest(backend)).toMatchObject({ fields: { orderId: String(order.fields.orderId) } });

    await user.click(within(summary).getByRole('button', { name: 'Remove Plan: Pro' }));
    await waitFor(() => expect(lastRequest(backend)?.fields).toEqual({ orderId: String(order.fields.orderId) }));
  });

  it('gives a host column the ticket with its fields typed by the model', async () => {
    const refund: TicketColumn<HostFields> = {
      id: 'refund',
      header: 'Refund',
      cell: (ticket: Ticket<HostFields>) => (ticket.fields.tags?.includes('refund') ? `Refund #${ticket.fields.orderId ?? '?'}` : ''),
    };
    const { backend } = renderWithTickets(<TicketList columns={['id', refund]} />, { model: sampleHostModel });
    await screen.findAllByRole('row');
    const page = backend.data.tickets.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 25);
    const withRefund = page.filter((t) => (t.fields.tags as string[] | undefined)?.includes('refund'));
    expect(withRefund.length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getAllByText(/^Refund #/)).toHaveLength(withRefund.length));
  });
});
