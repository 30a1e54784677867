import { DEFAULT_TICKET_QUERY } from '@ticketkit/core';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createHarness } from '../test/harness';
import { ticketListOptions, ticketMessagesOptions } from './query-options';
import { useTicket, useTicketMessages } from './use-ticket-queries';

describe('useTicket', () => {
  it("stands in the list page's copy of the ticket until its own fetch answers, and fetches all the same", async () => {
    const harness = createHarness({ latency: 20 });
    const source = { adapter: harness.adapter, scope: harness.viewer.id };
    const page = await harness.client.fetchQuery(ticketListOptions(source, { ...DEFAULT_TICKET_QUERY, timeZone: 'UTC' }));
    const listed = page.tickets[0]!;
    const { result } = renderHook(() => useTicket(listed.id), { wrapper: harness.Wrapper });
    expect(result.current.data).toEqual(listed);
    expect(result.current.isPlaceholderData).toBe(true);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.data).toEqual(listed);
    expect(harness.callsOf('getTicket').map((call) => call.args[0])).toEqual([listed.id]);
  });

  it('looks the stand-in up once, not on every render while the ticket loads', async () => {
    const harness = createHarness({ latency: 20 });
    const source = { adapter: harness.adapter, scope: harness.viewer.id };
    const listed = (await harness.client.fetchQuery(ticketListOptions(source, { ...DEFAULT_TICKET_QUERY, timeZone: 'UTC' }))).tickets[0]!;
    const lookups = vi.spyOn(harness.client, 'getQueriesData');
    const { result, rerender } = renderHook(() => useTicket(listed.id), { wrapper: harness.Wrapper });
    rerender();
    rerender();
    expect(result.current.isPlaceholderData).toBe(true);
    expect(lookups).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
  });

  it('has no stand-in for a ticket no cached page holds', () => {
    const harness = createHarness({ latency: 20 });
    const { result } = renderHook(() => useTicket(harness.data.tickets[0]!.id), { wrapper: harness.Wrapper });
    expect(result.current.data).toBeUndefined();
    expect(result.current.isPending).toBe(true);
  });
});

describe('useTicketMessages', () => {
  it('shows a conversation prefetched a moment earlier without asking the adapter again', async () => {
    const harness = createHarness();
    const ticketId = harness.data.tickets[0]!.id;
    await harness.client.prefetchQuery(ticketMessagesOptions({ adapter: harness.adapter, scope: harness.viewer.id }, ticketId));
    const { result } = renderHook(() => useTicketMessages(ticketId), { wrapper: harness.Wrapper });
    expect(result.current.isSuccess).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(harness.callsOf('listMessages')).toHaveLength(1);
  });
});
