import { parseArgs } from 'node:util';
import { commandArgs } from './cli/args';
import { databaseFromEnv, modelFromConfigOrExit } from './config';
import { openDatabase } from './db/open';
import { formatTokens } from './db/demo-tokens';
import { DEMO_DATA, seedDemoData } from './db/seed-demo';

// `pnpm seed --tickets 100000 [--seed 2026] [--demo]`: replaces the database's content with generated data. Only with
// --demo (or DEMO=1) does every team member get its well-known demo token; otherwise use create-token. The data follows
// the ticket model of --model <file> or TICKET_MODEL (default: core's default model), as the server must be started with.
const { values } = parseArgs({
  args: commandArgs(),
  options: {
    tickets: { type: 'string', default: String(DEMO_DATA.tickets) },
    seed: { type: 'string', default: String(DEMO_DATA.seed) },
    demo: { type: 'boolean', default: false },
    model: { type: 'string' },
  },
});
const tickets = Number(values.tickets);
const seed = Number(values.seed);
const demoTokens = values.demo || process.env.DEMO === '1';
if (!Number.isInteger(tickets) || tickets < 1 || !Number.isInteger(seed)) {
  console.error('Usage: seed --tickets <count ≥ 1> [--seed <integer>] [--demo] [--model <file.json>]');
  process.exit(2);
}

const configured = modelFromConfigOrExit(values.model);

const target = databaseFromEnv();
console.log(`Seeding ${tickets.toLocaleString('en-US')} tickets for ${configured.label} into the ${target.label}…`);
const db = await openDatabase(target);
try {
  const report = await seedDemoData(db, { tickets, seed, demoTokens, model: configured.model });
  console.log(
    `Done: ${report.tickets.toLocaleString('en-US')} tickets, ${report.messages.toLocaleString('en-US')} messages, ` +
      `${report.notes.toLocaleString('en-US')} notes (generated in ${(report.generateMs / 1000).toFixed(1)} s, ` +
      `stored in ${(report.insertMs / 1000).toFixed(1)} s).`,
  );
  console.log(
    demoTokens
      ? `Demo tokens:\n${formatTokens(report.tokens)}`
      : 'No tokens were made (--demo gives every member its demo token). Make one, e.g.:\n  pnpm --filter @ticketkit/server create-token --member tm-1',
  );
} finally {
  await db.close();
}
