import { useTicket } from '@ticketkit/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { patchTicket } from '../stories/detail-data';
import { renderTicket } from '../test/render-ticket';
import type { ReplyTemplate } from './templates';
import { TicketComposer } from './ticket-composer';

const ID = 'TK-1004';
const TEMPLATES: ReplyTemplate[] = [
  { id: 'hello', name: 'Greeting', body: 'Hi {{requester.firstName}}, about {{ticket.id}}:' },
  { id: 'refund', name: 'Refund sent', body: 'Your refund is on its way.' },
  { id: 'note', name: 'Escalate', body: 'Escalated {{ticket.id}}', mode: 'note' },
];

function Harness() {
  const ticket = useTicket(ID);
  return ticket.data ? <TicketComposer ticket={ticket.data} templates={TEMPLATES} /> : null;
}

// Drafts live in session storage, per ticket and mode: each test starts with none.
beforeEach(() => sessionStorage.clear());
const open = { transform: (data: Parameters<typeof patchTicket>[0]) => patchTicket(data, ID, (ticket) => ({ ...ticket, status: 'open' })) };

describe('TicketComposer', () => {
  it('writes a reply or an internal note, each mode with its own draft, the note only to addNote', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <Harness />, open);
    const reply = await screen.findByRole('textbox', { name: 'Reply to the user' });
    expect(screen.getByRole('tab', { name: 'Reply' })).toHaveAttribute('aria-selected', 'true');
    await user.type(reply, 'Half a reply');
    await user.click(screen.getByRole('tab', { name: 'Internal note' }));
    const note = screen.getByRole('textbox', { name: 'Internal note for the team' });
    expect(note).toHaveValue('');
    expect(note).toHaveAccessibleDescription(/^Internal: only your team sees this note, never the user\./);
    await user.type(note, 'VIP customer');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(note).toHaveValue(''));
    expect((await backend.memory.listNotes(ID)).at(-1)?.body).toBe('VIP customer');
    expect((await backend.memory.listMessages(ID)).map((m) => m.body)).not.toContain('VIP customer');
    // Back to the reply: its draft is where it was left. The arrow keys move between the tabs too.
    screen.getByRole('tab', { name: 'Internal note' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Reply' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Reply to the user' })).toHaveValue('Half a reply');
  });

  it('"Send and close" replies and closes in one step; "Send and set" offers the other statuses', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <Harness />, open);
    await user.type(await screen.findByRole('textbox', { name: 'Reply to the user' }), 'All done');
    await user.click(screen.getByRole('button', { name: 'Send and set a status' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Send and set In progress']);
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Send and close' }));
    await waitFor(async () => expect((await backend.memory.getTicket(ID)).status).toBe('closed'));
    expect((await backend.memory.listMessages(ID)).at(-1)?.body).toBe('All done');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Reply sent. Status: Closed.'));
  });

  it('inserts a saved reply by typing "/" at the start of a line, filled in for the ticket', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <Harness />, open);
    const ticket = await backend.memory.getTicket(ID);
    const box = await screen.findByRole('textbox', { name: 'Reply to the user' });
    await user.type(box, 'Hello{Enter}/ref');
    const list = screen.getByRole('listbox', { name: 'Saved replies' });
    // Only the reply templates, filtered; the highlighted one is named on the text box.
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Refund sent']);
    expect(box).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Refund sent' }).id);
    expect(list).toBeVisible();
    await user.keyboard('{Backspace}{Backspace}');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getAllByRole('option')).toHaveLength(2);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue(`Hello\nHi ${ticket.requester.name.split(' ')[0]}, about ${ID}:`);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('inserts a saved reply from the menu, a combobox filtering the list', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <Harness />, open);
    const ticket = await backend.memory.getTicket(ID);
    await screen.findByRole('textbox', { name: 'Reply to the user' });
    await user.click(screen.getByRole('button', { name: 'Saved replies' }));
    await user.type(screen.getByRole('combobox', { name: 'Find a saved reply' }), 'greet');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Reply to the user' })).toHaveValue(`Hi ${ticket.requester.name.split(' ')[0]}, about ${ID}:`));
  });
});
