import { act, render, screen } from '@testing-library/react';
import { useEffect, useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../test/harness';
import type { HistoryMode } from './url-adapter';
import { useRouterUrlAdapter } from './use-router-url-adapter';
import { useSelectedTicket } from './use-selected-ticket';
import { useTicketListState } from './use-ticket-list-state';
import { TicketsProvider } from './provider';

/** A router of a test: a stack of query strings that renders its host when it moves, and a step back. */
function createFakeRouter() {
  const listeners = new Set<() => void>();
  const router = {
    entries: [''],
    index: 0,
    modes: [] as HistoryMode[],
    listen(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    navigate(search: string, mode: HistoryMode) {
      router.modes.push(mode);
      if (mode === 'push') router.entries.splice(++router.index, Infinity, search);
      else router.entries[router.index] = search;
      // Like a router that renders the new location later (in a transition): the panel must not wait for it.
      setTimeout(() => listeners.forEach((listener) => listener()), 10);
    },
    back() {
      router.index -= 1;
      listeners.forEach((listener) => listener());
    },
  };
  return router;
}
type FakeRouter = ReturnType<typeof createFakeRouter>;

function Panel(): ReactNode {
  const list = useTicketListState({ url: true });
  const [selected, select] = useSelectedTicket({ url: true });
  return (
    <>
      <p>
        status {list.query.status}, page {list.query.page}, ticket {String(selected)}
      </p>
      <button onClick={() => list.setStatus('open')}>Open tickets</button>
      <button onClick={() => list.setPage(3)}>Page 3</button>
      <button
        onClick={() => {
          list.setStatus('closed');
          select('TK-1001');
        }}
      >
        Closed, and open TK-1001
      </button>
      <button onClick={() => select(null)}>Close</button>
    </>
  );
}

function renderUnderRouter(): FakeRouter {
  const harness = createHarness();
  const router = createFakeRouter();
  function Host(): ReactNode {
    const [, rerender] = useState(0);
    useEffect(() => router.listen(() => rerender((n) => n + 1)), []);
    const url = useRouterUrlAdapter(router.entries[router.index]!, (search, { mode }) => router.navigate(search, mode));
    return (
      <TicketsProvider adapter={harness.adapter} viewer={harness.viewer} queryClient={harness.client} timeZone="UTC" url={url}>
        <Panel />
      </TicketsProvider>
    );
  }
  render(<Host />);
  return router;
}

const shown = () => screen.getByText(/^status/).textContent;
const press = (name: string) => act(() => screen.getByRole('button', { name }).click());
const routerRenders = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

describe('useRouterUrlAdapter', () => {
  it("writes the list state and the open ticket into the router's location, and the panel sees them at once", async () => {
    const router = renderUnderRouter();
    press('Open tickets');
    expect(shown()).toBe('status open, page 1, ticket null'); // before the router has rendered it
    press('Page 3');
    expect(router.entries).toEqual(['', '?status=open', '?status=open&page=3']);
    // Two changes in one event build on each other, each its own step.
    press('Closed, and open TK-1001');
    expect(shown()).toBe('status closed, page 1, ticket TK-1001');
    await routerRenders();
    expect(shown()).toBe('status closed, page 1, ticket TK-1001');
    expect(router.entries.at(-1)).toBe('?status=closed&ticket=TK-1001');
  });

  it("follows the router's own navigation (back), and closing the ticket replaces its step", async () => {
    const router = renderUnderRouter();
    press('Open tickets');
    press('Closed, and open TK-1001');
    await routerRenders();
    press('Close');
    expect(router.modes.at(-1)).toBe('replace');
    await routerRenders();
    expect(shown()).toBe('status closed, page 1, ticket null');
    act(() => router.back()); // back after closing: the step before the ticket was opened
    expect(shown()).toBe('status closed, page 1, ticket null');
    act(() => router.back());
    expect(shown()).toBe('status open, page 1, ticket null');
  });
});
