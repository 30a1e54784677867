import { DEFAULT_TICKET_QUERY } from '@ticketkit/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../test/harness';
import { useInsights } from './use-insights';
import { useTicketExport } from './use-ticket-export';

const range = { createdFrom: '2026-08-01', createdTo: '2026-10-31' };

describe('useInsights', () => {
  it("reads the adapter's insights in the provider's time zone", async () => {
    const harness = createHarness({ tickets: 300 });
    const { result } = renderHook(() => useInsights(range), { wrapper: harness.Wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.supported).toBe(true);
    const total = (await harness.adapter.listTickets({ ...DEFAULT_TICKET_QUERY, ...result.current.data!.query, timeZone: 'UTC' })).total;
    expect(result.current.data!.overall.raised).toBe(total);
    expect(harness.callsOf('getInsights').map((call) => call.args[0])).toEqual([{ ...range, timeZone: 'UTC' }]);
  });
});

describe('useTicketExport', () => {
  it('exports every ticket of a query page by page, with progress', async () => {
    const harness = createHarness({ tickets: 250 });
    const { result } = renderHook(() => useTicketExport(), { wrapper: harness.Wrapper });
    let parts: string[] | null = null;
    await act(async () => {
      parts = await result.current.start({ status: 'all' });
    });
    expect(parts!.join('').split('\r\n').filter(Boolean)).toHaveLength(251);
    expect(result.current.state).toMatchObject({ status: 'done', done: 250, total: 250 });
    expect(harness.callsOf('listTickets')).toHaveLength(3);
  });

  it('stops on cancel, and says so', async () => {
    const harness = createHarness({ tickets: 250, latency: 30 });
    const { result } = renderHook(() => useTicketExport(), { wrapper: harness.Wrapper });
    let run: Promise<string[] | null> = Promise.resolve(null);
    act(() => {
      run = result.current.start({});
    });
    await waitFor(() => expect(result.current.state.status).toBe('running'));
    act(() => result.current.cancel());
    await act(async () => expect(await run).toBeNull());
    expect(result.current.state.status).toBe('cancelled');
  });
});
