import { defineTicketModel, type Ticket } from '@ticketkit/core';
import type { MemoryData } from '@ticketkit/core/memory';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { notOwnedTicketTransform, patchTicket, STORY_TICKET_ID } from '../stories/detail-data';
import { storyViewer } from '../stories/story-backend';
import { axeViolations } from '../test/axe';
import { renderTicket } from '../test/render-ticket';
import { TicketDetail } from './ticket-detail';
import { TicketProperties, type TicketPropertiesProps } from './ticket-properties';

const ID = 'TK-1003';

/** A model with a field of every type; all editable but the URL. */
const model = defineTicketModel({
  fields: [
    { id: 'orderId', label: 'Order', type: 'number', editable: true },
    { id: 'plan', label: 'Plan', type: 'choice', editable: true, options: [{ id: 'free', label: 'Free' }, { id: 'pro', label: 'Pro' }] },
    {
      id: 'tags',
      label: 'Tags',
      type: 'multichoice',
      editable: true,
      options: [{ id: 'vip', label: 'VIP' }, { id: 'refund', label: 'Refund' }, { id: 'bug', label: 'Bug' }],
    },
    { id: 'due', label: 'Due', type: 'date', editable: true },
    { id: 'orderUrl', label: 'Order page', type: 'url' },
    { id: 'contact', label: 'Contact', type: 'email', editable: true },
    { id: 'summary', label: 'Summary', type: 'text', editable: true },
  ],
});

const withFields = (id: string, fields: Ticket['fields']) => (data: MemoryData) => patchTicket(data, id, (ticket) => ({ ...ticket, fields }));
const filled = withFields(ID, {
  orderId: 104233.5,
  plan: 'pro',
  tags: ['vip', 'bug'],
  due: '2026-03-05',
  orderUrl: 'https://shop.example/orders/104233',
  contact: 'buyer@example.com',
});

const detailReady = () => waitFor(() => expect(document.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'ready'));
const property = (id: string) => document.querySelector<HTMLElement>(`[data-slot="ticket-detail-property"][data-field="${id}"]`)!;
const value = (id: string) => property(id).querySelector('dd')!;
const control = (id: string) => property(id).querySelector<HTMLButtonElement>(`[data-control="field-${id}"]`)!;
const updates = (backend: { adapter: { calls: { method: string; args: unknown[] }[] } }) =>
  backend.adapter.calls.filter((call) => call.method === 'updateTicket').map((call) => call.args);

