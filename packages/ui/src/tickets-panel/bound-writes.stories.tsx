import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Ticket } from '@ticketkit/core';
import type { MemoryData } from '@ticketkit/core/memory';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { TicketsPanel } from './tickets-panel';

/**
 * Writes on a slow backend while the agent moves on: every write lands on the ticket it was made on, once, and the
 * pane of the next ticket never shows the last one's data, banner or messages. Run in Chromium as tests.
 */
const meta = {
  title: 'Tickets panel/Writes on a slow backend',
  component: TicketsPanel,
  decorators: [withTickets],
  parameters: {
    ticketkit: {
      tickets: 60,
      listState: false,
      // The first two rows (newest first) are open, so every write below is allowed and visible.
      transform: (data: MemoryData) => ({
        ...data,
        tickets: data.tickets.map((ticket, index) => (index >= data.tickets.length - 2 ? { ...ticket, status: 'open', priority: 'low' } : ticket)),
      }),
    } satisfies StoryTicketsParameters,
    layout: 'fullscreen',
  },
  args: { layout: 'split' },
} satisfies Meta<typeof TicketsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const SLOW = 900;
const REPLY = 'Your refund is on its way, it will show within three days.';
const NOTE = 'Finance approved the refund.';

const body = () => within(document.body);
const row = (canvasElement: HTMLElement, id: string) => canvasElement.querySelector<HTMLTableRowElement>(`tr[data-ticket-id="${id}"]`)!;
const detail = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-slot="ticket-detail"]');
const trigger = (canvasElement: HTMLElement, control: string) =>
  canvasElement.querySelector<HTMLButtonElement>(`[data-slot="ticket-detail-trigger"][data-control="${control}"]`)!;
const messagesShown = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll('[data-slot="conversation-message"]'), (message) => message.textContent ?? '');

