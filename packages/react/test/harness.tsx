import type { TicketModel, Viewer } from '@ticketkit/core';
import { createMemoryAdapter, generateTicketData, withFaults, type FaultOptions } from '@ticketkit/core/memory';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { TicketsProvider } from '../src/provider';

/**
 * Shared by the tests: the real memory adapter on small deterministic data, wrapped in the fault injector (no faults
 * unless asked) so a test can fail calls on purpose and read the call log, and a fresh cache per test.
 */
export function createHarness(
  options: { tickets?: number; faults?: FaultOptions; viewer?: Viewer; latency?: number; live?: boolean; model?: TicketModel } = {},
) {
  const data = generateTicketData({ tickets: options.tickets ?? 60, seed: 7, ...(options.model ? { model: options.model } : {}) });
  const memory = createMemoryAdapter({ data, latency: options.latency ?? 0, ...(options.model ? { model: options.model } : {}) });
  // `live: false` hides `subscribe`, as a REST backend without push would: the caches then learn only from results.
  const backend = options.live === false ? { ...memory, subscribe: undefined } : memory;
  const adapter = withFaults(backend, options.faults);
  const viewer = options.viewer ?? memory.viewer;
  // No retries and no garbage collection: a test sees each failure once and can read any cache entry afterwards.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
  function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <TicketsProvider adapter={adapter} viewer={viewer} queryClient={client} timeZone="UTC" {...(options.model ? { model: options.model } : {})}>
        {children}
      </TicketsProvider>
    );
  }
  /** The adapter calls of one method, in order. */
  const callsOf = (method: string) => adapter.calls.filter((call) => call.method === method);
  return { data, memory, adapter, viewer, client, Wrapper, callsOf };
}
