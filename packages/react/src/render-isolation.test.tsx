import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../test/harness';
import { useSelectedTicket } from './use-selected-ticket';
import { useTicketList } from './use-ticket-list';
import { useTicket } from './use-ticket-queries';

const renders = { detail: 0, list: 0 };

function ListPane() {
  const list = useTicketList({ url: true, searchDebounceMs: 20 });
  const [, select] = useSelectedTicket({ url: true });
  return (
    <div>
      <input aria-label="Search" value={list.searchInput} onChange={(event) => list.setSearch(event.target.value)} />
      <p data-testid="applied">{list.query.search}</p>
      <p data-testid="fetching">{String(list.isFetching)}</p>
      {list.tickets.slice(0, 3).map((ticket) => (
        <button key={ticket.id} onClick={() => select(ticket.id)}>
          {ticket.id}
        </button>
      ))}
    </div>
  );
}

function DetailPane() {
  const [selected] = useSelectedTicket({ url: true });
  const ticket = useTicket(selected);
  return <h2>{ticket.data?.subject ?? 'No ticket'}</h2>;
}

describe('render isolation', () => {
  it('editing the search does not re-render the open ticket detail', async () => {
    const { Wrapper, data } = createHarness();
    render(
      <Wrapper>
        {/* Profiler reports every commit of its subtree: the honest render count. */}
        <Profiler id="list" onRender={() => (renders.list += 1)}>
          <ListPane />
        </Profiler>
        <Profiler id="detail" onRender={() => (renders.detail += 1)}>
          <DetailPane />
        </Profiler>
      </Wrapper>,
    );
    const first = data.tickets.at(-1)!; // newest first
    fireEvent.click(await screen.findByRole('button', { name: first.id }));
    await screen.findByRole('heading', { name: first.subject });
    await waitFor(() => expect(window.location.search).toContain(`ticket=${first.id}`));

    const detailBefore = renders.detail;
    const listBefore = renders.list;
    const input = screen.getByRole('textbox', { name: 'Search' });
    for (const text of ['r', 're', 'ref', 'refund']) fireEvent.change(input, { target: { value: text } });
    await waitFor(() => expect(screen.getByTestId('applied').textContent).toBe('refund'));
    await waitFor(() => expect(screen.getByTestId('fetching').textContent).toBe('false'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));

    expect(renders.list).toBeGreaterThan(listBefore + 4); // the list did work...
    expect(renders.detail).toBe(detailBefore); // ...the detail did not re-render at all
    expect(window.location.search).toContain('q=refund');
    expect(window.location.search).toContain(`ticket=${first.id}`);
  });
});