describe('TicketProperties', () => {
  it('shows every field of the model as text for its type, an empty one as "not set", with no axe violations', async () => {
    const { container } = renderTicket(() => <TicketDetail ticketId={ID} />, { model, transform: filled });
    await detailReady();
    expect(within(property('orderId')).getByText('Order').tagName).toBe('DT');
    expect(value('orderId')).toHaveTextContent('104,233.5');
    expect(value('plan')).toHaveTextContent('Pro');
    expect(value('tags')).toHaveTextContent('VIP, Bug');
    expect(value('due')).toHaveTextContent('Mar 5, 2026');
    expect(value('due').querySelector('time')).toHaveAttribute('dateTime', '2026-03-05');
    const link = within(value('orderUrl')).getByRole('link', { name: /shop\.example/ });
    expect(link).toHaveAttribute('href', 'https://shop.example/orders/104233');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(value('contact')).getByRole('link')).toHaveAttribute('href', 'mailto:buyer@example.com');
    expect(value('summary')).toHaveTextContent('—Not set');
    expect(value('summary').querySelector('[aria-hidden="true"]')).toHaveTextContent('—');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('changes a choice and a multichoice from their menus: the memory adapter has them, the version moves on', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <TicketDetail ticketId={ID} />, { model, transform: filled });
    await detailReady();
    const before = await backend.memory.getTicket(ID);

    await user.click(control('plan'));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Free' }));
    await waitFor(() => expect(control('plan')).toHaveAttribute('data-value', 'free'));
    await waitFor(async () => expect((await backend.memory.getTicket(ID)).fields.plan).toBe('free'));

    await user.click(control('tags'));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'VIP' })).toHaveAttribute('aria-checked', 'true');
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Refund' }));
    // The menu stays open for the next tag.
    await waitFor(() => expect(within(menu).getByRole('menuitemcheckbox', { name: 'Refund' })).toHaveAttribute('aria-checked', 'true'));
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'VIP' }));
    await waitFor(async () => expect((await backend.memory.getTicket(ID)).fields.tags).toEqual(['refund', 'bug']));
    await user.keyboard('{Escape}');
    expect(value('tags')).toHaveTextContent('Refund, Bug');

    const after = await backend.memory.getTicket(ID);
    expect(after.version).toBe(before.version + 3);
    expect(updates(backend).map((args) => [args[0], args[1]])).toEqual([
      [ID, { fields: { plan: 'free' } }],
      [ID, { fields: { tags: ['vip', 'refund', 'bug'] } }],
      [ID, { fields: { tags: ['refund', 'bug'] } }],
    ]);
    expect(updates(backend).map((args) => args[2])).toEqual([before.version, before.version + 1, before.version + 2]);
  });

  it('refuses a bad number with a clear message and sends nothing; Escape cancels; a good one is saved with Enter', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <TicketDetail ticketId={ID} />, { model, transform: filled });
    await detailReady();
    await user.click(control('orderId'));
    const input = screen.getByRole('textbox', { name: 'Order' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, '12abc{Enter}');
    const error = await screen.findByRole('alert');
    expect(error).toHaveTextContent('Order must be a number, e.g. 1234 or 12.5.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Order must be a number, e.g. 1234 or 12.5.');
    expect(updates(backend)).toEqual([]);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(control('orderId')).toHaveFocus());
    expect(value('orderId')).toHaveTextContent('104,233.5');

    await user.click(control('orderId'));
    await user.clear(screen.getByRole('textbox', { name: 'Order' }));
    await user.type(screen.getByRole('textbox', { name: 'Order' }), '2048{Enter}');
    await waitFor(async () => expect((await backend.memory.getTicket(ID)).fields.orderId).toBe(2048));
    expect(value('orderId')).toHaveTextContent('2,048');
  });

  it('saves an inline edit against the version it was opened on: a change made meanwhile is a conflict, not overwritten', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <TicketDetail ticketId={ID} />, { model, transform: filled });
    await detailReady();
    await user.click(control('orderId'));
    const input = screen.getByRole('textbox', { name: 'Order' });
    // Someone else changes the order and the priority while the editor is open; the live event reaches the screen.
    const seen = await backend.memory.getTicket(ID);
    await backend.memory.updateTicket(ID, { fields: { orderId: 777 }, priority: 'urgent' }, seen.version);
    await waitFor(() => expect(screen.getByRole('button', { name: /^Priority/ })).toHaveTextContent('Urgent'));
    await user.clear(input);
    await user.type(input, '2048{Enter}');
    expect(await screen.findByText('This ticket changed since you opened it')).toBeInTheDocument();
    expect((await backend.memory.getTicket(ID)).fields.orderId).toBe(777);
  });

  it('takes a number the way the locale writes it: 12,5 in German is 12.5, and the editor offers 104233,5', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <TicketDetail ticketId={ID} />, { model, transform: filled, locale: 'de-DE' });
    await detailReady();
    await user.click(control('orderId'));
    const input = screen.getByRole('textbox', { name: 'Order' });
    expect(input).toHaveValue('104233,5');
    await user.clear(input);
    await user.type(input, '12,5{Enter}');
    await waitFor(async () => expect((await backend.memory.getTicket(ID)).fields.orderId).toBe(12.5));
  });

  it('refuses a bad email and saves text from the Save button; a blank value clears the field', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <TicketDetail ticketId={ID} />, { model, transform: filled });
    await detailReady();
    await user.click(control('contact'));
    await user.clear(screen.getByRole('textbox', { name: 'Contact' }));
    await user.type(screen.getByRole('textbox', { name: 'Contact' }), 'not an address');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Contact must be an email address');
    await user.clear(screen.getByRole('textbox', { name: 'Contact' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await backend.memory.getTicket(ID)).fields.contact).toBeUndefined());

    await user.click(control('summary'));
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Wants a refund <b>now</b>');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await backend.memory.getTicket(ID)).fields.summary).toBe('Wants a refund <b>now</b>'));
    expect(value('summary')).toHaveTextContent('Wants a refund <b>now</b>');
    expect(value('summary').querySelector('b')).toBeNull();
  });

  it('disables every field control for a member on a ticket of another owner, saying why', async () => {
    renderTicket(() => <TicketDetail ticketId={STORY_TICKET_ID} />, {
      model,
      role: 'member',
      transform: notOwnedTicketTransform((data) => storyViewer(data, 'member').id),
      // A backend that lets members read every ticket: the policy still says they may change only their own.
      adapter: (backend) => {
        const admin = backend.data.teamMembers.find((member) => member.role === 'admin')!;
        return backend.memory.withViewer({ id: admin.id, name: admin.name, role: 'admin' });
      },
    });
    await detailReady();
    const reason = document.querySelector('[data-slot="ticket-detail-forbidden"]')!;
    expect(reason).toHaveTextContent(/Only the owner of .+ or an administrator can change this ticket\./);
    for (const field of ['orderId', 'plan', 'tags', 'due', 'contact', 'summary']) {
      expect(control(field)).toBeDisabled();
      expect(control(field)).toHaveAccessibleDescription(reason.textContent!);
    }
  });

  it('takes a replacement part with the same props, and the host\'s actions get the ticket and the model', async () => {
    const user = userEvent.setup();
    const refunds: unknown[] = [];
    function HostProperties(props: TicketPropertiesProps) {
      return (
        <div data-testid="host-properties">
          <p>Order {String(props.ticket.fields.orderId)}</p>
          <TicketProperties {...props} />
        </div>
      );
    }
    renderTicket(
      () => (
        <TicketDetail
          ticketId={ID}
          components={{ Properties: HostProperties }}
          actions={({ ticket, model: shown }) => (
            <button type="button" onClick={() => refunds.push([ticket.id, ticket.fields.orderId, shown.fields.length])}>
              Refund order
            </button>
          )}
        />
      ),
      { model, transform: filled },
    );
    await detailReady();
    expect(screen.getByTestId('host-properties')).toHaveTextContent('Order 104233.5');
    expect(within(screen.getByTestId('host-properties')).getByText('Plan')).toBeInTheDocument();
    const header = document.querySelector<HTMLElement>('[data-slot="ticket-detail-header"]')!;
    await user.click(within(header).getByRole('button', { name: 'Refund order' }));
    expect(refunds).toEqual([[ID, 104233.5, 7]]);
  });

  it('renders nothing more for the seed\'s model, which has no fields, and no actions slot unless given', async () => {
    renderTicket(() => <TicketDetail ticketId={ID} />);
    await detailReady();
    expect(document.querySelector('[data-slot="ticket-detail-properties"]')).toBeNull();
    expect(document.querySelector('[data-slot="ticket-detail-actions"]')).toBeNull();
  });
});
