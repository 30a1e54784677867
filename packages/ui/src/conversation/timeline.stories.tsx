import type { Meta, StoryObj } from '@storybook/react-vite';
import type { MemoryData } from '@ticketkit/core/memory';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { patchTicket, STORY_TICKET_ID, transforms } from '../stories/detail-data';
import { withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { Conversation } from './conversation';

const at = (minute: number) => new Date(Date.UTC(2026, 1, 1, 9, minute)).toISOString();

/**
 * One ticket's story with every kind of entry: the end user's messages (two grouped), the assistant's (the last one
 * the handoff), the team's reply, an internal note with a long address, and a change of each kind.
 */
function everyKind(data: MemoryData): MemoryData {
  const ticket = data.tickets.find((candidate) => candidate.id === STORY_TICKET_ID)!;
  const member = data.teamMembers[0]!;
  const other = data.teamMembers[1]!;
  const user = { kind: 'end_user' as const, id: ticket.requester.id, name: ticket.requester.name };
  const assistant = { kind: 'assistant' as const, id: ticket.assistant.id, name: ticket.assistant.name };
  const team = { kind: 'team' as const, id: member.id, name: member.name };
  return {
    ...patchTicket(data, STORY_TICKET_ID, (t) => ({ ...t, handoffMessageId: 'tl-4' })),
    messages: [
      ...data.messages.filter((message) => message.ticketId !== STORY_TICKET_ID),
      { id: 'tl-1', ticketId: STORY_TICKET_ID, author: user, body: 'My refund has not arrived.', createdAt: at(0) },
      { id: 'tl-2', ticketId: STORY_TICKET_ID, author: user, body: 'It has been two weeks: https://shop.example.com/orders/very-long-order-reference-0123456789abcdef', createdAt: at(1) },
      { id: 'tl-3', ticketId: STORY_TICKET_ID, author: assistant, body: 'I can see the refund was issued. Refunds take 5–10 business days.', createdAt: at(2) },
      { id: 'tl-4', ticketId: STORY_TICKET_ID, author: assistant, body: 'I am handing you to a person on the team who can check with the bank.', createdAt: at(4) },
      { id: 'tl-5', ticketId: STORY_TICKET_ID, author: team, body: 'Hi, I am looking into it with our payment provider now.', createdAt: at(20) },
    ],
    notes: [
      ...data.notes.filter((note) => note.ticketId !== STORY_TICKET_ID),
      { id: 'tl-n1', ticketId: STORY_TICKET_ID, author: { id: member.id, name: member.name }, body: 'VIP customer: reply within the hour. Finance contact: refunds-escalations-team@payments.example.com', createdAt: at(6) },
    ],
    activity: [
      ...(data.activity ?? []).filter((entry) => entry.ticketId !== STORY_TICKET_ID),
      { id: 'tl-a1', ticketId: STORY_TICKET_ID, createdAt: at(5), actor: null, change: { kind: 'assignee', from: null, to: { id: member.id, name: member.name } } },
      { id: 'tl-a2', ticketId: STORY_TICKET_ID, createdAt: at(7), actor: { id: member.id, name: member.name }, change: { kind: 'priority', from: 'normal', to: 'urgent' } },
      { id: 'tl-a3', ticketId: STORY_TICKET_ID, createdAt: at(8), actor: { id: member.id, name: member.name }, change: { kind: 'status', from: 'open', to: 'in_progress' } },
      { id: 'tl-a4', ticketId: STORY_TICKET_ID, createdAt: at(9), actor: { id: member.id, name: member.name }, change: { kind: 'assignee', from: { id: member.id, name: member.name }, to: { id: other.id, name: other.name } } },
      { id: 'tl-a5', ticketId: STORY_TICKET_ID, createdAt: at(10), actor: { id: other.id, name: other.name }, change: { kind: 'field', fieldId: 'orderId', from: null, to: 'A-1042' } },
    ],
  };
}

const meta = {
  title: 'Working a ticket/Timeline',
  component: Conversation,
  decorators: [withTickets],
  args: { ticketId: STORY_TICKET_ID, handoffMessageId: 'tl-4' },
  parameters: { ticketkit: { tickets: 20, transform: transforms(everyKind) } satisfies StoryTicketsParameters },
} satisfies Meta<typeof Conversation>;
export default meta;
type Story = StoryObj<typeof meta>;

const ready = (canvasElement: HTMLElement) =>
  waitFor(() => expect(within(canvasElement).getAllByRole('listitem').length).toBeGreaterThanOrEqual(10), { timeout: 5000 });

/**
 * Every kind of entry in time order: grouped messages of the end user on one side; the assistant (violet, its mark,
 * tagged AI) and the team on the other; the note, amber and labelled internal; each change as one line.
 */
export const EveryKind: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const canvas = within(canvasElement);
    // The last rows are drawn once the first ones are measured: on a loaded machine that can be a frame later.
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(11), { timeout: 5000 });
    const items = canvas.getAllByRole('listitem');
    await expect(items.map((item) => item.dataset.kind)).toEqual([
      'message', 'message', 'message', 'message', 'activity', 'note', 'activity', 'activity', 'activity', 'activity', 'message',
    ]);
    await expect(items[1]!.querySelector('[data-group="continued"]')).not.toBeNull();
    await expect(canvas.getByRole('article', { name: /^Internal note by / })).toHaveTextContent('Internal note');
    await expect(canvas.getByText('Handed to the team here')).toBeVisible();
    await expect(items[4]).toHaveTextContent(/The system assigned the ticket to/);
    await expect(items[6]).toHaveTextContent(/changed the priority from Normal to Urgent/);
    await expect(items[7]).toHaveTextContent(/changed the status from Open to In progress/);
    await expect(items[8]).toHaveTextContent(/reassigned the ticket from .+ to /);
    await expect(items[9]).toHaveTextContent(/changed orderId from not set to A-1042/);
    // Nothing overflows sideways, long addresses included.
    const viewport = canvasElement.querySelector<HTMLElement>('[data-slot="conversation-viewport"]')!;
    await expect(viewport.scrollWidth).toBeLessThanOrEqual(viewport.clientWidth);
  },
};

/** The same in the dark theme. */
export const EveryKindDark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => ready(canvasElement),
};

/** Right to left: the sides swap with the writing direction. */
export const EveryKindRightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => ready(canvasElement),
};

/** "Go to the handoff" scrolls to the message where the assistant handed over and puts focus on it. */
export const JumpsToTheHandoff: Story = {
  parameters: {
    ticketkit: {
      transform: transforms(everyKind, (data) => ({
        ...data,
        messages: [
          ...data.messages,
          ...Array.from({ length: 200 }, (_, index) => ({
            id: `tl-later-${index}`,
            ticketId: STORY_TICKET_ID,
            author: { kind: 'end_user' as const, id: 'u-later', name: 'Ana Souza' },
            body: `A later message ${index + 1}`,
            createdAt: new Date(Date.UTC(2026, 1, 2, 9) + index * 3_600_000).toISOString(),
          })),
        ],
      })),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('A later message 200')).toBeVisible(), { timeout: 5000 });
    await expect(canvas.queryByText('Handed to the team here')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Go to the handoff' }));
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-posinset', '4'));
    await expect(canvas.getByText('Handed to the team here')).toBeVisible();
  },
};
