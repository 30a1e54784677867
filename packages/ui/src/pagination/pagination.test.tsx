import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axeViolations } from '../test/axe';
import { callsOf, renderWithTickets } from '../test/render';
import { TicketFilters } from '../ticket-filters/ticket-filters';
import { Pagination } from './pagination';

const listCalls = (backend: Parameters<typeof callsOf>[0]) => callsOf(backend, 'listTickets').map(([request]) => request as { page: number; pageSize: number });

describe('Pagination', () => {
  it('shows the range, numbered pages with gaps, and marks the current page', async () => {
    renderWithTickets(<Pagination />, { tickets: 1234 });
    expect(await screen.findByText('1–25 of 1,234')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    const pages = within(nav).getAllByRole('button', { name: /^Page / }).map((button) => button.textContent);
    expect(pages).toEqual(['1', '2', '3', '4', '5', '50']);
    expect(within(nav).getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('button', { name: 'First page' })).toBeDisabled();
    expect(within(nav).getByRole('button', { name: 'Previous page' })).toBeDisabled();
    expect(nav.querySelectorAll('[data-slot="pagination-gap"]')).toHaveLength(1);
  });

  it('pages with the buttons and asks the adapter for each page', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<Pagination />, { tickets: 1234 });
    await screen.findByText('1–25 of 1,234');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('26–50 of 1,234')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'Last page' }));
    expect(await screen.findByText('1,226–1,234 of 1,234')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'First page' }));
    expect(await screen.findByText('1–25 of 1,234')).toBeInTheDocument();
    expect(listCalls(backend).map((request) => request.page)).toEqual(expect.arrayContaining([1, 2, 50]));
  });

  it('jumps to a typed page, and refuses text or a page out of range with a message and no request', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<Pagination />, { tickets: 1234 });
    await screen.findByText('1–25 of 1,234');
    const input = screen.getByRole('textbox', { name: 'Go to page' });
    // The next page is prefetched once the first one is painted: count from after it.
    await waitFor(() => expect(listCalls(backend).some((request) => request.page === 2)).toBe(true));
    const before = backend.adapter.calls.length;

    await user.type(input, 'abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a page number from 1 to 50.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.type(input, '51');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.adapter.calls.length).toBe(before);

    await user.clear(input);
    await user.type(input, '7{Enter}');
    expect(await screen.findByText('151–175 of 1,234')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(listCalls(backend).some((request) => request.page === 7)).toBe(true);
  });

  it('changes the page size, going back to page 1', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<Pagination />, { tickets: 1234 });
    await screen.findByText('1–25 of 1,234');
    await user.click(screen.getByRole('button', { name: 'Page 3' }));
    await screen.findByText('51–75 of 1,234');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Per page' }), '100');
    expect(await screen.findByText('1–100 of 1,234')).toBeInTheDocument();
    expect(listCalls(backend)).toContainEqual(expect.objectContaining({ page: 1, pageSize: 100 }));
    expect(screen.getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  });

  it('does not re-render its controls while only the search box changes, and still follows the page', async () => {
    const user = userEvent.setup();
    // The range is formatted once per render of the controls: a render count through the public strings API.
    const range = vi.fn((from: string, to: string, total: string) => `${from}–${to} of ${total}`);
    renderWithTickets(
      <>
        <TicketFilters />
        <Pagination />
      </>,
      { tickets: 120, listState: { searchDebounceMs: 60_000 }, messages: { pagination: { range } } },
    );
    await screen.findByText('1–25 of 120');
    const renders = range.mock.calls.length;
    await user.type(screen.getByRole('searchbox', { name: 'Search tickets' }), 'zq');
    expect(screen.getByRole('searchbox', { name: 'Search tickets' })).toHaveValue('zq');
    expect(range).toHaveBeenCalledTimes(renders);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('26–50 of 120')).toBeInTheDocument();
  });

  it('formats numbers in the provider\'s locale', async () => {
    renderWithTickets(<Pagination />, { tickets: 1234, locale: 'de-DE' });
    expect(await screen.findByText('1–25 of 1.234')).toBeInTheDocument();
  });

  it('has no axe violation, including with a jump error', async () => {
    const user = userEvent.setup();
    const { container } = renderWithTickets(<Pagination />, { tickets: 300 });
    await screen.findByText('1–25 of 300');
    expect(await axeViolations(container)).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: 'Go to page' }), 'x{Enter}');
    expect(await axeViolations(container)).toEqual([]);
  });
});
