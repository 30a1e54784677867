import type { Queryable } from './database';
import { hashToken } from './api-tokens';

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
