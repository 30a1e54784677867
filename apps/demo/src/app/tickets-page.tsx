import { TicketsProvider } from '@ticketkit/react';
import { Pagination, TicketFilters, TicketList, TicketListStateProvider, TicketsUIProvider } from '@ticketkit/ui';
import type { ReactNode } from 'react';
import type { DemoBackend } from '../data/backend';
import type { DemoViewer } from '../data/demo-data';

/** The Tickets page: the host's page header, and the embedded panel for the signed-in viewer. */
export function TicketsPage({ backend, viewer }: { backend: DemoBackend; viewer: DemoViewer }): ReactNode {
  return (
    <section className="page page-wide" aria-labelledby="tickets-title">
      <header className="page-header">
        <h1 id="tickets-title">Support tickets</h1>
        <p className="page-lead">
          {viewer.role === 'admin'
            ? 'Conversations with every assistant that need a person.'
            : `Conversations with your assistants (${viewer.assistants.join(', ')}) that need a person.`}
        </p>
      </header>
      <TicketsProvider adapter={backend.adapterFor(viewer)} viewer={viewer} locale="en-US">
        <TicketsUIProvider>
          <TicketListStateProvider url>
            <div className="panel-host">
              <TicketFilters />
              <TicketList />
              <Pagination />
            </div>
          </TicketListStateProvider>
        </TicketsUIProvider>
      </TicketsProvider>
    </section>
  );
}
