import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TicketInsights } from '@ticketkit/core';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open';
import { demoTokenFor } from '../db/demo-tokens';
import { seedDemoData } from '../db/seed-demo';
import { listen } from '../http/listen';
import { measure, ms } from './load';

// `pnpm bench:insights`: GET /api/insights at TICKETKIT_BENCH_SIZE tickets (default 100,000), against the server on
// 127.0.0.1, for an admin (every assistant), one assistant and a member. Embedded PGlite by default (seeded once into
// .cache/, then reused); a real server with DATABASE_URL. A fixed number of requests, one in flight. To keep a seeded
// PostgreSQL between runs: PG_DATA_DIR=.cache/bench-pg-1000000 TICKETKIT_BENCH_SIZE=1000000 scripts/with-postgres.sh
// pnpm bench:insights (seeding a million tickets takes about ten minutes on 2 cores; later runs reuse them).
const size = Number(process.env.TICKETKIT_BENCH_SIZE ?? 100_000);
const REQUESTS = Number(process.env.TICKETKIT_BENCH_REQUESTS ?? 40);
/** The generated data's year ends on 2026-11-01 (core's generator default). */
const LAST_DAY = '2026-11-01';

async function openBenchDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return openDatabase({ databaseUrl: process.env.DATABASE_URL });
  const dir = fileURLToPath(new URL(`../../.cache/bench-pglite-${size}`, import.meta.url));
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  return openDatabase({ dataDir: dir });
}

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

const db = await openBenchDatabase();
const [{ count } = { count: 0 }] = await db.query<{ count: number }>('SELECT count(*)::integer AS count FROM tickets');
if (Number(count) !== size) {
  console.log(`Seeding ${size.toLocaleString('en-US')} tickets into ${db.kind} (once; later runs reuse them)…`);
  const started = performance.now();
  await seedDemoData(db, { tickets: size, demoTokens: true });
  console.log(`  seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
// A settled database, as autovacuum leaves one: a migration's backfill rewrites rows, and until they are vacuumed the
// index-only scans of the figures read the table too.
await db.query('VACUUM ANALYZE tickets');
const [admin] = await db.query<{ id: string }>(`SELECT id FROM team_members WHERE role = 'admin' ORDER BY position, id LIMIT 1`);
const [owner] = await db.query<{ id: string; assistant: string }>(
  `SELECT m.id, a.id AS assistant FROM team_members m JOIN assistants a ON a.owner_id = m.id WHERE m.role = 'member' ORDER BY m.position, m.id, a.id LIMIT 1`,
);

const server = await listen(db);
async function insights(member: string, query: string): Promise<TicketInsights> {
  const response = await fetch(`${server.url}/insights?${query}`, { headers: { Authorization: `Bearer ${demoTokenFor(member)}` } });
  if (!response.ok) throw new Error(`GET /insights?${query} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as TicketInsights;
}

try {
  const range = (days: number) => `createdFrom=${daysBefore(LAST_DAY, days - 1)}&createdTo=${LAST_DAY}&timeZone=Europe%2FBerlin`;
  const cases: { label: string; member: string; query: string }[] = [
    { label: '30 days, every assistant (admin)', member: admin!.id, query: range(30) },
    { label: '30 days, one assistant', member: admin!.id, query: `${range(30)}&assistantId=${encodeURIComponent(owner!.assistant)}` },
    { label: '30 days, a member', member: owner!.id, query: range(30) },
    { label: '90 days, every assistant (admin)', member: admin!.id, query: range(90) },
  ];
  console.log(`\nticketkit reference server, ${db.kind}, ${size.toLocaleString('en-US')} tickets, GET /api/insights on 127.0.0.1`);
  for (const { label, member, query } of cases) {
    const first = performance.now();
    const result = await insights(member, query); // also warms caches and plans
    const firstMs = performance.now() - first;
    const report = await measure(REQUESTS, 1, () => insights(member, query).then(() => undefined));
    console.log(
      `  ${label.padEnd(34)} p50 ${ms(report.p50)}, p95 ${ms(report.p95)}, max ${ms(report.max)} (${report.requests} requests; first ${ms(firstMs)}; ${result.overall.raised.toLocaleString('en-US')} tickets raised, ${result.recurringIssues.length} recurring issues)`,
    );
  }
} finally {
  await server.close();
  await db.close();
}
