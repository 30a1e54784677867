import { QueryClient } from '@tanstack/react-query';
import type { TicketModel, ViewerRole } from '@ticketkit/core';
import type { FaultOptions } from '@ticketkit/core/memory';
import { TicketsProvider, type TicketListOptions } from '@ticketkit/react';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { TicketsUIProvider } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { TicketListStateProvider } from '../state/list-state';
import { createStoryBackend, type StoryBackend } from '../stories/story-backend';

/** Options of `renderWithTickets`. */
export interface RenderWithTicketsOptions {
  tickets?: number;
  seed?: number;
  faults?: FaultOptions;
  role?: ViewerRole;
  locale?: string;
  timeZone?: string;
  /** Options of the shared list state; `false` renders without a `TicketListStateProvider`. */
  listState?: TicketListOptions | false;
  messages?: MessagesOverride;
  /** The host's ticket model: the data is generated for it and the provider gets it. */
  model?: TicketModel;
}

/** Renders `ui` in a `TicketsProvider` on a generated memory backend (no latency by default) behind the fault injector. */
export function renderWithTickets(ui: ReactNode, options: RenderWithTicketsOptions = {}): RenderResult & { backend: StoryBackend } {
  const backend = createStoryBackend(
    { tickets: options.tickets ?? 60, seed: options.seed ?? 3, faults: options.faults ?? {}, model: options.model },
    options.role ?? 'admin',
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0 } } });
  const listState = options.listState ?? { searchDebounceMs: 0 };
  const result = render(
    <TicketsProvider
      adapter={backend.adapter}
      viewer={backend.viewer}
      queryClient={queryClient}
      locale={options.locale ?? 'en-US'}
      timeZone={options.timeZone ?? 'UTC'}
      model={options.model}
    >
      <TicketsUIProvider messages={options.messages}>
        {listState === false ? ui : <TicketListStateProvider {...listState}>{ui}</TicketListStateProvider>}
      </TicketsUIProvider>
    </TicketsProvider>,
  );
  return { ...result, backend };
}

/** Calls of one adapter method the fault injector logged. */
export function callsOf(backend: StoryBackend, method: string): unknown[][] {
  return backend.adapter.calls.filter((call) => call.method === method).map((call) => call.args);
}
