import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Ticket } from '@ticketkit/core';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open';
import { demoTokenFor } from '../db/demo-tokens';
import { seedDemoData } from '../db/seed-demo';
import { listen } from '../http/listen';
import { measure, ms } from './load';

// `pnpm bench`: list latency at TICKETKIT_BENCH_SIZE tickets (default 1,000,000) and 20 concurrent writers on one
// ticket, against the server on 127.0.0.1. Embedded PGlite by default (seeded once into .cache/, then reused);
// a real server with DATABASE_URL. All load is bounded: a fixed number of requests, a fixed number in flight.
const size = Number(process.env.TICKETKIT_BENCH_SIZE ?? 1_000_000);
const LIST_REQUESTS = 200;
const IN_FLIGHT = 2;
const WRITERS = 20;
const ATTEMPTS_PER_WRITER = 10;
// Searches return snippets for the tickets matched only in their conversation or notes.
const SEARCHES = ['refund', 'password', 'anderson', 'zoe muller', 'invoice wrong', 'TK-1000042', 'charged twice', 'núñez', 'tracking', 'cancel subscription'];

async function openBenchDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return openDatabase({ databaseUrl: process.env.DATABASE_URL });
  const dir = fileURLToPath(new URL(`../../.cache/bench-pglite-${size}`, import.meta.url));
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  return openDatabase({ dataDir: dir });
}

const db = await openBenchDatabase();
const [{ count } = { count: 0 }] = await db.query<{ count: number }>('SELECT count(*)::integer AS count FROM tickets');
let seedSeconds: number | null = null;
if (Number(count) !== size) {
  console.log(`Seeding ${size.toLocaleString('en-US')} tickets into ${db.kind} (once; later runs reuse them)…`);
  const started = performance.now();
  // Demo mode: the load generator signs in with tm-1's demo token.
  const report = await seedDemoData(db, { tickets: size, demoTokens: true });
  seedSeconds = (performance.now() - started) / 1000;
  console.log(`  ${report.messages.toLocaleString('en-US')} messages; generated in ${(report.generateMs / 1000).toFixed(1)} s, stored and indexed in ${(report.insertMs / 1000).toFixed(1)} s`);
}

const server = await listen(db);
const headers = { Authorization: `Bearer ${demoTokenFor('tm-1')}`, 'Content-Type': 'application/json' };
async function get<T>(path: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, { headers });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

try {
  const statuses = ['open', 'in_progress', 'closed'] as const;
  const statusPath = (i: number) => `/tickets?status=${statuses[i % 3]}&page=${1 + (i % 10)}&pageSize=25`;
  const searchPath = (i: number) => `/tickets?search=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}&pageSize=25`;
  for (let i = 0; i < 6; i++) await Promise.all([get(statusPath(i)), get(searchPath(i))]); // warm caches and plans

  // The queue an agent works: unsolved, longest waiting first, with the counts per status; mine or unassigned.
  const queuePaths = ['/tickets?status=unsolved&sort=waitingSince&direction=asc&countByStatus=true&pageSize=25',
    '/tickets?status=unsolved&assignee=me&sort=waitingSince&direction=asc&countByStatus=true&pageSize=25',
    '/tickets?status=unsolved&assignee=unassigned&priority=high,urgent&sort=waitingSince&direction=asc&countByStatus=true&pageSize=25'];
  const queuePath = (i: number) => queuePaths[i % queuePaths.length]!.replace('pageSize=25', `pageSize=25&page=${1 + (Math.floor(i / 3) % 10)}`);
  for (let i = 0; i < 6; i++) await get(queuePath(i));

  const byStatus = await measure(LIST_REQUESTS, IN_FLIGHT, (i) => get(statusPath(i)).then(() => undefined));
  const byQueue = await measure(LIST_REQUESTS, IN_FLIGHT, (i) => get(queuePath(i)).then(() => undefined));
  const bySearch = await measure(LIST_REQUESTS, IN_FLIGHT, (i) => get(searchPath(i)).then(() => undefined));

  // 20 writers, each reading the ticket and writing on the version it read, all at once on the same ticket.
  const { tickets } = await get<{ tickets: Ticket[] }>('/tickets?pageSize=1');
  const target = tickets[0]!;
  const path = `/tickets/${encodeURIComponent(target.id)}`;
  const startVersion = (await get<Ticket>(path)).version;
  let landed = 0;
  let conflicts = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      for (let attempt = 0; attempt < ATTEMPTS_PER_WRITER; attempt++) {
        const { version } = await get<Ticket>(path);
        const priority = (['low', 'normal', 'high', 'urgent'] as const)[(writer + attempt) % 4];
        const response = await fetch(`${server.url}${path}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ expectedVersion: version, patch: { priority } }),
        });
        await response.arrayBuffer();
        if (response.status === 200) landed++;
        else if (response.status === 409) conflicts++;
        else throw new Error(`a write answered ${response.status}`);
      }
    }),
  );
  const finalVersion = (await get<Ticket>(path)).version;
  const lost = landed - (finalVersion - startVersion);

  console.log(`\nticketkit reference server, ${db.kind}, ${size.toLocaleString('en-US')} tickets, HTTP on 127.0.0.1`);
  if (seedSeconds !== null) console.log(`  seeding:                 ${seedSeconds.toFixed(1)} s`);
  console.log(`  list, status filter:     p50 ${ms(byStatus.p50)}, p95 ${ms(byStatus.p95)} (${byStatus.requests} requests, ${IN_FLIGHT} in flight, pages 1–10)`);
  console.log(`  list, queue + counts:    p50 ${ms(byQueue.p50)}, p95 ${ms(byQueue.p95)} (${byQueue.requests} requests, ${IN_FLIGHT} in flight, unsolved by waiting time: all, mine, unassigned high+urgent; pages 1–10)`);
  console.log(`  list, search:            p50 ${ms(bySearch.p50)}, p95 ${ms(bySearch.p95)} (${bySearch.requests} requests, ${IN_FLIGHT} in flight, ${SEARCHES.length} searches)`);
  console.log(
    `  ${WRITERS} concurrent writers:   ${landed} landed, ${conflicts} conflicts, version ${startVersion} → ${finalVersion}, lost updates ${lost}`,
  );
  if (lost !== 0) {
    console.error('LOST UPDATES: the final version does not equal the number of writes that landed.');
    process.exitCode = 1;
  }
} finally {
  await server.close();
  await db.close();
}
