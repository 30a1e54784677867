import { hashToken } from './api-tokens';
import type { Queryable } from './database';
import { listTeamMembers } from './ticket-reads';

/** A demo token and whose it is, for the table printed in demo mode. */
export interface DemoToken {
  memberId: string;
  name: string;
  role: string;
  token: string;
}

/**
 * The documented demo bearer token of a team member. Well known by design, so it is created only in demo mode
 * (`--demo` or `DEMO=1`); a real deployment issues random tokens with the `create-token` command.
 */
export function demoTokenFor(memberId: string): string {
  return `demo-${memberId}-token`;
}

/** Gives each of `memberIds` its demo token (one statement, whatever the count). */
export async function insertDemoTokens(db: Queryable, memberIds: readonly string[]): Promise<void> {
  await db.query(
    `INSERT INTO api_tokens (token_sha256, member_id) SELECT * FROM unnest($1::text[], $2::text[])`,
    [memberIds.map((id) => hashToken(demoTokenFor(id))), memberIds],
  );
}

/** The demo tokens that work on this database: those of team members whose demo token is stored. */
export async function listDemoTokens(db: Queryable): Promise<DemoToken[]> {
  const members = await listTeamMembers(db);
  const rows = await db.query<{ token_sha256: string }>('SELECT token_sha256 FROM api_tokens WHERE token_sha256 = ANY($1::text[])', [
    members.map((member) => hashToken(demoTokenFor(member.id))),
  ]);
  const stored = new Set(rows.map((row) => row.token_sha256));
  return members
    .filter((member) => stored.has(hashToken(demoTokenFor(member.id))))
    .map((member) => ({ memberId: member.id, name: member.name, role: member.role, token: demoTokenFor(member.id) }));
}

/** The demo tokens as a table a person can copy from. */
export function formatTokens(tokens: readonly DemoToken[]): string {
  return tokens.map((t) => `  ${t.role.padEnd(6)}  ${t.name.padEnd(18)}  Authorization: Bearer ${t.token}`).join('\n');
}
