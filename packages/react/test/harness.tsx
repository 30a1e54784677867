import { createMemoryAdapter, generateTicketData, type TicketAdapter, type Viewer } from '@ticketkit/core';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { TicketsProvider } from '../src/provider';

/** Shared by the tests: the real memory adapter on small deterministic data, and a fresh cache. */
export function createHarness(options: { tickets?: number; adapter?: (memory: ReturnType<typeof createMemoryAdapter>) => TicketAdapter; viewer?: Viewer } = {}) {
  const data = generateTicketData({ tickets: options.tickets ?? 60, seed: 7 });
  const memory = createMemoryAdapter({ data });
  const adapter = options.adapter ? options.adapter(memory) : memory;
  const viewer = options.viewer ?? memory.viewer;
  // No retries and no garbage collection: a test sees each failure once and can read any cache entry afterwards.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
  function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <TicketsProvider adapter={adapter} viewer={viewer} queryClient={client} timeZone="UTC">
        {children}
      </TicketsProvider>
    );
  }
  return { data, memory, adapter, viewer, client, Wrapper };
}
