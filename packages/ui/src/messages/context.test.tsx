import { screen, waitFor } from '@testing-library/react';
import { renderWithTickets } from '../test/render';
import { Pagination } from '../pagination/pagination';
import { TicketList } from '../ticket-list/ticket-list';

describe('messages in components', () => {
  it('uses the provider\'s overrides and a component\'s own, keeping English for the rest', async () => {
    renderWithTickets(
      <>
        <TicketList messages={{ list: { columns: { assignee: 'Agent' } } }} />
        <Pagination />
      </>,
      {
        tickets: 100,
        messages: {
          list: { columns: { subject: 'Sujet' } },
          common: { priority: { urgent: 'Urgente' } },
          pagination: { range: (from, to, total) => `${from} à ${to} sur ${total}` },
        },
      },
    );
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(2));
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Agent', 'Sujet', 'User']));
    expect(await screen.findByText('1 à 25 sur 100')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeInTheDocument();
  });
});
