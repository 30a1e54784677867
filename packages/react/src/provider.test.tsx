import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { act, render, renderHook, waitFor } from '@testing-library/react';
import { createMemoryAdapter, generateTicketData } from '@ticketkit/core/memory';
import { useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createHarness } from '../test/harness';
import { useTicketsContext } from './context';
import { ticketKeys } from './keys';
import { TicketsProvider } from './provider';
import { useTicketList } from './use-ticket-list';
import { useTicket, useTicketMessages } from './use-ticket-queries';

const data = generateTicketData({ tickets: 20, seed: 3 });

describe('TicketsProvider', () => {
  it('uses the QueryClient already in context: one cache for the app', async () => {
    const adapter = createMemoryAdapter({ data: structuredClone(data) });
    const host = new QueryClient();
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <QueryClientProvider client={host}>
        <TicketsProvider adapter={adapter} viewer={adapter.viewer}>{children}</TicketsProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => ({ client: useQueryClient(), ticket: useTicket('TK-1001') }), { wrapper });
    expect(result.current.client).toBe(host);
    await waitFor(() => expect(result.current.ticket.data?.id).toBe('TK-1001'));
    expect(host.getQueryData(ticketKeys.detail(adapter.viewer.id, 'TK-1001'))).toBeDefined();
  });

  it('refuses a mistyped time zone or locale with a ValidationError naming the prop', () => {
    const adapter = createMemoryAdapter({ data: structuredClone(data) });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => render(<TicketsProvider adapter={adapter} viewer={adapter.viewer} timeZone="Europe/Londn" />)).toThrow(
        expect.objectContaining({ name: 'ValidationError', field: 'timeZone' }),
      );
      expect(() => render(<TicketsProvider adapter={adapter} viewer={adapter.viewer} timeZone="UTC" locale="en_US!" />)).toThrow(
        expect.objectContaining({ name: 'ValidationError', field: 'locale' }),
      );
    } finally {
      quiet.mockRestore();
    }
  });

  it('uses the queryClient prop, and creates its own only when there is none', () => {
    const adapter = createMemoryAdapter({ data: structuredClone(data) });
    const given = new QueryClient();
    const withProp = renderHook(() => useQueryClient(), {
      wrapper: ({ children }) => <TicketsProvider adapter={adapter} viewer={adapter.viewer} queryClient={given}>{children}</TicketsProvider>,
    });
    expect(withProp.result.current).toBe(given);
    const own = renderHook(() => useQueryClient(), {
      wrapper: ({ children }) => <TicketsProvider adapter={adapter} viewer={adapter.viewer}>{children}</TicketsProvider>,
    });
    const firstClient = own.result.current;
    own.rerender();
    expect(own.result.current).toBe(firstClient);
    expect(firstClient).not.toBe(given);
  });

  it('keeps the context value stable when the host re-renders with an equal inline viewer', () => {
    const adapter = createMemoryAdapter({ data: structuredClone(data) });
    const values: unknown[] = [];
    function Probe() {
      values.push(useTicketsContext());
      return null;
    }
    let bump: () => void = () => {};
    function Host() {
      const [count, setCount] = useState(0);
      bump = () => setCount(count + 1);
      return (
        <TicketsProvider adapter={adapter} viewer={{ ...adapter.viewer }} locale="fr-FR" timeZone="Europe/Paris">
          <Probe />
        </TicketsProvider>
      );
    }
    render(<Host />);
    act(() => bump());
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(values[1]).toBe(values[0]);
    expect(values[0]).toMatchObject({ locale: 'fr-FR', timeZone: 'Europe/Paris', scope: adapter.viewer.id });
  });

  it('scopes the cache by viewer, so switching viewer never shows the other viewer’s tickets', async () => {
    const harness = createHarness();
    const member = harness.data.teamMembers.find((m) => m.role === 'member')!;
    const hidden = harness.data.tickets.find((t) => t.assistant.ownerId !== member.id)!;
    const asMember = { id: member.id, name: member.name, role: member.role };
    const adminView = renderHook(() => useTicket(hidden.id), { wrapper: harness.Wrapper });
    await waitFor(() => expect(adminView.result.current.data?.id).toBe(hidden.id));
    const memberAdapter = harness.memory.withViewer(asMember);
    const memberView = renderHook(() => useTicket(hidden.id), {
      wrapper: ({ children }) => (
        <TicketsProvider adapter={memberAdapter} viewer={asMember} queryClient={harness.client}>{children}</TicketsProvider>
      ),
    });
    await waitFor(() => expect(memberView.result.current.error).not.toBeNull());
    expect(memberView.result.current.data).toBeUndefined();
    // Out of the member's scope is the same not-found as a missing ticket.
    expect(memberView.result.current.error).toMatchObject({ code: 'not_found' });
  });

  it('applies live changes made elsewhere to the detail and the conversation', async () => {
    const harness = createHarness();
    const ticket = harness.data.tickets[0]!;
    const { result } = renderHook(() => ({ ticket: useTicket(ticket.id), messages: useTicketMessages(ticket.id) }), {
      wrapper: harness.Wrapper,
    });
    await waitFor(() => expect(result.current.messages.data).toBeDefined());
    const count = result.current.messages.data!.length;
    const colleague = harness.data.teamMembers.find((m) => m.role === 'admin' && m.id !== harness.viewer.id)!;
    const elsewhere = harness.memory.withViewer({ id: colleague.id, name: colleague.name, role: 'admin' });
    const calls = harness.adapter.calls.length;
    await act(async () => {
      await elsewhere.sendReply(ticket.id, { body: 'Answered from another tab' });
    });
    await waitFor(() => expect(result.current.messages.data).toHaveLength(count + 1));
    expect(result.current.messages.data?.at(-1)?.body).toBe('Answered from another tab');
    expect(result.current.ticket.data?.version).toBeGreaterThan(ticket.version);
    // Applied from the event itself: neither the ticket nor its messages were fetched again.
    expect(harness.adapter.calls.slice(calls).filter((c) => c.method !== 'listTickets')).toEqual([]);
  });

  it('applies a status change made elsewhere to the list page on screen', async () => {
    const harness = createHarness();
    const { result } = renderHook(() => useTicketList({ defaultQuery: { pageSize: 10 }, prefetchNextPage: false }), {
      wrapper: harness.Wrapper,
    });
    await waitFor(() => expect(result.current.tickets).toHaveLength(10));
    const target = result.current.tickets.find((t) => t.status !== 'closed')!;
    await act(async () => {
      await harness.memory.updateTicket(target.id, { status: 'closed' }, target.version);
    });
    await waitFor(() => expect(result.current.tickets.find((t) => t.id === target.id)?.status).toBe('closed'));
  });
});
