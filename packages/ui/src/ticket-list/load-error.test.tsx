import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Pagination } from '../pagination/pagination';
import { useListStateContext } from '../state/list-state';
import { axeViolations } from '../test/axe';
import { renderWithTickets } from '../test/render';
import { TicketList } from './ticket-list';

const dataRows = () => document.querySelectorAll('tr[data-ticket-id]');
const nav = () => screen.getByRole('navigation', { name: 'Pages' });
const range = () => nav().querySelector('[data-slot="pagination-range"]')!;

/** What the list and the pagination claim when nothing is known: no count, no page from a total that is not there. */
function expectNothingClaimed() {
  expect(range()).toHaveTextContent(/^$/);
  expect(screen.queryByText('0 tickets')).toBeNull();
  expect(within(nav()).queryAllByRole('button', { name: /^Page / })).toEqual([]);
  expect(within(nav()).getByRole('button', { name: 'Next page' })).toBeDisabled();
  expect(within(nav()).getByRole('button', { name: 'Last page' })).toBeDisabled();
  expect(within(nav()).queryByRole('textbox', { name: 'Go to page' })).toBeNull();
  expect(nav()).toHaveAttribute('data-state', 'unknown');
}

const listAndPages = (
  <>
    <TicketList />
    <Pagination />
  </>
);

describe('TicketList and Pagination when the list cannot be loaded', () => {
  it('claim no count and no page on a failed first load, and show the error with a retry that works', async () => {
    const user = userEvent.setup();
    const { backend, container } = renderWithTickets(listAndPages, { tickets: 120, faults: { failMethods: { listTickets: true } } });
    expect(await screen.findByRole('alert')).toHaveTextContent('The tickets could not be loaded');
    expectNothingClaimed();
    expect(within(nav()).getByRole('button', { name: 'Previous page' })).toBeDisabled();
    expect(await axeViolations(container)).toEqual([]);
    backend.adapter.setFaults({});
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('1–25 of 120')).toBeInTheDocument();
    expect(dataRows()).toHaveLength(25);
  });

  it('offer no stale pages when another page fails, only the way back', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(listAndPages, { tickets: 120 });
    await screen.findByText('1–25 of 120');
    backend.adapter.setFaults({ failMethods: { listTickets: true } });
    await user.click(screen.getByRole('button', { name: 'Page 3' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The tickets could not be loaded');
    expect(dataRows()).toHaveLength(0);
    expectNothingClaimed();
    expect(within(nav()).getByRole('button', { name: 'Previous page' })).toBeEnabled();
    backend.adapter.setFaults({});
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('51–75 of 120')).toBeInTheDocument();
  });

  it('keep the page on screen when a refresh fails, with the error and a retry beside it', async () => {
    const user = userEvent.setup();
    function Refresh(): ReactNode {
      const state = useListStateContext()!;
      return (
        <button type="button" onClick={() => state.refetch()}>
          Refresh
        </button>
      );
    }
    const { backend } = renderWithTickets(
      <>
        <Refresh />
        {listAndPages}
      </>,
      { tickets: 120 },
    );
    await screen.findByText('1–25 of 120');
    const shown = [...dataRows()].map((row) => row.getAttribute('data-ticket-id'));
    backend.adapter.setFaults({ failMethods: { listTickets: true } });
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The tickets could not be loaded');
    expect([...dataRows()].map((row) => row.getAttribute('data-ticket-id'))).toEqual(shown);
    expect(range()).toHaveTextContent('1–25 of 120');
    backend.adapter.setFaults({});
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(dataRows()).toHaveLength(25);
  });
});
