import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHarness } from '../test/harness';
import { useTicket, useTicketMessages } from './use-ticket-queries';

function Probe({ ticketId }: { ticketId: string }): ReactNode {
  const ticket = useTicket(ticketId);
  const messages = useTicketMessages(ticketId);
  return (
    <p>
      {ticket.data?.subject ?? 'no ticket'} / {messages.data ? `${messages.data.length} messages` : 'no messages'}
    </p>
  );
}

/** Lets the adapter's promises and every microtask after them run, but no timer: the task the data came in. */
async function sameTask(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ticket queries render in the task their data arrives in', () => {
  it('shows a resolved ticket and conversation before any timer runs (TanStack notifies observers in a setTimeout)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const harness = createHarness();
    const ticket = harness.data.tickets[0]!;
    const count = harness.data.messages.filter((m) => m.ticketId === ticket.id).length;
    render(<Probe ticketId={ticket.id} />, { wrapper: harness.Wrapper });
    expect(screen.queryByText('no ticket / no messages')).not.toBeNull();
    await sameTask();
    expect(screen.queryByText(`${ticket.subject} / ${count} messages`)).not.toBeNull();
  });

  it('shows a failed fetch as an error in the same task', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const harness = createHarness({ faults: { failMethods: { getTicket: 'not_found' } } });
    function Failing(): ReactNode {
      const query = useTicket(harness.data.tickets[0]!.id);
      return <p>{query.isError ? 'failed' : 'waiting'}</p>;
    }
    render(<Failing />, { wrapper: harness.Wrapper });
    await sameTask();
    expect(screen.queryByText('failed')).not.toBeNull();
  });
});
