import { DEFAULT_SEED_NOW } from '@ticketkit/core/memory';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axeViolations } from '../test/axe';
import { Pagination } from '../pagination/pagination';
import { callsOf, renderWithTickets } from '../test/render';
import { TicketFilters } from './ticket-filters';

const now = () => DEFAULT_SEED_NOW;
type Request = { status: string; search: string; createdFrom: string | null; createdTo: string | null; page: number };
const lastRequest = (backend: Parameters<typeof callsOf>[0]) => callsOf(backend, 'listTickets').at(-1)?.[0] as Request | undefined;

describe('TicketFilters', () => {
  it('filters by status from a menu button (menu-button pattern) and shows it in the summary', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketFilters now={now} />);
    const trigger = screen.getByRole('button', { name: 'Status: All' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    trigger.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const items = within(menu).getAllByRole('menuitemradio');
    // Each with how many tickets it holds under the other filters (the memory adapter counts per status).
    expect(items.map((item) => item.textContent?.replace(/[\d,]+$/, ''))).toEqual(['✓All', 'Unsolved', 'Open', 'In progress', 'Closed']);
    expect(items[0]).toHaveTextContent(/^✓All60$/);
    expect(items[0]).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Status: Open' })).toHaveFocus();
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ status: 'open', page: 1 }));

    const summary = screen.getByRole('group', { name: 'Active filters' });
    expect(summary).toHaveTextContent('1 filter');
    await user.click(within(summary).getByRole('button', { name: 'Remove Status: Open' }));
    expect(screen.getByRole('button', { name: 'Status: All' })).toHaveAttribute('data-value', 'all');
    expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument();
  });

  it('searches as you type; Escape and the clear button empty the box', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketFilters now={now} />);
    const box = screen.getByRole('searchbox', { name: 'Search tickets' });
    await user.type(box, 'refund');
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ search: 'refund' }));
    expect(screen.getByRole('group', { name: 'Active filters' })).toHaveTextContent('Search: “refund”');

    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument());

    await user.type(box, 'x');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
  });

  it('focuses the search box with "/" unless the person is typing in a field', async () => {
    const user = userEvent.setup();
    renderWithTickets(
      <>
        <label>
          Other field <input />
        </label>
        <TicketFilters now={now} />
      </>,
    );
    const box = screen.getByRole('searchbox', { name: 'Search tickets' });
    expect(box).toHaveAttribute('aria-keyshortcuts', '/');
    const other = screen.getByRole('textbox', { name: 'Other field' });
    await user.click(other);
    await user.keyboard('/');
    expect(other).toHaveFocus();
    expect(other).toHaveValue('/');
    other.blur();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
  });

  it('says it is busy while the list refetches', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketFilters now={now} />, { faults: { latency: 0 } });
    await waitFor(() => expect(callsOf(backend, 'listTickets').length).toBeGreaterThan(0));
    backend.adapter.setFaults({ latency: 60_000 });
    await user.type(screen.getByRole('searchbox', { name: 'Search tickets' }), 'a');
    await waitFor(() => expect(screen.getByText('Searching…')).toBeInTheDocument());
    expect(screen.getByText('Searching…').closest('[data-slot="ticket-filters-search"]')).toHaveAttribute('data-state', 'busy');
  });

  it('picks a created-date preset in a dialog, then returns focus to its button', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketFilters now={now} />);
    const trigger = screen.getByRole('button', { name: /Created: Any date/ });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Created between' });
    expect(dialog).toHaveAccessibleDescription('Pick the first and the last day, or a preset.');
    await user.click(within(dialog).getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ createdFrom: '2026-10-26', createdTo: '2026-11-01' }));
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveTextContent(/Oct 26\s*–\s*Nov 1, 2026/);
    expect(screen.getByRole('group', { name: 'Active filters' })).toHaveTextContent(/Created: Oct 26\s*–\s*Nov 1, 2026/);
  });

  it('picks a range on the calendar; Escape closes; Clear removes it', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketFilters now={now} />);
    await user.click(screen.getByRole('button', { name: /Created: Any date/ }));
    const dialog = await screen.findByRole('dialog');
    // The calendar's code loads lazily: wait for it.
    expect(await within(dialog).findByRole('grid', { name: 'November 2026' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Previous month' }));
    await user.click(within(dialog).getByRole('button', { name: /Tuesday, October 6, 2026/ }));
    await user.click(within(dialog).getByRole('button', { name: /Tuesday, October 13, 2026/ }));
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ createdFrom: '2026-10-06', createdTo: '2026-10-13' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: /^Created: Oct 6\s*–\s*13, 2026/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Clear dates' }));
    // Back to the first query, which is still cached: the trigger, not a new request, shows the change.
    expect(await screen.findByRole('button', { name: /^Created: Any date/ })).toHaveAttribute('data-value', 'any');
    expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument();
  });

  it('is usable by keyboard: arrows move between days, Enter picks the ends', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketFilters now={now} />);
    screen.getByRole('button', { name: /^Created: Any date/ }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Today' })).toHaveFocus();
    const today = await within(dialog).findByRole('button', { name: /Sunday, November 1, 2026/ });
    expect(today.closest('td')).toHaveAttribute('data-today', 'true');
    today.focus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}{Enter}');
    expect(within(dialog).getByRole('button', { name: /Friday, October 30, 2026/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}{Enter}');
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ createdFrom: '2026-10-30', createdTo: '2026-10-31' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: /^Created: Oct 30/ })).toHaveFocus();
  });

  it('starts the calendar week as the locale does', async () => {
    const user = userEvent.setup();
    const us = renderWithTickets(<TicketFilters now={now} />, { locale: 'en-US' });
    await user.click(screen.getByRole('button', { name: /Created/ }));
    // The calendar hides its weekday row from the accessibility tree (each day button names its weekday).
    const firstHeader = () => screen.getByRole('dialog').querySelector('thead th')!;
    await waitFor(() => expect(firstHeader()).toHaveAttribute('aria-label', 'Sunday'));
    us.unmount();
    renderWithTickets(<TicketFilters now={now} />, { locale: 'de-DE' });
    await user.click(screen.getByRole('button', { name: /Created/ }));
    await waitFor(() => expect(firstHeader()).toHaveAttribute('aria-label', 'Montag'));
  });

  it('clears every filter at once with "Clear all", in one request', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketFilters now={now} />, {
      listState: { searchDebounceMs: 0, defaultQuery: { status: 'closed', search: 'printer', createdFrom: '2026-01-01', sort: 'priority' } },
    });
    const summary = screen.getByRole('group', { name: 'Active filters' });
    expect(summary).toHaveTextContent('3 filters');
    await waitFor(() => expect(callsOf(backend, 'listTickets').length).toBeGreaterThan(0));
    const before = callsOf(backend, 'listTickets').length;
    await user.click(within(summary).getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ status: 'all', search: '', createdFrom: null, createdTo: null, sort: 'priority' }));
    // The page after it is prefetched; the cleared list itself is asked for once.
    const cleared = callsOf(backend, 'listTickets').slice(before).filter(([request]) => (request as Request).page === 1);
    expect(cleared).toHaveLength(1);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('gives focus to the next chip, then to the search box, as the control pressed leaves with its filter', async () => {
    const user = userEvent.setup();
    renderWithTickets(<TicketFilters now={now} />, { listState: { searchDebounceMs: 0, defaultQuery: { status: 'closed', search: 'printer' } } });
    const summary = screen.getByRole('group', { name: 'Active filters' });
    await user.click(within(summary).getByRole('button', { name: 'Remove Status: Closed' }));
    expect(within(summary).getByRole('button', { name: /^Remove Search/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Active filters' })).toBeNull());
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('gives focus to the search box after "Clear all", which leaves with the filters', async () => {
    const user = userEvent.setup();
    renderWithTickets(<TicketFilters now={now} />, { listState: { searchDebounceMs: 0, defaultQuery: { status: 'closed', createdFrom: '2026-01-01' } } });
    await user.click(within(screen.getByRole('group', { name: 'Active filters' })).getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Active filters' })).toBeNull());
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('does not re-render the status menu while only the page or the tickets change; a search changes its counts', async () => {
    const user = userEvent.setup();
    // The trigger's label is formatted once per render of the menu: a render count through the public strings API.
    const statusTrigger = vi.fn((status: string) => `Status: ${status}`);
    renderWithTickets(
      <>
        <TicketFilters now={now} />
        <Pagination />
      </>,
      { tickets: 120, messages: { filters: { statusTrigger } } },
    );
    await screen.findByText('1–25 of 120');
    const renders = statusTrigger.mock.calls.length;
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('26–50 of 120');
    expect(statusTrigger).toHaveBeenCalledTimes(renders);
    await user.type(screen.getByRole('searchbox', { name: 'Search tickets' }), 'zq');
    await screen.findByText('0 tickets');

    // It still follows the list: clearing the search and choosing a status re-render it with the new state.
    await user.clear(screen.getByRole('searchbox', { name: 'Search tickets' }));
    await user.click(screen.getByRole('button', { name: 'Status: All' }));
    await user.click(await screen.findByRole('menuitemradio', { name: /^Closed/ }));
    expect(await screen.findByRole('button', { name: 'Status: Closed' })).toHaveAttribute('data-value', 'closed');
    expect(statusTrigger.mock.calls.length).toBeGreaterThan(renders);
  });

  it('has no axe violation closed, with the menu open and with the dialog open', async () => {
    const user = userEvent.setup();
    const { baseElement } = renderWithTickets(<TicketFilters now={now} />, { listState: { defaultQuery: { status: 'open' } } });
    expect(await axeViolations(baseElement)).toEqual([]);
    screen.getByRole('button', { name: 'Status: Open' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('menu');
    expect(await axeViolations(baseElement)).toEqual([]);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: /Created/ }));
    await screen.findByRole('dialog');
    await screen.findByRole('grid');
    await act(async () => {
      expect(await axeViolations(baseElement)).toEqual([]);
    });
  });
  it('names the assistant of an insights link in its chip, not its ID', async () => {
    const { backend } = renderWithTickets(<TicketFilters now={now} />, { listState: { searchDebounceMs: 0, defaultQuery: { assistant: 'as-1' } } });
    const assistant = backend.data.assistants.find((entry) => entry.id === 'as-1')!;
    const summary = await screen.findByRole('group', { name: 'Active filters' });
    await waitFor(() => expect(within(summary).getByRole('listitem')).toHaveTextContent(`Assistant: ${assistant.name}`));
  });

  it('folds the menus behind one Filters button that counts the filters on besides the search', async () => {
    const user = userEvent.setup();
    renderWithTickets(<TicketFilters now={now} />, { listState: { searchDebounceMs: 0, defaultQuery: { status: 'open', search: 'refund', priorities: ['high'] } } });
    const toggle = await screen.findByRole('button', { name: /^Filters/ });
    await waitFor(() => expect(toggle).toHaveAccessibleName('Filters 2'));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const folded = document.querySelector<HTMLElement>('[data-slot="ticket-filters-more"]')!;
    expect(folded).toHaveAttribute('data-state', 'closed');
    expect(within(folded).getByRole('button', { name: 'Status: Open' })).toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(folded).toHaveAttribute('data-state', 'open');
  });
});
