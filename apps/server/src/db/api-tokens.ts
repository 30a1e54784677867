import type { Viewer } from '@ticketkit/core';
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from './database';

/** The SHA-256 of a bearer token, as stored in `api_tokens`. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random bearer token: 32 random bytes (256 bits), URL-safe, with a prefix that says what it is. */
export function newToken(): string {
  return `tk_${randomBytes(32).toString('base64url')}`;
}

/** Stores the hash of `token` for `memberId`; the token itself is never stored. */
export async function storeToken(db: Queryable, memberId: string, token: string): Promise<void> {
  await db.query('INSERT INTO api_tokens (token_sha256, member_id) VALUES ($1, $2)', [hashToken(token), memberId]);
}

/** Issues a new random token for `memberId` and returns it: the only time it is seen, as only its hash is kept. */
export async function issueToken(db: Queryable, memberId: string): Promise<string> {
  const token = newToken();
  await storeToken(db, memberId, token);
  return token;
}

/** How many bearer tokens exist: none on a fresh database outside demo mode. */
export async function countTokens(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM api_tokens');
  return Number(row?.n ?? 0);
}

/** The team member a bearer token belongs to, or `null` for an unknown token. */
export async function viewerForToken(db: Queryable, token: string): Promise<Viewer | null> {
  const rows = await db.query(
    `SELECT m.id, m.name, m.role FROM api_tokens k JOIN team_members m ON m.id = k.member_id WHERE k.token_sha256 = $1`,
    [hashToken(token)],
  );
  const row = rows[0];
  return row ? { id: String(row.id), name: String(row.name), role: row.role === 'admin' ? 'admin' : 'member' } : null;
}
