import { parseArgs } from 'node:util';
import { databaseFromEnv } from './config';
import { openDatabase } from './db/open';
import { DEMO_DATA, formatTokens, seedDemoData } from './db/seed-demo';

// `pnpm seed --tickets 100000 [--seed 2026]`: replaces the database's content with generated demo data.
const { values } = parseArgs({
  options: { tickets: { type: 'string', default: String(DEMO_DATA.tickets) }, seed: { type: 'string', default: String(DEMO_DATA.seed) } },
});
const tickets = Number(values.tickets);
const seed = Number(values.seed);
if (!Number.isInteger(tickets) || tickets < 1 || !Number.isInteger(seed)) {
  console.error('Usage: seed --tickets <count ≥ 1> [--seed <integer>]');
  process.exit(2);
}

const target = databaseFromEnv();
console.log(`Seeding ${tickets.toLocaleString('en-US')} tickets into the ${target.label}…`);
const db = await openDatabase(target);
try {
  const report = await seedDemoData(db, { tickets, seed });
  console.log(
    `Done: ${report.tickets.toLocaleString('en-US')} tickets, ${report.messages.toLocaleString('en-US')} messages, ` +
      `${report.notes.toLocaleString('en-US')} notes (generated in ${(report.generateMs / 1000).toFixed(1)} s, ` +
      `stored in ${(report.insertMs / 1000).toFixed(1)} s).`,
  );
  console.log(`Demo tokens:\n${formatTokens(report.tokens)}`);
} finally {
  await db.close();
}
