import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect, useState } from 'react';
import { axeViolations } from '../test/axe';
import { callsOf, renderWithTickets } from '../test/render';
import { TicketFilters } from '../ticket-filters/ticket-filters';
import { ticketColumns, type TicketColumn } from './columns';
import { TicketList } from './ticket-list';

const dataRows = () => screen.getAllByRole('row').filter((row) => row.hasAttribute('data-ticket-id'));

describe('TicketList', () => {
  it('shows the page as a table with the ticket fields, dates in the provider\'s locale and time zone', async () => {
    const { backend } = renderWithTickets(<TicketList />, { locale: 'en-GB', timeZone: 'Asia/Tokyo' });
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    // What an agent reads first: the subject; the ID is under it, small; created and ID columns can be added.
    expect(headers).toEqual(['Subject', 'User', 'Waiting↕', 'Status', 'Priority↕', 'Assignee', 'Last update↕']);
    const first = backend.data.tickets.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;
    const row = dataRows()[0]!;
    expect(row).toHaveAttribute('data-ticket-id', first.id);
    expect(row.querySelector('[data-column="subject"]')).toHaveTextContent(`${first.subject}${first.id}`);
    const expected = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(first.updatedAt));
    expect(row.querySelector('[data-column="updatedAt"] time')).toHaveAttribute('title', expected);
    expect(within(row).getByText(first.requester.email)).toBeInTheDocument();
    expect(row.querySelector('[data-column="assignee"]')).toHaveTextContent(first.assignee ? first.assignee.name : 'Unassigned');
  });

  it('sorts from the headers and reflects the sort in aria-sort', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketList columns={['subject', 'createdAt', 'priority']} />);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    const created = screen.getByRole('columnheader', { name: /Created/ });
    const priority = screen.getByRole('columnheader', { name: /Priority/ });
    expect(created).toHaveAttribute('aria-sort', 'descending');
    expect(priority).not.toHaveAttribute('aria-sort');

    await user.click(within(priority).getByRole('button'));
    await waitFor(() => expect(priority).toHaveAttribute('aria-sort', 'descending'));
    expect(created).not.toHaveAttribute('aria-sort');
    await user.click(within(priority).getByRole('button'));
    await waitFor(() => expect(priority).toHaveAttribute('aria-sort', 'ascending'));
    expect(callsOf(backend, 'listTickets').at(-1)?.[0]).toMatchObject({ sort: 'priority', direction: 'asc' });
    await waitFor(() => expect(dataRows()[0]).toHaveTextContent('Low'));
  });

  it('walks rows with the arrow keys and opens one with Enter, marking it selected', async () => {
    const user = userEvent.setup();
    renderWithTickets(<TicketList />);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    const rows = dataRows();
    expect(rows[0]).toHaveAttribute('tabindex', '0');
    expect(rows[1]).toHaveAttribute('tabindex', '-1');
    await user.tab();
    await user.tab();
    // Tab passes the sort buttons first; focus the first row directly like a click would.
    rows[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(rows[2]).toHaveFocus();
    expect(rows[2]).toHaveAttribute('tabindex', '0');
    await user.keyboard('{ArrowUp}');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(rows[24]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(rows[24]).toHaveAttribute('aria-current', 'true');
    expect(rows[24]).toHaveAttribute('data-state', 'selected');
    await user.click(rows[3]!);
    expect(rows[3]).toHaveAttribute('aria-current', 'true');
    expect(rows[24]).not.toHaveAttribute('aria-current');
  });

  it('calls onSelectTicket instead of the shared selection when given', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderWithTickets(<TicketList onSelectTicket={onSelect} />);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    await user.click(dataRows()[1]!);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: dataRows()[1]!.getAttribute('data-ticket-id') }));
  });

  it('opens a row with the onSelectTicket of the last render, also before that render\'s passive effects ran', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    // The host swaps its handler; the click lands right after that commit (here from a layout effect of the host,
    // which runs before any passive effect, as a click between the paint and the passive effects would).
    function Host() {
      const [handler, setHandler] = useState<'first' | 'second'>('first');
      useLayoutEffect(() => {
        if (handler === 'second') document.querySelector<HTMLElement>('tr[data-ticket-id]')!.click();
      }, [handler]);
      return (
        <>
          <button type="button" onClick={() => setHandler('second')}>
            Swap
          </button>
          <TicketList onSelectTicket={() => opened.push(handler)} />
        </>
      );
    }
    renderWithTickets(<Host />);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    await user.click(screen.getByRole('button', { name: 'Swap' }));
    expect(opened).toEqual(['second']);
  });

  it('tells "no tickets yet" apart from "no ticket matches", whose button clears the filters', async () => {
    const user = userEvent.setup();
    const empty = renderWithTickets(<TicketList />, { tickets: 0 });
    expect(await screen.findByText('No tickets yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear the filters' })).not.toBeInTheDocument();
    empty.unmount();

    renderWithTickets(<TicketList />, { listState: { defaultQuery: { search: 'zzqqxxnomatch', status: 'closed' } } });
    expect(await screen.findByText('No ticket matches these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    // The button left with the no-match row; focus waits on the table, not on the page's body.
    expect(screen.getByRole('table')).toHaveFocus();
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    expect(screen.getByRole('table')).toHaveFocus();
  });

  it('shows the error with a retry that loads the page again', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketList />, { faults: { failMethods: { listTickets: true } } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The tickets could not be loaded');
    expect(alert).toHaveTextContent('not reachable');
    backend.adapter.setFaults({});
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(dataRows()).toHaveLength(25));
  });

  it('keeps a page of placeholder rows while loading, so nothing jumps', async () => {
    const { container } = renderWithTickets(<TicketList />, {
      faults: { latency: 60_000 },
      listState: { defaultQuery: { pageSize: 50 } },
    });
    expect(container.querySelectorAll('[data-slot="ticket-list-skeleton-row"]')).toHaveLength(50);
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading tickets…');
    expect(container.querySelector('[data-slot="ticket-list"]')).toHaveAttribute('data-state', 'loading');
  });

  it('highlights search matches in the cells', async () => {
    const plain = renderWithTickets(<TicketList />);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    expect(plain.container.querySelectorAll('mark')).toHaveLength(0);
    const word = plain.backend.data.tickets[0]!.requester.name.split(' ')[0]!;
    plain.unmount();
    const { container } = renderWithTickets(<TicketList />, { listState: { defaultQuery: { search: word } } });
    await waitFor(() => expect(container.querySelectorAll('mark').length).toBeGreaterThan(0));
    for (const mark of container.querySelectorAll('mark')) expect(mark.textContent?.toLowerCase()).toBe(word.toLowerCase());
  });

  it('keeps the rows on screen marked by their own search while the next search loads', async () => {
    const user = userEvent.setup();
    const { container } = renderWithTickets(
      <>
        <TicketFilters />
        <TicketList />
      </>,
      // Well past the delay before a refetch shows as busy (150 ms), so the busy moment is not a race.
      { faults: { latency: 600 } },
    );
    await waitFor(() => expect(dataRows()).toHaveLength(25), { timeout: 3000 });
    // A word of the first row shown: marking the previous rows with the new search would mark this one.
    const word = dataRows()[0]!.querySelector('[data-slot="ticket-list-requester-name"]')!.textContent!.split(' ')[0]!;
    // Pasted whole: typed key by key on a loaded machine, the debounce can let a shorter search land first, whose
    // rows are then rightly marked while the full word loads.
    await user.click(screen.getByRole('searchbox', { name: 'Search tickets' }));
    await user.paste(word);
    await waitFor(() => expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true'));
    expect(container.querySelectorAll('mark')).toHaveLength(0);
    await waitFor(() => expect(screen.getByRole('table')).not.toHaveAttribute('aria-busy'), { timeout: 3000 });
    expect(container.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  it('hides, reorders and adds columns with the host\'s cell renderer', async () => {
    const assistant: TicketColumn = { id: 'assistant', header: 'Assistant', cell: (ticket) => <em>{ticket.assistant.name}</em> };
    const status: TicketColumn = { ...ticketColumns.status, cell: (ticket) => `status=${ticket.status}` };
    renderWithTickets(<TicketList columns={['subject', 'id', status, assistant]} />);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Subject', 'ID', 'Status', 'Assistant']);
    const cells = within(dataRows()[0]!).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent(/^status=(open|in_progress|closed)$/);
    expect(cells[3]!.querySelector('em')).not.toBeNull();
  });

  it('puts data-slot on its parts, merges classNames, and drops default classes when unstyled', async () => {
    const styled = renderWithTickets(<TicketList className="mine" classNames={{ row: 'my-row' }} />);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    expect(styled.container.querySelector('[data-slot="ticket-list"]')).toHaveClass('tk-ticket-list', 'mine');
    expect(dataRows()[0]).toHaveClass('tk-ticket-list-row', 'my-row');
    expect(dataRows()[0]).toHaveAttribute('data-slot', 'ticket-list-row');
    styled.unmount();
    const { container } = renderWithTickets(<TicketList unstyled classNames={{ row: 'my-row' }} />);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    expect(dataRows()[0]!.className).toBe('my-row');
    expect(container.querySelector('[class*="tk-"]')).toBeNull();
    expect(container.querySelectorAll('[data-slot="ticket-list-cell"]').length).toBeGreaterThan(0);
  });

  it('re-renders only the rows that changed when one is selected (memoised rows)', async () => {
    const user = userEvent.setup();
    let cellRenders = 0;
    const counting: TicketColumn = {
      id: 'count',
      header: 'Count',
      cell: (ticket) => {
        cellRenders += 1;
        return ticket.id;
      },
    };
    const columns = ['id', counting] as const;
    renderWithTickets(<TicketList columns={columns} />);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    await user.click(dataRows()[3]!);
    await waitFor(() => expect(dataRows()[3]).toHaveAttribute('aria-current', 'true'));
    cellRenders = 0;
    await user.click(dataRows()[7]!);
    await waitFor(() => expect(dataRows()[7]).toHaveAttribute('aria-current', 'true'));
    // Only the two rows involved, each at most twice (focus moves the keyboard stop, then the click selects);
    // without memoised rows every one of the 25 rows would render again.
    expect(cellRenders).toBeGreaterThan(0);
    expect(cellRenders).toBeLessThanOrEqual(4);
  });

  it('says which field of a hand-edited link was refused, and shows the default list', async () => {
    window.history.replaceState(null, '', '/?page=abc');
    try {
      const { backend } = renderWithTickets(<TicketList />, { listState: { url: true, searchDebounceMs: 0 } });
      await waitFor(() => expect(dataRows()).toHaveLength(25));
      expect(screen.getByRole('alert')).toHaveTextContent('Not applied: the page number given is not valid.');
      expect(callsOf(backend, 'listTickets')[0]?.[0]).toMatchObject({ page: 1 });
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('has no axe violation with data, sorted and selected', async () => {
    const user = userEvent.setup();
    const { container } = renderWithTickets(<TicketList />);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    await user.click(dataRows()[2]!);
    expect(await axeViolations(container)).toEqual([]);
  });
});
