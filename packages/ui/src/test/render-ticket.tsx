import { QueryClient } from '@tanstack/react-query';
import type { TicketModel, TicketPolicy, ViewerRole } from '@ticketkit/core';
import type { FaultOptions, MemoryData } from '@ticketkit/core/memory';
import { TicketsProvider } from '@ticketkit/react';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { TicketsUIProvider } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { createStoryBackend, type StoryBackend } from '../stories/story-backend';

/** Options of `renderTicket`. */
export interface RenderTicketOptions {
  faults?: FaultOptions;
  role?: ViewerRole;
  /** Changes the generated data first (e.g. closes a ticket). */
  transform?: (data: MemoryData) => MemoryData;
  /** Locale of the provider. Default `en-US`. */
  locale?: string;
  /** Messages of the `TicketsUIProvider` (e.g. a pack). */
  messages?: MessagesOverride;
  /** The host's model: data, adapter and provider follow it. */
  model?: TicketModel;
  /** The provider's policy. */
  policy?: TicketPolicy;
  /** The adapter the provider gets, made from the backend (e.g. the memory adapter seen by another viewer). */
  adapter?: (backend: StoryBackend) => StoryBackend['adapter'] | StoryBackend['memory'];
}

/** Renders `ui(backend)` in a `TicketsProvider` on a small generated memory backend behind the fault injector. */
export function renderTicket(ui: (backend: StoryBackend) => ReactNode, options: RenderTicketOptions = {}): RenderResult & { backend: StoryBackend } {
  const backend = createStoryBackend({ tickets: 30, seed: 5, faults: options.faults ?? {}, transform: options.transform, model: options.model }, options.role ?? 'admin');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0 } } });
  const result = render(
    <TicketsProvider
      adapter={options.adapter ? options.adapter(backend) : backend.adapter}
      viewer={backend.viewer}
      queryClient={queryClient}
      locale={options.locale ?? 'en-US'}
      timeZone="UTC"
      {...(options.model ? { model: options.model } : {})}
      {...(options.policy ? { policy: options.policy } : {})}
    >
      <TicketsUIProvider messages={options.messages}>{ui(backend)}</TicketsUIProvider>
    </TicketsProvider>,
  );
  return { ...result, backend };
}
