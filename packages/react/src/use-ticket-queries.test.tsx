import { DEFAULT_TICKET_QUERY } from '@ticketkit/core';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../test/harness';
import { ticketListOptions } from './query-options';
import { useTicket } from './use-ticket-queries';

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

  it('has no stand-in for a ticket no cached page holds', () => {
    const harness = createHarness({ latency: 20 });
    const { result } = renderHook(() => useTicket(harness.data.tickets[0]!.id), { wrapper: harness.Wrapper });
    expect(result.current.data).toBeUndefined();
    expect(result.current.isPending).toBe(true);
  });
});
