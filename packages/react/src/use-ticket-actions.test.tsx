import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { ConflictError, ForbiddenError, type Ticket } from '@ticketkit/core';
import { sampleHostModel } from '@ticketkit/core/memory';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../test/harness';
import { useTicketActions } from './use-ticket-actions';
import { useTicketList } from './use-ticket-list';
import { useTicket } from './use-ticket-queries';

/** A list and one ticket's detail on screen, and the actions on that ticket. */
function useScreen(ticketId: string) {
  const list = useTicketList({ defaultQuery: { pageSize: 100 }, prefetchNextPage: false });
  const detail = useTicket(ticketId);
  const actions = useTicketActions(ticketId);
  return { list, detail, actions, inList: list.tickets.find((t) => t.id === ticketId) };
}

async function renderScreen(harness: ReturnType<typeof createHarness>) {
  const ticket = harness.data.tickets.find((t) => t.status === 'open')!;
  const view = renderHook(() => useScreen(ticket.id), { wrapper: harness.Wrapper });
  await waitFor(() => expect(view.result.current.detail.data).toBeDefined());
  await waitFor(() => expect(view.result.current.inList).toBeDefined());
  return { ...view, ticket };
}

describe('useTicketActions', () => {
  it('on a ticket not in the cache, reports why it could not be read (not a made-up not-found) and sends nothing', async () => {
    const harness = createHarness({ faults: { failMethods: { getTicket: 'forbidden' } } });
    const ticket = harness.data.tickets[0]!;
    const { result } = renderHook(() => useTicketActions(ticket.id), { wrapper: harness.Wrapper });
    await act(async () => {
      expect(await result.current.setStatus('closed')).toBeUndefined();
    });
    await waitFor(() => expect(result.current.error).toBeInstanceOf(ForbiddenError));
    expect(harness.callsOf('updateTicket')).toEqual([]);
  });

  it('changes the list and the detail at once, sends the version the viewer saw, then keeps the saved ticket', async () => {
    const harness = createHarness();
    const { result, ticket } = await renderScreen(harness);
    harness.adapter.setFaults({ latency: 200 });
    let saved: Promise<Ticket | undefined>;
    act(() => {
      saved = result.current.actions.setStatus('in_progress');
    });
    await waitFor(() => expect(result.current.detail.data?.status).toBe('in_progress'), { interval: 10 });
    expect(result.current.inList?.status).toBe('in_progress');
    expect(result.current.actions.isPending).toBe(true);
    await act(async () => {
      await saved;
    });
    const call = harness.callsOf('updateTicket')[0]!;
    expect(call.args).toEqual([ticket.id, { status: 'in_progress' }, ticket.version]);
    await waitFor(() => expect(result.current.detail.data?.version).toBe(ticket.version + 1));
    expect((await harness.memory.getTicket(ticket.id)).status).toBe('in_progress');
  });

  it('shows the change in the render of the event that made it, in parts of the screen that do not make it', async () => {
    const harness = createHarness();
    const ticket = harness.data.tickets.find((t) => t.status === 'open')!;
    // The detail and the list render on their own; the button that makes the change is a third part.
    function Shown() {
      const detail = useTicket(ticket.id);
      const list = useTicketList({ defaultQuery: { pageSize: 100 }, prefetchNextPage: false });
      const row = list.tickets.find((t) => t.id === ticket.id);
      return <p data-testid="shown">{`${detail.data?.status ?? '-'} ${row?.status ?? '-'}`}</p>;
    }
    function Close() {
      const actions = useTicketActions(ticket.id);
      return <button onClick={() => void actions.setStatus('closed')}>Close</button>;
    }
    render(
      <harness.Wrapper>
        <Shown />
        <Close />
      </harness.Wrapper>,
    );
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('open open'));
    harness.adapter.setFaults({ latency: 200 });
    // A synchronous act runs no timer: TanStack's mutation cache tells its observers on one.
    act(() => screen.getByRole('button', { name: 'Close' }).click());
    expect(screen.getByTestId('shown').textContent).toBe('closed closed');
    await waitFor(() => expect(harness.callsOf('updateTicket')).toHaveLength(1));
  });

  it('rolls back the list and the detail when the adapter refuses, and exposes the error', async () => {
    const harness = createHarness();
    const { result, ticket } = await renderScreen(harness);
    harness.adapter.setFaults({ latency: 200, failMethods: { updateTicket: 'forbidden' } });
    let saved: Promise<Ticket | undefined>;
    act(() => {
      saved = result.current.actions.setPriority(ticket.priority === 'urgent' ? 'low' : 'urgent');
    });
    await waitFor(() => expect(result.current.detail.data?.priority).not.toBe(ticket.priority), { interval: 10 });
    expect(result.current.inList?.priority).toBe(result.current.detail.data?.priority);
    await act(async () => {
      expect(await saved).toBeUndefined();
    });
    // TanStack notifies observers on a zero-delay timer: wait for the error to reach the hook.
    await waitFor(() => expect(result.current.actions.error).toBeInstanceOf(ForbiddenError));
    expect(result.current.detail.data?.priority).toBe(ticket.priority);
    expect(result.current.inList?.priority).toBe(ticket.priority);
    expect(result.current.actions.conflict).toBeNull();
  });

  it('surfaces a conflict, reloads the fresh ticket and re-applies the change on its version', async () => {
    const harness = createHarness();
    const { result, ticket } = await renderScreen(harness);
    // The backend refuses the write as stale (injected), and someone else has indeed changed the ticket.
    harness.adapter.setFaults({ failMethods: { updateTicket: 'conflict' } });
    await act(async () => {
      await result.current.actions.setStatus('closed');
    });
    await waitFor(() => expect(result.current.actions.conflict?.error).toBeInstanceOf(ConflictError));
    expect(result.current.actions.conflict?.patch).toEqual({ status: 'closed' });
    expect(result.current.detail.data?.status).toBe('open');

    await harness.memory.updateTicket(ticket.id, { priority: 'urgent' }, ticket.version);
    harness.adapter.setFaults({});
    await act(async () => {
      const fresh = await result.current.actions.reload();
      expect(fresh?.version).toBe(ticket.version + 1);
    });
    expect(result.current.actions.conflict).not.toBeNull(); // the person decides what to do
    await act(async () => {
      await result.current.actions.reapply();
    });
    await waitFor(() => expect(result.current.actions.conflict).toBeNull());
    await waitFor(() => expect(result.current.detail.data?.version).toBe(ticket.version + 2));
    expect(result.current.detail.data).toMatchObject({ status: 'closed', priority: 'urgent', version: ticket.version + 2 });
    expect(harness.callsOf('updateTicket').at(-1)?.args[2]).toBe(ticket.version + 1);
  });

  it('assigns with the team member name shown at once and refuses a bad patch with a typed error', async () => {
    const harness = createHarness();
    const { result } = await renderScreen(harness);
    const member = harness.data.teamMembers[1]!;
    await act(async () => {
      await result.current.actions.setAssignee(member.id);
    });
    await waitFor(() => expect(result.current.detail.data?.assignee).toEqual({ id: member.id, name: member.name }));
    await act(async () => {
      await result.current.actions.update({ status: 'nope' as never });
    });
    await waitFor(() => expect(result.current.actions.error).toMatchObject({ code: 'validation', field: 'patch.status' }));
  });

  it('sets custom fields at once, on the same versioned write, and refuses a field the model does not let the team edit', async () => {
    const harness = createHarness({ model: sampleHostModel });
    const ticket = harness.data.tickets[0]!;
    const { result } = renderHook(() => ({ detail: useTicket(ticket.id), actions: useTicketActions(ticket.id) }), { wrapper: harness.Wrapper });
    await waitFor(() => expect(result.current.detail.data).toBeDefined());
    harness.adapter.setFaults({ latency: 200 });
    let saved: Promise<Ticket | undefined>;
    act(() => {
      saved = result.current.actions.setFields({ plan: 'enterprise', tags: ['bug', 'vip'] });
    });
    await waitFor(() => expect(result.current.detail.data?.fields).toMatchObject({ plan: 'enterprise', tags: ['bug', 'vip'] }), { interval: 10 });
    await act(async () => {
      await saved;
    });
    expect(harness.callsOf('updateTicket')[0]!.args).toEqual([ticket.id, { fields: { plan: 'enterprise', tags: ['bug', 'vip'] } }, ticket.version]);
    await waitFor(() => expect(result.current.detail.data?.version).toBe(ticket.version + 1));
    harness.adapter.setFaults({});
    await act(async () => {
      expect(await result.current.actions.setFields({ orderId: 12 })).toBeUndefined();
    });
    await waitFor(() => expect(result.current.actions.error).toMatchObject({ code: 'validation', field: 'patch.fields.orderId' }));
    expect(harness.callsOf('updateTicket')).toHaveLength(1);
  });
});
