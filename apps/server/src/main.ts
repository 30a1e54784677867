import { databaseFromEnv } from './config';
import { openDatabase } from './db/open';
import { DEMO_DATA, formatTokens, seedDemoData } from './db/seed-demo';
import { listTeamMembers } from './db/ticket-reads';
import { demoTokenFor } from './db/demo-tokens';
import { listen } from './http/listen';

// Environment: PORT (8787), HOST (127.0.0.1), DATABASE_URL (a real PostgreSQL; else embedded PGlite in
// PGLITE_DATA_DIR), CORS_ORIGIN (comma-separated; default any), SEED_TICKETS (tickets generated on first start).
const target = databaseFromEnv();
const db = await openDatabase(target);

const team = await listTeamMembers(db);
if (team.length === 0) {
  const tickets = Number(process.env.SEED_TICKETS ?? DEMO_DATA.tickets);
  console.log(`The database is empty: seeding ${tickets.toLocaleString('en-US')} demo tickets…`);
  await seedDemoData(db, { tickets });
}

const server = await listen(db, {
  port: Number(process.env.PORT ?? 8787),
  hostname: process.env.HOST ?? '127.0.0.1',
  ...(process.env.CORS_ORIGIN ? { corsOrigin: process.env.CORS_ORIGIN.split(',') } : {}),
});
const members = await listTeamMembers(db);
console.log(`ticketkit API on ${server.url} (${target.label})`);
console.log(`Demo tokens:\n${formatTokens(members.map((m) => ({ memberId: m.id, name: m.name, role: m.role, token: demoTokenFor(m.id) })))}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping…`);
  await server.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
