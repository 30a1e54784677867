import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTicket } from '@ticketkit/react';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { clearDrafts, patchTicket, STORY_TICKET_ID } from '../stories/detail-data';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import type { ReplyTemplate } from './templates';
import { TicketComposer, type ComposerMode } from './ticket-composer';

const TEMPLATES: ReplyTemplate[] = [
  { id: 'greeting', name: 'Greeting', body: 'Hi {{requester.firstName}}, thanks for writing about {{ticket.id}}.' },
  { id: 'refund', name: 'Refund sent', body: 'Your refund for {{ticket.id}} is on its way.' },
  { id: 'escalate', name: 'Escalate to billing', body: 'Escalated: {{requester.email}}', mode: 'note' },
];

function Composer({ mode }: { mode: ComposerMode }): ReactNode {
  const ticket = useTicket(STORY_TICKET_ID);
  return ticket.data ? <TicketComposer ticket={ticket.data} templates={TEMPLATES} defaultMode={mode} /> : null;
}

const meta = {
  title: 'Working a ticket/TicketComposer',
  component: Composer,
  decorators: [withTickets],
  args: { mode: 'reply' },
  beforeEach: () => {
    clearDrafts();
    return clearDrafts;
  },
  parameters: {
    ticketkit: { tickets: 20, listState: false, transform: (data) => patchTicket(data, STORY_TICKET_ID, (ticket) => ({ ...ticket, status: 'open' })) } satisfies StoryTicketsParameters,
  },
} satisfies Meta<typeof Composer>;
export default meta;
type Story = StoryObj<typeof meta>;

const box = (canvasElement: HTMLElement, name: string) => within(canvasElement).findByRole('textbox', { name });

/** Reply mode: Send, Send and close, the other statuses in a menu, and the saved replies. */
export const Reply: Story = {
  play: async ({ canvasElement }) => {
    await box(canvasElement, 'Reply to the user');
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tab', { name: 'Reply' })).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('button', { name: 'Send and close' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Saved replies' })).toBeEnabled();
  },
};

/** Reply mode, dark. */
export const ReplyDark: Story = { ...Reply, globals: { theme: 'dark' } };

/** Internal-note mode: amber, labelled, its own placeholder and a hint that the user never sees it. */
export const InternalNote: Story = {
  args: { mode: 'note' },
  play: async ({ canvasElement }) => {
    const note = await box(canvasElement, 'Internal note for the team');
    await expect(note).toHaveAttribute('placeholder', 'Write a note only the team sees…');
    await expect(canvasElement.querySelector('[data-slot="ticket-composer"]')).toHaveAttribute('data-mode', 'note');
    await expect(within(canvasElement).queryByRole('button', { name: 'Send and close' })).toBeNull();
  },
};

/** Internal-note mode, dark. */
export const InternalNoteDark: Story = { ...InternalNote, globals: { theme: 'dark' } };

/** Typing "/" at the start of a line lists the saved replies; Enter puts the highlighted one in, filled in. */
export const SavedReplyByTyping: Story = {
  play: async ({ canvasElement, id }) => {
    const reply = await box(canvasElement, 'Reply to the user');
    await userEvent.type(reply, '/');
    const options = await within(canvasElement).findAllByRole('option');
    await expect(options.map((option) => option.textContent)).toEqual(['Greeting', 'Refund sent']);
    await userEvent.keyboard('{Enter}');
    const ticket = storyBackend(id).data.tickets.find((candidate) => candidate.id === STORY_TICKET_ID)!;
    await waitFor(() => expect(reply).toHaveValue(`Hi ${ticket.requester.name.split(' ')[0]}, thanks for writing about ${STORY_TICKET_ID}.`));
  },
};

/** The list of saved replies open under the text, dark. */
export const SavedRepliesSuggestedDark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await userEvent.type(await box(canvasElement, 'Reply to the user'), '/');
    await within(canvasElement).findByRole('listbox', { name: 'Saved replies' });
  },
};
