import type { ListTicketsRequest, TicketAdapter } from '@ticketkit/core';
import { generateTicketData, type MemoryData } from '@ticketkit/core/memory';
import { DEMO_SEED } from './demo-data';

/** The URL switch `?dataset=bench-100k`: 100,000 generated tickets, kept in memory only, for `pnpm bench:ui`. */
export const BENCH_DATASET = 'bench-100k';
/** How many tickets the benchmark data set has. */
export const BENCH_TICKET_COUNT = 100_000;
/**
 * The newest tickets (the first four pages of the default sort) have 2,000-message conversations: `bench:ui` opens
 * each of them once (its `LONG_TICKETS` must match).
 */
export const BENCH_LONG_TICKETS = 100;
const DAY_MS = 86_400_000;

/** One list request as the panel issued it: when (`performance.now()`), what, and the first ticket it returned. */
export interface BenchListRequest {
  at: number;
  request: ListTicketsRequest;
  /** `undefined` until the page arrives; `null` when it has no tickets. */
  firstTicketId?: string | null;
}

/** The last list request the panel issued, so the benchmark can time from the request (after the debounce). */
export interface BenchProbe {
  listRequests: number;
  lastListRequest: BenchListRequest | null;
  /** The last 20 list requests, oldest first (prefetches of the next page included). */
  recent: BenchListRequest[];
  /** The viewer's adapter without the probe, for the benchmark to work out what a list should show. */
  adapter: TicketAdapter;
}

declare global {
  interface Window {
    __ticketkitBench?: BenchProbe;
  }
}

/** Whether this page load asked for the benchmark data set. */
export function isBenchMode(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('dataset') === BENCH_DATASET;
}

/** Generates the benchmark data set (deterministic for a given day); `ms` is how long it took. */
export function generateBenchData(now: number = Date.now()): { data: MemoryData; ms: number } {
  const started = performance.now();
  const first = 1001 + BENCH_TICKET_COUNT - BENCH_LONG_TICKETS;
  const data = generateTicketData({
    tickets: BENCH_TICKET_COUNT,
    seed: DEMO_SEED,
    now: Math.floor(now / DAY_MS) * DAY_MS,
    longConversationTicketIds: Array.from({ length: BENCH_LONG_TICKETS }, (_, i) => `TK-${first + i}`),
  });
  return { data, ms: performance.now() - started };
}

/** Wraps `adapter` so every list request is noted on `window.__ticketkitBench` the moment it is issued, and its first row when it returns. */
export function withBenchProbe(adapter: TicketAdapter): TicketAdapter {
  const probe: BenchProbe = (window.__ticketkitBench ??= { listRequests: 0, lastListRequest: null, recent: [], adapter });
  const wrapped: TicketAdapter = Object.create(adapter) as TicketAdapter;
  wrapped.listTickets = (request, options) => {
    probe.listRequests += 1;
    const entry: BenchListRequest = { at: performance.now(), request };
    probe.lastListRequest = entry;
    probe.recent.push(entry);
    if (probe.recent.length > 20) probe.recent.shift();
    return adapter.listTickets(request, options).then((page) => {
      entry.firstTicketId = page.tickets[0]?.id ?? null;
      return page;
    });
  };
  return wrapped;
}
