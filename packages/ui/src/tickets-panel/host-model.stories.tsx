import type { Meta, StoryObj } from '@storybook/react-vite';
import type { FieldValue } from '@ticketkit/core';
import { sampleHostModel, type MemoryData } from '@ticketkit/core/memory';
import { useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { patchTicket, STORY_TICKET_ID } from '../stories/detail-data';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { TicketsPanel } from './tickets-panel';

/** A host's own button, as a host writes it: it calls the host's API (here, it only says what it would send). */
function RefundButton({ orderId }: { orderId: FieldValue | undefined }): ReactNode {
  const [requested, setRequested] = useState<string | null>(null);
  if (typeof orderId !== 'number') return null;
  return (
    <>
      <button type="button" className="tk-button" onClick={() => setRequested(`Refund requested for order ${orderId}`)}>
        Refund order
      </button>
      <output>{requested}</output>
    </>
  );
}

const hostTicket = (data: MemoryData) =>
  patchTicket(data, STORY_TICKET_ID, (ticket) => ({
    ...ticket,
    status: 'pending_customer',
    priority: 'p1',
    fields: { orderId: 104233, plan: 'pro', tags: ['vip', 'refund'], orderUrl: 'https://shop.example/orders/104233' },
  }));

const meta = {
  title: 'Tickets panel/Host model',
  component: TicketsPanel,
  decorators: [withTickets],
  // Few enough tickets for one page, so the story's ticket has a row; the panel makes its own list state.
  parameters: {
    ticketkit: { tickets: 20, listState: false, model: sampleHostModel, transform: hostTicket } satisfies StoryTicketsParameters,
    layout: 'fullscreen',
  },
  args: {
    layout: 'drawer',
    columns: ['id', 'subject', 'status', 'priority', 'fields.orderId', 'fields.tags'],
    actions: ({ ticket }) => <RefundButton orderId={ticket.fields.orderId} />,
  },
} satisfies Meta<typeof TicketsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);

/**
 * A host's own model (statuses with a "Pending customer", priorities P4–P1, an order number, a plan, tags and a
 * link) and a "Refund order" button of its own in the header: the open ticket shows every field, and the plan
 * changes from its menu.
 */
export const HostModel: Story = {
  play: async ({ canvasElement, id }) => {
    const canvas = within(canvasElement);
    // The list: the model's statuses and priorities, an Order column that sorts, a Plan filter.
    const table = await canvas.findByRole('table', { name: 'Tickets' }, { timeout: 5000 });
    await userEvent.click(within(table).getByRole('button', { name: /^Order/ }));
    await waitFor(() => expect(table.querySelector('tbody tr')).toHaveAttribute('data-ticket-id', STORY_TICKET_ID), { timeout: 5000 });
    await expect(table.querySelector('tbody tr td[data-column="fields.orderId"]')).toHaveTextContent('104,233');
    await expect(table.querySelector('tbody tr td[data-column="fields.tags"]')).toHaveTextContent('VIP, Refund');
    await userEvent.click(canvas.getByRole('button', { name: 'Plan: Any' }));
    await userEvent.click(await body().findByRole('menuitemradio', { name: 'Pro' }));
    await waitFor(() => {
      const plans = [...canvasElement.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-ticket-id'));
      expect(plans.length).toBeGreaterThan(0);
      expect(canvas.getByRole('group', { name: 'Active filters' })).toHaveTextContent('Plan: Pro');
    }, { timeout: 5000 });

    const row = await waitFor(() => {
      const found = canvasElement.querySelector<HTMLElement>(`tr[data-ticket-id="${STORY_TICKET_ID}"]`);
      if (!found) throw new Error('the story ticket has no row yet');
      return found;
    }, { timeout: 5000 });
    await userEvent.click(row);
    const dialog = await body().findByRole('dialog', {}, { timeout: 5000 });
    await waitFor(() => expect(dialog.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
    const detail = within(dialog);
    const property = (fieldId: string) => dialog.querySelector<HTMLElement>(`[data-slot="ticket-detail-property"][data-field="${fieldId}"]`)!;

    // The model's words, not the seed's.
    await expect(dialog.querySelector('[data-slot="ticket-detail-trigger"][data-control="status"]')).toHaveTextContent('Pending customer');
    await expect(dialog.querySelector('[data-slot="ticket-detail-trigger"][data-control="priority"]')).toHaveTextContent('P1');
    await expect(property('orderId')).toHaveTextContent('Order104,233');
    await expect(property('plan')).toHaveTextContent('PlanPro');
    await expect(property('tags')).toHaveTextContent('TagsVIP, Refund');
    await expect(within(property('orderUrl')).getByRole('link', { name: /shop\.example/ })).toHaveAttribute('target', '_blank');

    // Plan is editable: a menu like the status's; the change reaches the backend.
    const plan = property('plan').querySelector<HTMLButtonElement>('[data-control="field-plan"]')!;
    await userEvent.click(plan);
    await userEvent.click(await body().findByRole('menuitemradio', { name: 'Enterprise' }));
    await waitFor(() => expect(plan).toHaveAttribute('data-value', 'enterprise'));
    await waitFor(async () => expect((await storyBackend(id).memory.getTicket(STORY_TICKET_ID)).fields.plan).toBe('enterprise'));
    await waitFor(() => expect(plan).toHaveFocus());

    // The host's button, given the ticket.
    await userEvent.click(detail.getByRole('button', { name: 'Refund order' }));
    await expect(await detail.findByText('Refund requested for order 104233')).toBeVisible();
  },
};
