// @vitest-environment node
import { createMemoryAdapter, generateTicketData } from '@ticketkit/core/memory';
import { TicketsProvider } from '@ticketkit/react';
import { renderToString } from 'react-dom/server';

describe('on a server', () => {
  it('imports without a window and renders the finding-tickets components to HTML', async () => {
    expect(typeof window).toBe('undefined');
    const { Pagination, TicketFilters, TicketList, TicketListStateProvider } = await import('./index');
    const data = generateTicketData({ tickets: 5, seed: 1 });
    const adapter = createMemoryAdapter({ data });
    const viewer = { id: 'tm-1', name: 'Admin', role: 'admin' as const };
    const html = renderToString(
      <TicketsProvider adapter={adapter} viewer={viewer} timeZone="UTC">
        <TicketListStateProvider>
          <TicketFilters />
          <TicketList />
          <Pagination />
        </TicketListStateProvider>
      </TicketsProvider>,
    );
    expect(html).toContain('data-slot="ticket-list"');
    expect(html).toContain('data-state="loading"');
    expect(html).toContain('Search tickets');
  });
});
