import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TicketDetail } from '../ticket-detail/ticket-detail';
import { axeViolations } from '../test/axe';
import { renderTicket } from '../test/render-ticket';
import { NotesPanel } from './notes-panel';

const ID = 'TK-1002';
const NOTE = 'Internal: the customer threatened a chargeback; do not mention the discount.';
const REPLY = 'We have refunded your order.';

describe('NotesPanel', () => {
  it('a note goes to addNote only: never to sendReply, never into what the user receives; the timeline marks it internal', async () => {
    const user = userEvent.setup();
    const { backend, container } = renderTicket(() => <TicketDetail ticketId={ID} />);
    await user.click(await screen.findByRole('tab', { name: 'Internal note' }));
    await user.type(screen.getByRole('textbox', { name: 'Internal note for the team' }), NOTE);
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const conversation = screen.getByRole('region', { name: /Conversation/ });
    const note = await within(conversation).findByText(NOTE);
    expect(note.closest('article')).toHaveAccessibleName(/^Internal note by /);
    expect(note.closest('li')).toHaveAttribute('data-kind', 'note');

    // A reply sent afterwards: the log of sendReply is not empty, so the check below can fail.
    await user.click(screen.getByRole('tab', { name: 'Reply' }));
    await user.type(screen.getByRole('textbox', { name: 'Reply to the user' }), REPLY);
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await within(conversation).findByText(REPLY)).toBeInTheDocument();

    const replies = backend.adapter.calls.filter((call) => call.method === 'sendReply');
    expect(replies.map((call) => call.args[1])).toEqual([{ body: REPLY, idempotencyKey: expect.any(String) }]);
    expect(JSON.stringify(replies)).not.toContain('chargeback');
    expect(backend.adapter.calls.filter((call) => call.method === 'addNote').map((call) => call.args[1])).toEqual([{ body: NOTE, idempotencyKey: expect.any(String) }]);
    const sent = await backend.memory.listMessages(ID);
    expect(sent.some((message) => message.body.includes('chargeback'))).toBe(false);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows each note with its author and time, and says plainly it is internal', async () => {
    const { backend } = renderTicket(() => <NotesPanel ticketId={ID} />, {
      transform: (data) => ({
        ...data,
        notes: [
          ...data.notes.filter((note) => note.ticketId !== ID),
          { id: 'n-1', ticketId: ID, author: { id: 'tm-x', name: 'Kofi Mensah' }, body: 'Line one\nline two', createdAt: '2026-03-01T10:30:00.000Z' },
        ],
      }),
    });
    const note = await screen.findByText(/Line one/);
    expect(note.closest('li')).toHaveTextContent('Kofi Mensah, Mar 1, 2026, 10:30 AM');
    expect(note.querySelector('br')).not.toBeNull();
    expect(screen.getByText('Internal')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Internal notes/ })).toHaveAccessibleDescription('Only your team sees notes. They are never sent to the user.');
    expect(backend.adapter.calls.some((call) => call.method === 'sendReply')).toBe(false);
  });

  it('keeps the text when adding fails and says why', async () => {
    const user = userEvent.setup();
    renderTicket(() => <NotesPanel ticketId={ID} />, { faults: { failMethods: { addNote: 'forbidden' } } });
    const box = await screen.findByRole('textbox', { name: 'New internal note' });
    await user.type(box, 'Escalate to billing{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The note was not added; your text is kept.');
    expect(box).toHaveValue('Escalate to billing');
  });

  it('shows "No notes yet." for a ticket without notes', async () => {
    renderTicket(() => <NotesPanel ticketId={ID} />, { transform: (data) => ({ ...data, notes: data.notes.filter((note) => note.ticketId !== ID) }) });
    expect(await screen.findByText('No notes yet.')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('[data-slot="notes-panel"]')).toHaveAttribute('data-state', 'empty'));
  });
});
