import { act, renderHook, waitFor } from '@testing-library/react';
import { ValidationError, type TicketQuery } from '@ticketkit/core';
import { describe, expect, it, vi } from 'vitest';
import { createHarness } from '../test/harness';
import { useTicketListState } from './use-ticket-list-state';

describe('useTicketListState', () => {
  it('uncontrolled: starts from the defaults and returns to page 1 when a filter changes', () => {
    const { Wrapper } = createHarness();
    const { result } = renderHook(() => useTicketListState({ defaultQuery: { page: 4 } }), { wrapper: Wrapper });
    expect(result.current.query.page).toBe(4);
    act(() => result.current.setStatus('open'));
    expect(result.current.query).toMatchObject({ status: 'open', page: 1 });
    act(() => result.current.setPage(3));
    act(() => result.current.setDateRange('2026-01-01', '2026-02-01'));
    expect(result.current.query).toMatchObject({ createdFrom: '2026-01-01', createdTo: '2026-02-01', page: 1 });
  });

  it('controlled: reports the next query and shows what the host passes back', () => {
    const { Wrapper } = createHarness();
    const onQueryChange = vi.fn();
    const { result, rerender } = renderHook((props: { query: Partial<TicketQuery> }) => useTicketListState({ query: props.query, onQueryChange }), {
      wrapper: Wrapper,
      initialProps: { query: { status: 'closed', page: 2 } as Partial<TicketQuery> },
    });
    act(() => result.current.setSort('priority', 'asc'));
    expect(onQueryChange).toHaveBeenCalledWith(expect.objectContaining({ status: 'closed', sort: 'priority', direction: 'asc', page: 1 }));
    expect(result.current.query.sort).toBe('createdAt'); // the host has not stored it yet
    rerender({ query: { status: 'closed', sort: 'priority', direction: 'asc' } });
    expect(result.current.query.sort).toBe('priority');
  });

  it('refuses a bad change with a typed error naming the field, and keeps the query', () => {
    const { Wrapper } = createHarness();
    const { result } = renderHook(() => useTicketListState(), { wrapper: Wrapper });
    act(() => result.current.setDateRange('2026-03-01', '2026-02-01'));
    expect(result.current.error).toBeInstanceOf(ValidationError);
    expect(result.current.error?.field).toBe('createdTo');
    expect(result.current.query.createdFrom).toBeNull();
  });

  it('applies the search after the pause and returns to page 1', async () => {
    const { Wrapper } = createHarness();
    const { result } = renderHook(() => useTicketListState({ defaultQuery: { page: 3 }, searchDebounceMs: 20 }), { wrapper: Wrapper });
    act(() => result.current.setSearch('  refund '));
    expect(result.current.searchInput).toBe('  refund ');
    expect(result.current.query.search).toBe('');
    await waitFor(() => expect(result.current.query.search).toBe('refund'));
    expect(result.current.query.page).toBe(1);
  });

  it('URL mode: writes ?status=open&page=3, keeps the host parameters, and back/forward restore it', async () => {
    window.history.replaceState(null, '', '/admin?tab=support');
    const { Wrapper } = createHarness();
    const { result } = renderHook(() => useTicketListState({ url: true }), { wrapper: Wrapper });
    act(() => result.current.setStatus('open'));
    act(() => result.current.setPage(3));
    expect(window.location.pathname).toBe('/admin');
    expect(new URLSearchParams(window.location.search).get('tab')).toBe('support');
    expect(window.location.search).toContain('status=open');
    expect(window.location.search).toContain('page=3');

    act(() => window.history.back());
    await waitFor(() => expect(result.current.query.page).toBe(1));
    expect(result.current.query.status).toBe('open');
    act(() => window.history.back());
    await waitFor(() => expect(result.current.query.status).toBe('all'));
    act(() => window.history.forward());
    await waitFor(() => expect(result.current.query.status).toBe('open'));
  });

  it('URL mode: the query keeps its identity when another parameter of the URL changes (a ticket opens)', async () => {
    window.history.replaceState(null, '', '/tickets?status=open');
    const { Wrapper } = createHarness();
    const { result } = renderHook(() => useTicketListState({ url: true }), { wrapper: Wrapper });
    const before = result.current.query;
    act(() => {
      window.history.pushState(null, '', '/tickets?status=open&ticket=TK-1001');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.query).toBe(before);
    act(() => result.current.setStatus('closed'));
    expect(result.current.query).not.toBe(before);
    expect(result.current.query.status).toBe('closed');
    expect(new URLSearchParams(window.location.search).get('ticket')).toBe('TK-1001');
  });

  it('URL mode: back restores the search box too', async () => {
    const { Wrapper } = createHarness();
    const { result } = renderHook(() => useTicketListState({ url: { prefix: 'tk_' }, searchDebounceMs: 0 }), { wrapper: Wrapper });
    act(() => result.current.setStatus('closed'));
    act(() => result.current.setSearch('invoice'));
    await waitFor(() => expect(window.location.search).toContain('tk_q=invoice'));
    act(() => result.current.setStatus('open'));
    act(() => result.current.setSearch('refund'));
    await waitFor(() => expect(window.location.search).toContain('tk_q=refund'));
    act(() => window.history.back());
    await waitFor(() => expect(result.current.query.status).toBe('closed'));
    expect(result.current.query.search).toBe('invoice');
    expect(result.current.searchInput).toBe('invoice');
  });

  it('URL mode: an unreadable URL falls back to the defaults and exposes the error', async () => {
    window.history.replaceState(null, '', '/?status=open&page=abc');
    const { Wrapper } = createHarness();
    const { result } = renderHook(() => useTicketListState({ url: true }), { wrapper: Wrapper });
    expect(result.current.query.page).toBe(1);
    expect(result.current.error).toBeInstanceOf(ValidationError);
    expect(result.current.error?.field).toBe('page');
    act(() => result.current.setStatus('closed'));
    expect(result.current.error).toBeNull();
    await waitFor(() => expect(window.location.search).toBe('?status=closed'));
  });
});
