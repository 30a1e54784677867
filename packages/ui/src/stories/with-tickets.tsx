import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { TicketsProvider, type TicketListOptions } from '@ticketkit/react';
import type { ViewerRole } from '@ticketkit/core';
import { useState, type ReactNode } from 'react';
import { TicketsUIProvider } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { TicketListStateProvider } from '../state/list-state';
import { createStoryBackend, type StoryBackend, type StoryBackendOptions } from './story-backend';

/** `parameters.ticketkit` of a story: its backend, and how the list state starts. */
export interface StoryTicketsParameters extends StoryBackendOptions {
  /** Options of the shared list state (e.g. a `defaultQuery`). Set `listState: false` to render without one. */
  listState?: TicketListOptions | false;
  /** Time zone of the provider. Default `UTC`, so dates read the same on every machine. */
  timeZone?: string;
  /** Message overrides for the story. */
  messages?: MessagesOverride;
}

const backends = new Map<string, StoryBackend>();

/** The backend the `withTickets` decorator built for a story, for play functions (e.g. `adapter.calls`). */
export function storyBackend(storyId: string): StoryBackend {
  const backend = backends.get(storyId);
  if (!backend) throw new Error(`No ticketkit backend for story ${storyId}: add the withTickets decorator.`);
  return backend;
}

function StoryTickets(props: {
  storyId: string;
  role: ViewerRole;
  locale: string;
  parameters: StoryTicketsParameters;
  children: ReactNode;
}): ReactNode {
  const { storyId, role, locale, parameters, children } = props;
  const [backend] = useState(() => {
    const created = createStoryBackend(parameters, role);
    backends.set(storyId, created);
    return created;
  });
  // A fresh cache per story (and per viewer); the list retries an outage itself, so make those retries immediate.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0 } } }));
  const listOptions = parameters.listState;
  return (
    <TicketsProvider
      adapter={backend.adapter}
      viewer={backend.viewer}
      queryClient={queryClient}
      locale={locale}
      timeZone={parameters.timeZone ?? 'UTC'}
      {...(backend.model ? { model: backend.model } : {})}
    >
      <TicketsUIProvider messages={parameters.messages}>
        {listOptions === false ? children : <TicketListStateProvider {...listOptions}>{children}</TicketListStateProvider>}
      </TicketsUIProvider>
    </TicketsProvider>
  );
}

/**
 * Story decorator: a `TicketsProvider` on a generated memory backend behind the fault injector, for the toolbar's
 * viewer and locale, with a shared list state. Configure it with `parameters.ticketkit`.
 */
export const withTickets: Decorator = (Story, context) => {
  const role: ViewerRole = context.globals.viewer === 'member' ? 'member' : 'admin';
  const locale = typeof context.globals.locale === 'string' ? context.globals.locale : 'en-US';
  const parameters = (context.parameters.ticketkit ?? {}) as StoryTicketsParameters;
  return (
    // Remount (new backend, new cache) when the viewer changes: another viewer never sees the last one's cache.
    <StoryTickets key={`${context.id}|${role}`} storyId={context.id} role={role} locale={locale} parameters={parameters}>
      <Story />
    </StoryTickets>
  );
};
