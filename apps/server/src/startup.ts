import { defaultTicketModel, type TicketModel } from '@ticketkit/core';
import { countTokens } from './db/api-tokens';
import { ensureFieldSortIndexes } from './db/field-indexes';
import type { Database, Queryable } from './db/database';
import { formatTokens, listDemoTokens } from './db/demo-tokens';
import { DEMO_DATA, seedDemoData } from './db/seed-demo';
import { listTeamMembers } from './db/ticket-reads';

/** How the server was started. */
export interface StartupOptions {
  /** Demo mode (`--demo` or `DEMO=1`): generated data and well-known demo tokens on an empty database. */
  demo: boolean;
  /** Tickets to generate on an empty database in demo mode (`SEED_TICKETS`); default `DEMO_DATA.tickets`. */
  seedTickets?: number | undefined;
  /** The ticket model the server follows: demo data is generated for it. Default: core's `defaultTicketModel`. */
  model?: TicketModel | undefined;
}

/** How to get a first token, printed whenever the database has none. */
export const CREATE_TOKEN_HINT = [
  'No API token exists yet, so every request but /api/health will be refused. Create one for a new administrator:',
  '  pnpm --filter @ticketkit/server create-token --name "Ada Lovelace" --email ada@example.com --role admin',
  'or for a team member already in the database: create-token --member <id>. It prints the token once.',
  'To try the API with generated data and demo tokens instead, start with --demo (or DEMO=1).',
].join('\n');

/**
 * Readies a database for serving and returns what to tell the person who started it. Only in demo mode is anything
 * created: on an empty database, the demo's generated data with a demo token per team member. Otherwise nothing is
 * ever made, so a fresh deployment has no account and no token that anyone could know.
 */
export async function prepareForServing(db: Database, options: StartupOptions): Promise<string[]> {
  const lines: string[] = [];
  if (options.demo) {
    if ((await listTeamMembers(db)).length === 0) {
      const tickets = options.seedTickets ?? DEMO_DATA.tickets;
      lines.push(`Demo mode, empty database: seeded ${tickets.toLocaleString('en-US')} demo tickets.`);
      await seedDemoData(db, { tickets, demoTokens: true, model: options.model ?? defaultTicketModel });
    }
    const tokens = await listDemoTokens(db);
    lines.push(
      tokens.length > 0
        ? `Demo tokens (for trying it out; never on a real deployment):\n${formatTokens(tokens)}`
        : 'Demo mode, but this database was not seeded in demo mode: it has no demo tokens.',
    );
  } else {
    if (options.seedTickets !== undefined) lines.push('SEED_TICKETS is used only in demo mode (--demo or DEMO=1): nothing was seeded.');
    // A database seeded in demo mode (or by a version that always did) still lets anyone in with a known token.
    const known = await listDemoTokens(db);
    if (known.length > 0) {
      lines.push(
        `WARNING: this database holds ${known.length} well-known demo tokens (demo-<member id>-token), one per seeded member. ` +
          "Outside a demo, delete them: DELETE FROM api_tokens WHERE token_sha256 = encode(sha256(('demo-' || member_id || '-token')::bytea), 'hex')",
      );
    }
  }
  const model = options.model ?? defaultTicketModel;
  const indexes = await ensureFieldSortIndexes(db, model);
  if (indexes.created.length > 0 || indexes.dropped.length > 0) {
    lines.push(`Custom field sort indexes: ${indexes.created.length} created, ${indexes.dropped.length} dropped (for the configured ticket model).`);
  }
  lines.push(...(await modelMismatches(db, model)));
  if ((await countTokens(db)) === 0) lines.push(CREATE_TOKEN_HINT);
  return lines;
}

/**
 * Warnings for stored tickets the configured model cannot read: a status it lacks, or a priority rank past its last
 * priority (such tickets are still listed, but a client checking them against the model refuses them by name).
 */
export async function modelMismatches(db: Queryable, model: TicketModel): Promise<string[]> {
  const [row] = await db.query<{ statuses: string[] | null; ranks: number }>(
    `SELECT (SELECT array_agg(DISTINCT status ORDER BY status) FROM tickets WHERE NOT (status = ANY($1::text[]))) AS statuses,
            (SELECT count(*)::int FROM tickets WHERE priority >= $2) AS ranks`,
    [model.statuses.map((status) => status.id), model.priorities.length],
  );
  const lines: string[] = [];
  const statuses = row?.statuses ?? [];
  if (statuses.length > 0) {
    lines.push(`WARNING: the database holds tickets with statuses the configured ticket model does not have: ${statuses.join(', ')}.`);
  }
  if (Number(row?.ranks ?? 0) > 0) {
    lines.push(`WARNING: ${row!.ranks} tickets have a priority rank past the configured model's ${model.priorities.length} priorities (priorities are stored as their rank, lowest first).`);
  }
  return lines;
}
