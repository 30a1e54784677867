import { parseArgs } from 'node:util';
import { commandArgs } from './cli/args';
import { databaseFromEnv, modelFromConfigOrExit } from './config';
import { openDatabase } from './db/open';
import { listen } from './http/listen';
import { prepareForServing } from './startup';

// Flags: --demo (or DEMO=1): on an empty database, seed the demo's data with well-known demo tokens. Without it
// nothing is created; make a token with the create-token command.
// Environment: PORT (8787), HOST (127.0.0.1), DATABASE_URL (a real PostgreSQL; else embedded PGlite in
// PGLITE_DATA_DIR), CORS_ORIGIN (comma-separated; default any), SEED_TICKETS (demo tickets generated on first start),
// TICKET_MODEL (or --model <file>): a JSON ticket model (statuses, priorities, custom fields); default: core's default model.
const { values } = parseArgs({
  args: commandArgs(),
  options: { demo: { type: 'boolean', default: false }, model: { type: 'string' } },
  strict: true,
});
const demo = values.demo || process.env.DEMO === '1';
const seedTickets = process.env.SEED_TICKETS === undefined ? undefined : Number(process.env.SEED_TICKETS);
if (seedTickets !== undefined && (!Number.isInteger(seedTickets) || seedTickets < 0)) {
  console.error(`SEED_TICKETS must be a whole number of at least 0, got ${JSON.stringify(process.env.SEED_TICKETS)}`);
  process.exit(2);
}

const configured = modelFromConfigOrExit(values.model);
const { model } = configured;

const target = databaseFromEnv();
const db = await openDatabase(target);
const notes = await prepareForServing(db, { demo, seedTickets, model });

const server = await listen(db, {
  port: Number(process.env.PORT ?? 8787),
  hostname: process.env.HOST ?? '127.0.0.1',
  model,
  ...(process.env.CORS_ORIGIN ? { corsOrigin: process.env.CORS_ORIGIN.split(',') } : {}),
});
console.log(`ticketkit API on ${server.url} (${target.label}, ${configured.label})${demo ? ', demo mode' : ''}`);
for (const note of notes) console.log(note);

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
