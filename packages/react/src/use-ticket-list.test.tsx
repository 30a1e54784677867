import { act, renderHook, waitFor } from '@testing-library/react';
import type { ListTicketsRequest, TicketPage } from '@ticketkit/core';
import { describe, expect, it, vi } from 'vitest';
import { createHarness } from '../test/harness';
import { ticketKeys } from './keys';
import { useTicketList } from './use-ticket-list';

const requestOf = (call: { args: unknown[] }) => call.args[0] as ListTicketsRequest;

describe('useTicketList', () => {
  it('loads one page from the adapter, with the total and the page count, in the provider time zone', async () => {
    const { Wrapper, callsOf } = createHarness();
    const { result } = renderHook(() => useTicketList({ defaultQuery: { pageSize: 10 }, prefetchNextPage: false }), { wrapper: Wrapper });
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.tickets).toHaveLength(10);
    expect(result.current.total).toBe(60);
    expect(result.current.pageCount).toBe(6);
    expect(requestOf(callsOf('listTickets')[0]!)).toMatchObject({ page: 1, pageSize: 10, timeZone: 'UTC' });
  });

  it('prefetches the next page, and keeps the previous page on screen while another loads', async () => {
    const { Wrapper, client, viewer, adapter, callsOf } = createHarness();
    const { result } = renderHook(() => useTicketList({ defaultQuery: { pageSize: 10 } }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.tickets).toHaveLength(10));
    // The memory adapter counts per status: the list asks for the counts with every page.
    const request = { ...result.current.query, timeZone: 'UTC', countByStatus: true };
    await waitFor(() => expect(client.getQueryData(ticketKeys.list(viewer.id, { ...request, page: 2 }))).toBeDefined());

    const requestsBefore = callsOf('listTickets').length;
    // A change is applied once its page is loaded, within the task when it can be (here: it was prefetched).
    await act(async () => result.current.setPage(2));
    expect(result.current.isPlaceholderData).toBe(false); // shown from the prefetch...
    expect(result.current.tickets[0]?.id).toBe(client.getQueryData<TicketPage>(ticketKeys.list(viewer.id, { ...request, page: 2 }))?.tickets[0]?.id);
    await waitFor(() => expect(callsOf('listTickets').length).toBeGreaterThan(requestsBefore)); // ...which prefetches page 3
    expect(callsOf('listTickets').slice(requestsBefore).map((call) => requestOf(call).page)).toEqual([3]);
    await act(async () => result.current.setPage(1));

    const firstPage = result.current.tickets;
    // A slow backend does not hold the change back: it is applied in the next task, the previous page still shown.
    adapter.setFaults({ latency: 400 });
    act(() => result.current.setPage(4));
    await waitFor(() => expect(result.current.query.page).toBe(4));
    expect(result.current.tickets).toBe(firstPage); // no empty flash
    expect(result.current.isPlaceholderData).toBe(true);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.tickets[0]?.id).not.toBe(firstPage[0]?.id);
  });

  it('asks for the next page once the page is idle, never in the task that shows the page', async () => {
    // The browser's idle callbacks, run by the test: a prefetch asked for in the effect would already be there.
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => (idle[handle - 1] = () => undefined));
    const { Wrapper, callsOf } = createHarness();
    const { result, unmount } = renderHook(() => useTicketList({ defaultQuery: { pageSize: 10 } }), { wrapper: Wrapper });
    try {
      await waitFor(() => expect(result.current.tickets).toHaveLength(10));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(callsOf('listTickets').map((call) => requestOf(call).page)).toEqual([1]);
      act(() => idle.splice(0).forEach((callback) => callback()));
      await waitFor(() => expect(callsOf('listTickets').map((call) => requestOf(call).page)).toEqual([1, 2]));
    } finally {
      unmount(); // its effect's cleanup cancels through the stubbed idle callbacks
      vi.unstubAllGlobals();
    }
  });

  it('applies a change with its new rows in one render when the backend answers at once; a slow one at once, keeping the old rows', async () => {
    const { Wrapper, adapter } = createHarness();
    const renders: { sort: string; placeholder: boolean }[] = [];
    const { result } = renderHook(
      () => {
        const list = useTicketList({ prefetchNextPage: false });
        renders.push({ sort: list.query.sort, placeholder: list.isPlaceholderData });
        return list;
      },
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    renders.length = 0;
    await act(async () => result.current.setSort('priority'));
    const sorted = renders.filter((render) => render.sort === 'priority');
    expect(sorted.length).toBeGreaterThan(0);
    expect(sorted.filter((render) => render.placeholder)).toEqual([]); // never the new order over the old rows

    adapter.setFaults({ latency: 400 });
    act(() => result.current.setSort('updatedAt'));
    await waitFor(() => expect(result.current.query.sort).toBe('updatedAt'));
    expect(result.current.isPlaceholderData).toBe(true);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
  });

  it('makes one list request for "refund" typed quickly, after the pause, not one per key', async () => {
    const { Wrapper, callsOf } = createHarness();
    const { result } = renderHook(() => useTicketList({ searchDebounceMs: 60, prefetchNextPage: false }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    for (const prefix of ['r', 're', 'ref', 'refu', 'refun', 'refund']) act(() => result.current.setSearch(prefix));
    expect(callsOf('listTickets').filter((call) => requestOf(call).search !== '')).toHaveLength(0);
    await waitFor(() => expect(result.current.query.search).toBe('refund'));
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    const searches = callsOf('listTickets').map((call) => requestOf(call).search).filter((search) => search !== '');
    expect(searches).toEqual(['refund']);
  });

  it('aborts a superseded search: the adapter sees the abort', async () => {
    const { Wrapper, callsOf, adapter } = createHarness();
    const { result } = renderHook(() => useTicketList({ searchDebounceMs: 0, prefetchNextPage: false }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    adapter.setFaults({ latency: 50 });
    act(() => result.current.setSearch('invoice'));
    await waitFor(() => expect(callsOf('listTickets').some((call) => requestOf(call).search === 'invoice')).toBe(true));
    act(() => result.current.setSearch('refund'));
    await waitFor(() => expect(result.current.query.search).toBe('refund'));
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    const invoice = callsOf('listTickets').find((call) => requestOf(call).search === 'invoice');
    const refund = callsOf('listTickets').find((call) => requestOf(call).search === 'refund');
    expect(invoice?.aborted).toBe(true);
    expect(refund?.aborted).toBe(false);
  });

  it('clamps a page past the end to the last page once the total is known', async () => {
    const { Wrapper } = createHarness();
    const { result } = renderHook(() => useTicketList({ defaultQuery: { page: 9, pageSize: 10 } }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.query.page).toBe(6));
    await waitFor(() => expect(result.current.tickets.length).toBeGreaterThan(0));
  });

  it('clamps after the total shrank under a URL page, without adding a history step', async () => {
    window.history.replaceState(null, '', '/?size=10&page=6');
    const { Wrapper, memory } = createHarness();
    const { result } = renderHook(() => useTicketList({ url: true }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.tickets.length).toBeGreaterThan(0));
    const open = (await memory.listTickets({ ...result.current.query, status: 'open', page: 1 })).total;
    expect(open).toBeLessThanOrEqual(50); // so page 6 is past the end
    await act(async () => result.current.setQuery({ status: 'open', page: 6 }, { resetPage: false }));
    // The person's own step (page 6) is in history; the clamp must not add another.
    const historyLength = window.history.length;
    await waitFor(() => expect(result.current.query.page).toBe(Math.max(1, Math.ceil(open / 10))));
    expect(window.history.length).toBe(historyLength);
    expect(window.location.search).toContain('status=open');
  });

  it('asks for the counts per status when the adapter declares them, and returns the snippets of a search', async () => {
    const { Wrapper, data, callsOf } = createHarness();
    const word = data.messages.flatMap((message) => message.body.toLowerCase().match(/[a-z]{6,}/g) ?? [])[0]!;
    const { result } = renderHook(() => useTicketList({ defaultQuery: { search: word }, prefetchNextPage: false, searchDebounceMs: 0 }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(requestOf(callsOf('listTickets')[0]!)).toMatchObject({ countByStatus: true });
    const counts = result.current.statusCounts!;
    expect(Object.keys(counts).sort()).toEqual(['closed', 'in_progress', 'open']);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(result.current.total);
    for (const [id, snippet] of Object.entries(result.current.snippets)) {
      expect(result.current.tickets.some((ticket) => ticket.id === id)).toBe(true);
      expect(snippet.text.toLowerCase()).toContain(word);
    }
  });
});
