import { useTicket } from '@ticketkit/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { patchTicket } from '../stories/detail-data';
import { renderTicket } from '../test/render-ticket';
import { ReplyComposer } from './reply-composer';

const ID = 'TK-1004';

function Harness() {
  const ticket = useTicket(ID);
  return ticket.data ? <ReplyComposer ticket={ticket.data} /> : null;
}

const sends = (backend: { adapter: { calls: { method: string; args: unknown[] }[] } }) =>
  backend.adapter.calls
    .filter((call) => call.method === 'sendReply')
    // Each send carries a fresh idempotency key; what was sent is the ticket and the text.
    .map(({ args: [id, input] }) => [id, { body: (input as { body: string }).body }]);

describe('ReplyComposer', () => {
  it('is labelled and sends with Ctrl+Enter or Cmd+Enter, not with Enter alone', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <Harness />);
    const box = await screen.findByRole('textbox', { name: 'Reply to the user' });
    expect(box).toHaveAccessibleDescription('Ctrl+Enter or ⌘+Enter sends.');
    await user.type(box, 'First line{Enter}second line');
    expect(sends(backend)).toEqual([]);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(box).toHaveValue(''));
    await user.type(box, 'From a Mac{Meta>}{Enter}{/Meta}');
    await waitFor(() => expect(box).toHaveValue(''));
    expect(sends(backend)).toEqual([
      [ID, { body: 'First line\nsecond line' }],
      [ID, { body: 'From a Mac' }],
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Reply sent.');
  });

  it('shows the pending state while sending', async () => {
    const user = userEvent.setup();
    renderTicket(() => <Harness />, { faults: { latency: 300 } });
    const box = await screen.findByRole('textbox', { name: 'Reply to the user' }, { timeout: 3000 });
    await user.type(box, 'On its way');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByRole('button', { name: 'Sending…' })).toBeDisabled();
    expect(box.closest('form')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(box).toHaveValue(''), { timeout: 3000 });
  });

  it('keeps the text and says why when the send fails, then sends it on retry', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <Harness />, { faults: { failMethods: { sendReply: 'unavailable' } } });
    const box = await screen.findByRole('textbox', { name: 'Reply to the user' });
    await user.type(box, 'Please try the new link');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The reply was not sent; your text is kept. The ticket service is not reachable right now.',
    );
    expect(box).toHaveValue('Please try the new link');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    backend.adapter.setFaults({});
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(box).toHaveValue(''));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers to reopen a closed ticket: "Send and reopen" sends, then reopens', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <Harness />, {
      transform: (data) => patchTicket(data, ID, (ticket) => ({ ...ticket, status: 'closed' })),
    });
    const box = await screen.findByRole('textbox', { name: 'Reply to the user' });
    expect(screen.getByText(/This ticket is closed/)).toBeInTheDocument();
    await user.type(box, 'One more thing');
    await user.click(screen.getByRole('button', { name: 'Send and reopen' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Reply sent. The ticket was reopened.'));
    expect((await backend.memory.getTicket(ID)).status).toBe('open');
    expect(screen.queryByText(/This ticket is closed/)).toBeNull();
  });

  it('"Send reply" on a closed ticket sends without reopening', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <Harness />, {
      transform: (data) => patchTicket(data, ID, (ticket) => ({ ...ticket, status: 'closed' })),
    });
    await user.type(await screen.findByRole('textbox', { name: 'Reply to the user' }), 'Closing note to the user');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Reply sent.'));
    expect((await backend.memory.getTicket(ID)).status).toBe('closed');
  });
});
