import { TicketsProvider } from '@ticketkit/react';
import { decodeQuery, DEFAULT_TICKET_QUERY, type TicketQuery } from '@ticketkit/core';
import { ExportCsvButton, TicketsPanel, TicketsUIProvider, type TicketsPanelProps } from '@ticketkit/ui';
import type { ReactNode } from 'react';
import type { DemoBackend } from '../data/backend';
import type { DemoViewer } from '../data/demo-data';
import type { LayoutSetting } from '../data/settings';
import { RefundAction } from './refund-action';
import { REPLY_TEMPLATES } from './reply-templates';
import { routerUrl } from './router';

/** The list's columns on the host's model: its order and plan take the place of the last update. */
const HOST_COLUMNS: TicketsPanelProps['columns'] = ['subject', 'requester', 'waiting', 'status', 'priority', 'assignee', 'fields.orderId', 'fields.plan'];

/** The Tickets page: the host's page header, and the embedded panel for the signed-in viewer. */
export function TicketsPage({ backend, viewer, layout }: { backend: DemoBackend; viewer: DemoViewer; layout: LayoutSetting }): ReactNode {
  return (
    // Not a landmark of its own: the panel is the "Support tickets" region, under this page's heading.
    <div className="page page-wide">
      <header className="page-header">
        <h1>Support tickets</h1>
        <p className="page-lead">
          {viewer.role === 'admin'
            ? 'Conversations with every assistant that need a person.'
            : `Conversations with your assistants (${viewer.assistants.join(', ')}) that need a person.`}
        </p>
      </header>
      {/* The host's QueryClient is in context; the provider uses it, so the app keeps one cache. The panel's URL state
          goes through the app's router. */}
      <TicketsProvider adapter={backend.adapterFor(viewer)} viewer={viewer} locale="en-US" url={routerUrl} model={backend.model}>
        <TicketsUIProvider>
          {/* On a host's own model, its order and plan as columns and its own button: a refund for the ticket's order.
              The list as it is filtered now (its URL) is exported page by page, from the panel's toolbar. */}
          {backend.model.field('orderId') ? (
            <TicketsPanel
              layout={layout}
              urlState
              templates={REPLY_TEMPLATES}
              columns={HOST_COLUMNS}
              actions={({ ticket }) => <RefundAction ticket={ticket} />}
              toolbarActions={<ExportCsvButton query={() => listQuery(backend)} />}
            />
          ) : (
            <TicketsPanel layout={layout} urlState templates={REPLY_TEMPLATES} toolbarActions={<ExportCsvButton query={() => listQuery(backend)} />} />
          )}
        </TicketsUIProvider>
      </TicketsProvider>
    </div>
  );
}

/** The list's query as the address says it; the default list when the address holds a query the model refuses. */
function listQuery(backend: DemoBackend): Partial<TicketQuery> {
  try {
    return decodeQuery(routerUrl.read(), { model: backend.model });
  } catch {
    return DEFAULT_TICKET_QUERY;
  }
}
