/**
 * Measures the memory adapter on 100,000 generated tickets: generation, indexing, heap, and list-page latency.
 * Run with `pnpm bench` (needs `--expose-gc` for the heap figure).
 */
import { availableParallelism, loadavg } from 'node:os';
import type { ListTicketsRequest } from '../adapter';
import { createMemoryAdapter } from '../memory/memory-adapter';
import { DEFAULT_TICKET_QUERY } from '../query';
import { generateTicketData } from '../seed/generate';

const TICKETS = 100_000;
const RUNS = 300;
const SEARCH_BUDGET_MS = 10;

const gc = (globalThis as { gc?: () => void }).gc;

function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const heapBefore = heapMb();
let started = performance.now();
const data = generateTicketData({ tickets: TICKETS, seed: 42 });
const generateMs = performance.now() - started;
const heapData = heapMb() - heapBefore;

started = performance.now();
const adapter = createMemoryAdapter({ data });
const buildMs = performance.now() - started;
const heapAll = heapMb() - heapBefore;

const searchWordsPool = ['refund', 'login code', 'charged twice', 'parcel delivered', 'müller', 'jose', 'subscription cancel', 'warranty charger', 'csv export', 'promo', 'invoice', 'locked account'];
const emailFragments = data.tickets.slice(0, 50).map((t) => t.requester.email.split('@')[0]!.slice(0, 9));

const cases: { name: string; request: (run: number) => Partial<ListTicketsRequest> }[] = [
  { name: 'filter only (status=open)', request: (run) => ({ status: 'open', page: 1 + (run % 5) }) },
  { name: 'search (realistic words)', request: (run) => ({ search: searchWordsPool[run % searchWordsPool.length]! }) },
  { name: 'search requester email', request: (run) => ({ search: emailFragments[run % emailFragments.length]! }) },
  { name: 'sorted by priority', request: (run) => ({ sort: 'priority', direction: run % 2 ? 'asc' : 'desc', page: 1 + (run % 3) }) },
  { name: 'deep page (2000)', request: () => ({ page: 2000 }) },
  // The queue: longest waiting first among the unsolved, with the counts per status the quick views show.
  { name: 'waiting, unsolved + counts', request: (run) => ({ status: 'unsolved', sort: 'waitingSince', direction: 'asc', countByStatus: true, page: 1 + (run % 3) }) },
  { name: 'mine, by last message', request: (run) => ({ assignee: 'me', sort: 'lastMessageAt', direction: run % 2 ? 'asc' : 'desc' }) },
  { name: 'unassigned + 2 priorities', request: (run) => ({ assignee: 'unassigned', priorities: ['high', 'urgent'], status: 'unsolved', countByStatus: run % 2 === 0 }) },
  { name: 'one requester', request: (run) => ({ requester: data.tickets[run % 1_000]!.requester.id }) },
  { name: 'search + counts + snippets', request: (run) => ({ search: searchWordsPool[run % searchWordsPool.length]!, countByStatus: true, status: 'open' }) },
];

const rows: { name: string; p50: number; p95: number; total: number }[] = [];
for (const { name, request } of cases) {
  const timings: number[] = [];
  let total = 0;
  for (let run = 0; run < RUNS + 20; run++) {
    const t0 = performance.now();
    const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, ...request(run) });
    const elapsed = performance.now() - t0;
    if (run >= 20) timings.push(elapsed); // the first runs warm the JIT
    total = page.total;
  }
  timings.sort((a, b) => a - b);
  rows.push({ name, p50: percentile(timings, 50), p95: percentile(timings, 95), total });
}

const fmt = (n: number): string => n.toFixed(2).padStart(8);
console.log(`memory adapter on ${TICKETS.toLocaleString('en-US')} tickets, ${data.messages.length.toLocaleString('en-US')} messages`);
console.log(`generate ${generateMs.toFixed(0)} ms · build+index ${buildMs.toFixed(0)} ms · heap: data ${heapData.toFixed(0)} MB, data+indexes ${heapAll.toFixed(0)} MB${gc ? '' : ' (run with --expose-gc for exact heap)'}`);
// Wall-clock figures depend on what else runs: say how busy the machine was.
console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} (1/5/15 min)`);
console.log(`${'case'.padEnd(28)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}  budget  matches (last run)`);
for (const row of rows) {
  const verdict = row.p95 <= SEARCH_BUDGET_MS ? 'PASS' : 'MISS';
  console.log(`${row.name.padEnd(28)}${fmt(row.p50)}${fmt(row.p95)}  ${verdict.padEnd(6)}  ${row.total}`);
}
const worst = Math.max(...rows.map((row) => row.p95));
console.log(`budget: a page (search included) within ${SEARCH_BUDGET_MS} ms p95 on ${TICKETS.toLocaleString('en-US')} tickets → ${worst <= SEARCH_BUDGET_MS ? 'PASS' : 'MISS'} (worst p95 ${worst.toFixed(2)} ms, ${RUNS} runs each)`);
if (worst > SEARCH_BUDGET_MS) process.exitCode = 1;
