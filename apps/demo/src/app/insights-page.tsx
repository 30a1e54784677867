import { encodeQuery, type TicketQuery } from '@ticketkit/core';
import { TicketsProvider } from '@ticketkit/react';
import { TicketInsights, TicketsUIProvider } from '@ticketkit/ui';
import { useCallback, type MouseEvent, type ReactNode } from 'react';
import type { DemoBackend } from '../data/backend';
import type { DemoViewer } from '../data/demo-data';
import { navigateTo, routerUrl } from './router';

/**
 * The Insights page: what the tickets say about each assistant. Every figure and group links to the Tickets page
 * filtered to exactly its tickets; a plain click stays in the app, a new tab works as any link.
 */
export function InsightsPage({ backend, viewer }: { backend: DemoBackend; viewer: DemoViewer }): ReactNode {
  const listHref = useCallback((query: Partial<TicketQuery>) => `/tickets?${encodeQuery(query, { model: backend.model }).toString()}`, [backend.model]);
  const follow = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('/tickets?') || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    navigateTo(href);
  };
  return (
    <div className="page page-wide">
      <header className="page-header">
        <h1>Insights</h1>
        <p className="page-lead">
          {viewer.role === 'admin'
            ? 'What the tickets say about every assistant, and where each one hands over to a person.'
            : `What the tickets say about your assistants (${viewer.assistants.join(', ')}).`}
        </p>
      </header>
      {/* Clicks on the insights' links are routed in the app; the links stay real links. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- a delegate for the links inside, which keep their own keyboard behaviour (Enter fires click) */}
      <div onClick={follow}>
        <TicketsProvider adapter={backend.adapterFor(viewer)} viewer={viewer} locale="en-US" url={routerUrl} model={backend.model}>
          <TicketsUIProvider>
            <TicketInsights listHref={listHref} />
          </TicketsUIProvider>
        </TicketsProvider>
      </div>
    </div>
  );
}
