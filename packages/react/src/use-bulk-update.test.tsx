import { act, renderHook, waitFor } from '@testing-library/react';
import { DEFAULT_TICKET_QUERY } from '@ticketkit/core';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../test/harness';
import { listAllMatching } from './bulk-update';
import { ticketKeys } from './keys';
import { useBulkSelection } from './use-bulk-selection';
import { useBulkUpdate } from './use-bulk-update';
import { useTicketList } from './use-ticket-list';

describe('useBulkUpdate', () => {
  it('writes each ticket with the version seen; one changed meanwhile is a conflict and stays as it was', async () => {
    const { Wrapper, memory, client, viewer } = createHarness();
    const { result } = renderHook(() => ({ list: useTicketList({ prefetchNextPage: false }), bulk: useBulkUpdate() }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.list.tickets).toHaveLength(25));
    const targets = result.current.list.tickets.slice(0, 6).map((ticket) => ({ ticketId: ticket.id, version: ticket.version }));
    const moved = targets[2]!;
    const current = await memory.getTicket(moved.ticketId);
    await memory.updateTicket(moved.ticketId, { priority: current.priority === 'low' ? 'high' : 'low' }, current.version);
    const changedBefore = await memory.getTicket(moved.ticketId);

    let summary: Awaited<ReturnType<typeof result.current.bulk.run>> | undefined;
    await act(async () => {
      summary = await result.current.bulk.run({ targets, patch: { status: 'closed' } });
    });
    expect(summary!.changed.map((t) => t.id)).toEqual(targets.filter((t) => t !== moved).map((t) => t.ticketId));
    expect(summary!.conflicted.map((c) => c.ticketId)).toEqual([moved.ticketId]);
    expect(summary!.failed).toEqual([]);
    expect(await memory.getTicket(moved.ticketId)).toEqual(changedBefore);
    for (const target of targets.filter((t) => t !== moved)) expect((await memory.getTicket(target.ticketId)).status).toBe('closed');
    expect(result.current.bulk.summary).toBe(summary);
    // The lists are refetched after.
    await waitFor(() => expect(client.getQueryState(ticketKeys.list(viewer.id, { ...result.current.list.query, timeZone: 'UTC', countByStatus: true }))?.isInvalidated).toBe(false));
  });

  it('reports a ticket that is gone as failed, without stopping the others', async () => {
    const { Wrapper, memory } = createHarness();
    const { result } = renderHook(() => useBulkUpdate(), { wrapper: Wrapper });
    const [first] = (await memory.listTickets({ ...DEFAULT_TICKET_QUERY, pageSize: 1 })).tickets;
    let summary: Awaited<ReturnType<typeof result.current.run>> | undefined;
    await act(async () => {
      summary = await result.current.run({ targets: [{ ticketId: 'TK-NOPE', version: 1 }, { ticketId: first!.id, version: first!.version }], patch: { priority: 'urgent' } });
    });
    expect(summary!.failed.map((f) => f.ticketId)).toEqual(['TK-NOPE']);
    expect(summary!.changed.map((t) => t.priority)).toEqual(['urgent']);
  });
});

describe('listAllMatching', () => {
  it('gathers every ticket of every page with its version, and refuses more than its limit', async () => {
    const { adapter } = createHarness({ tickets: 230 });
    const query = { ...DEFAULT_TICKET_QUERY, status: 'open' as const };
    const total = (await adapter.listTickets({ ...query, pageSize: 1 })).total;
    const all = await listAllMatching(adapter, query);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((t) => t.ticketId)).size).toBe(total);
    await expect(listAllMatching(adapter, DEFAULT_TICKET_QUERY, { limit: 100 })).rejects.toThrow(RangeError);
  });
});

describe('useBulkSelection', () => {
  it('selects one, a Shift range, a page, then all matching; a new filter empties it', async () => {
    const { Wrapper } = createHarness();
    const { result, rerender } = renderHook(({ key }) => ({ list: useTicketList({ prefetchNextPage: false }), selection: useBulkSelection(key) }), {
      wrapper: Wrapper,
      initialProps: { key: 'a' },
    });
    await waitFor(() => expect(result.current.list.tickets).toHaveLength(25));
    const page = result.current.list.tickets;
    act(() => result.current.selection.toggle(page[2]!, { page }));
    act(() => result.current.selection.toggle(page[6]!, { page, range: true }));
    expect([...result.current.selection.selected.keys()]).toEqual(page.slice(2, 7).map((t) => t.id));
    expect(result.current.selection.targets()[0]).toEqual({ ticketId: page[2]!.id, version: page[2]!.version });
    act(() => result.current.selection.toggle(page[4]!, { page }));
    expect(result.current.selection.count).toBe(4);
    act(() => result.current.selection.setPage(page, true));
    expect(result.current.selection.count).toBe(25);
    act(() => result.current.selection.selectAllMatching());
    expect(result.current.selection.allMatching).toBe(true);
    rerender({ key: 'b' });
    expect(result.current.selection.count).toBe(0);
    expect(result.current.selection.allMatching).toBe(false);
  });
});
