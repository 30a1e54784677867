import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../test/harness';
import { useSelectedTicket } from './use-selected-ticket';

describe('useSelectedTicket in the URL (History API)', () => {
  it('opening adds a history step and back closes; closing replaces the step, so back does not reopen', async () => {
    window.history.replaceState(null, '', '/tickets?status=open');
    const { Wrapper } = createHarness();
    const { result } = renderHook(() => useSelectedTicket({ url: { prefix: 'tk_' } }), { wrapper: Wrapper });
    const length = window.history.length;

    act(() => result.current[1]('TK-1001'));
    expect(result.current[0]).toBe('TK-1001');
    expect(window.location.search).toBe('?status=open&tk_ticket=TK-1001');
    expect(window.history.length).toBe(length + 1);
    act(() => window.history.back());
    await waitFor(() => expect(result.current[0]).toBeNull());

    act(() => result.current[1]('TK-1002'));
    act(() => result.current[1](null));
    expect(window.location.search).toBe('?status=open');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    act(() => window.history.back()); // to the step before TK-1002 was opened
    await act(() => popped);
    expect(window.location.search).toBe('?status=open');
    expect(result.current[0]).toBeNull();
  });
});