/** Opens a ticket from its row and waits until its detail and conversation are on screen. */
async function open(canvasElement: HTMLElement, ticket: Ticket) {
  await waitFor(() => expect(row(canvasElement, ticket.id)).not.toBeNull(), { timeout: 5000 });
  await userEvent.click(row(canvasElement, ticket.id));
  await waitFor(() => expect(detail(canvasElement)).toHaveAttribute('data-ticket-id', ticket.id), { timeout: 5000 });
  await waitFor(() => expect(canvasElement.querySelector('[data-slot="conversation"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
}

function firstTwo(id: string): [Ticket, Ticket] {
  const newest = [...storyBackend(id).data.tickets].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return [newest[0]!, newest[1]!];
}

/**
 * On A: a status change, a reply and a note, then B selected before any of them lands. B's pane, banner and
 * conversation stay B's; A holds its change and exactly one copy of its reply and note.
 */
export const MoveOnBeforeWritesLand: Story = {
  play: async ({ canvasElement, id }) => {
    const { adapter, memory } = storyBackend(id);
    const [a, b] = firstTwo(id);
    await open(canvasElement, a);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Reply to the user' }), REPLY);
    await userEvent.click(canvas.getByRole('tab', { name: 'Internal note' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Internal note for the team' }), NOTE);
    adapter.setFaults({ latency: SLOW });
    await userEvent.click(trigger(canvasElement, 'status'));
    await userEvent.click(await body().findByRole('menuitemradio', { name: 'In progress' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add note' }));
    await userEvent.click(canvas.getByRole('tab', { name: 'Reply' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Send reply' }));
    // B, before anything has landed.
    await userEvent.click(row(canvasElement, b.id));
    await waitFor(() => expect(detail(canvasElement)).toHaveAttribute('data-ticket-id', b.id));
    const bMessages = (await memory.listMessages(b.id)).length;
    // Until every write of A has landed, and a little after: B's pane stays B's.
    const landed = async () => {
      const [ticket, messages, notes] = await Promise.all([memory.getTicket(a.id), memory.listMessages(a.id), memory.listNotes(a.id)]);
      return ticket.status === 'in_progress' && messages.some((m) => m.body === REPLY) && notes.some((n) => n.body === NOTE);
    };
    while (!(await landed())) {
      await expect(detail(canvasElement)).toHaveAttribute('data-ticket-id', b.id);
      await expect(trigger(canvasElement, 'status')).toHaveAttribute('data-value', 'open');
      await expect(canvasElement.querySelector('[data-slot="ticket-detail-conflict"]')).toBeNull();
      await expect(messagesShown(canvasElement).some((text) => text.includes(REPLY))).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    adapter.setFaults({});
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(detail(canvasElement)).toHaveAttribute('data-ticket-id', b.id);
    await expect(trigger(canvasElement, 'status')).toHaveAttribute('data-value', 'open');
    await expect(messagesShown(canvasElement).some((text) => text.includes(REPLY))).toBe(false);
    await expect(canvasElement.querySelector('[data-slot="conversation"]')?.textContent ?? '').not.toContain(NOTE);
    await expect((await memory.listMessages(b.id)).length).toBe(bMessages);
    await expect((await memory.getTicket(b.id)).version).toBe(b.version);
    // A holds its change, one reply and one note, and shows them when the agent comes back.
    await expect((await memory.listMessages(a.id)).filter((m) => m.body === REPLY)).toHaveLength(1);
    await expect((await memory.listNotes(a.id)).filter((n) => n.body === NOTE)).toHaveLength(1);
    await open(canvasElement, a);
    await waitFor(() => expect(trigger(canvasElement, 'status')).toHaveAttribute('data-value', 'in_progress'));
    await waitFor(() => expect(messagesShown(canvasElement).filter((text) => text.includes(REPLY))).toHaveLength(1));
    for (const call of adapter.calls.filter((c) => ['updateTicket', 'sendReply', 'addNote'].includes(c.method))) {
      await expect(call.args[0]).toBe(a.id);
    }
  },
};

/**
 * A's status change is refused as stale after the agent has moved to B: B shows no conflict banner and keeps its own
 * status; back on A, the banner is there with A's refused change, and "Apply my change again" changes A, not B.
 */
export const ConflictStaysWithItsTicket: Story = {
  play: async ({ canvasElement, id }) => {
    const { adapter, memory } = storyBackend(id);
    const [a, b] = firstTwo(id);
    await open(canvasElement, a);
    adapter.setFaults({ latency: SLOW, failMethods: { updateTicket: 'conflict' } });
    await userEvent.click(trigger(canvasElement, 'status'));
    await userEvent.click(await body().findByRole('menuitemradio', { name: 'Closed' }));
    await userEvent.click(row(canvasElement, b.id));
    await waitFor(() => expect(detail(canvasElement)).toHaveAttribute('data-ticket-id', b.id));
    await waitFor(() => expect(adapter.calls.filter((c) => c.method === 'updateTicket')).toHaveLength(1), { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, SLOW + 300)); // the refusal has landed
    adapter.setFaults({});
    await expect(canvasElement.querySelector('[data-slot="ticket-detail-conflict"]')).toBeNull();
    await expect(trigger(canvasElement, 'status')).toHaveAttribute('data-value', 'open');
    await open(canvasElement, a);
    const banner = await waitFor(() => {
      const found = canvasElement.querySelector<HTMLElement>('[data-slot="ticket-detail-conflict"]');
      expect(found).not.toBeNull();
      return found!;
    });
    await userEvent.click(within(banner).getByRole('button', { name: /again/i }));
    await waitFor(async () => expect((await memory.getTicket(a.id)).status).toBe('closed'), { timeout: 5000 });
    await expect((await memory.getTicket(b.id)).status).toBe('open');
    await expect((await memory.getTicket(b.id)).version).toBe(b.version);
  },
};

/** A reply whose answer is lost after it landed (a timeout), sent again: one message is stored and shown. */
export const TimedOutReplySentAgain: Story = {
  play: async ({ canvasElement, id }) => {
    const { adapter, memory } = storyBackend(id);
    const [a] = firstTwo(id);
    await open(canvasElement, a);
    const canvas = within(canvasElement);
    adapter.setFaults({ loseAnswers: { sendReply: 'unavailable' } });
    await userEvent.type(canvas.getByRole('textbox', { name: 'Reply to the user' }), REPLY);
    await userEvent.click(canvas.getByRole('button', { name: 'Send reply' }));
    await expect(await canvas.findByText(/The reply was not sent; your text is kept/, {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Reply to the user' })).toHaveValue(REPLY);
    adapter.setFaults({});
    await userEvent.click(canvas.getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Reply to the user' })).toHaveValue(''), { timeout: 5000 });
    await expect((await memory.listMessages(a.id)).filter((m) => m.body === REPLY)).toHaveLength(1);
    await waitFor(() => expect(messagesShown(canvasElement).filter((text) => text.includes(REPLY))).toHaveLength(1));
    const keys = adapter.calls.filter((c) => c.method === 'sendReply').map((c) => (c.args[1] as { idempotencyKey: string }).idempotencyKey);
    await expect(keys).toHaveLength(2);
    await expect(keys[1]).toBe(keys[0]);
  },
};

/** Status, then priority, pressed before the first has landed: both land, with no conflict. */
export const TwoQuickChanges: Story = {
  play: async ({ canvasElement, id }) => {
    const { adapter, memory } = storyBackend(id);
    const [a] = firstTwo(id);
    await open(canvasElement, a);
    adapter.setFaults({ latency: SLOW });
    await userEvent.click(trigger(canvasElement, 'status'));
    await userEvent.click(await body().findByRole('menuitemradio', { name: 'In progress' }));
    await userEvent.click(trigger(canvasElement, 'priority'));
    await userEvent.click(await body().findByRole('menuitemradio', { name: 'Urgent' }));
    await expect(trigger(canvasElement, 'status')).toHaveAttribute('data-value', 'in_progress');
    await expect(trigger(canvasElement, 'priority')).toHaveAttribute('data-value', 'urgent');
    await waitFor(async () => expect(await memory.getTicket(a.id)).toMatchObject({ status: 'in_progress', priority: 'urgent', version: a.version + 2 }), { timeout: 6000 });
    adapter.setFaults({});
    await expect(canvasElement.querySelector('[data-slot="ticket-detail-conflict"]')).toBeNull();
    await expect(trigger(canvasElement, 'status')).toHaveAttribute('data-value', 'in_progress');
    await expect(trigger(canvasElement, 'priority')).toHaveAttribute('data-value', 'urgent');
  },
};
