import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { clearDrafts, STORY_TICKET_ID, withoutNotes } from '../stories/detail-data';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { NotesPanel } from './notes-panel';

const meta = {
  title: 'Working a ticket/NotesPanel',
  component: NotesPanel,
  decorators: [withTickets],
  args: { ticketId: STORY_TICKET_ID },
  beforeEach: () => {
    clearDrafts();
    return clearDrafts;
  },
  parameters: { ticketkit: { tickets: 40, listState: false } satisfies StoryTicketsParameters },
} satisfies Meta<typeof NotesPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const panel = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-slot="notes-panel"]');
const settled = (canvasElement: HTMLElement) =>
  waitFor(() => expect(['ready', 'empty']).toContain(panel(canvasElement)?.dataset.state), { timeout: 5000 });

/** Adding a note: it joins the list, goes to `addNote`, and nothing is sent to the end user. */
export const AddNote: Story = {
  play: async ({ canvasElement, id }) => {
    await settled(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Only your team sees notes. They are never sent to the user.')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'New internal note' }), 'Customer is a reseller; check the contract first.');
    await userEvent.click(canvas.getByRole('button', { name: 'Add note' }));
    await expect(await canvas.findByText('Customer is a reseller; check the contract first.', {}, { timeout: 5000 })).toBeVisible();
    const { adapter } = storyBackend(id);
    await expect(adapter.calls.filter((call) => call.method === 'addNote').map((call) => call.args[1])).toEqual([
      { body: 'Customer is a reseller; check the contract first.', idempotencyKey: expect.any(String) },
    ]);
    await expect(adapter.calls.some((call) => call.method === 'sendReply')).toBe(false);
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'New internal note' })).toHaveValue(''));
  },
};

/** No note yet. */
export const NoNotes: Story = {
  parameters: { ticketkit: { transform: withoutNotes(STORY_TICKET_ID) } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No notes yet.', {}, { timeout: 5000 })).toBeVisible();
  },
};

/** Adding fails: the text stays, with the reason. */
export const AddFails: Story = {
  parameters: { ticketkit: { faults: { failMethods: { addNote: 'unavailable' } } } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox', { name: 'New internal note' });
    await userEvent.type(box, 'Call back on Monday.{Control>}{Enter}{/Control}');
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('The note was not added; your text is kept.');
    await expect(box).toHaveValue('Call back on Monday.');
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => settled(canvasElement),
};

/** Right to left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => settled(canvasElement),
};
