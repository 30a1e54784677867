import { ValidationError, type Viewer } from '@ticketkit/core';
import { createHash } from 'node:crypto';
import type { Database, Queryable } from './database';
import { newRecordId } from './ticket-writes';

/** How long a key is kept: a repeat after this may be written again. Documented in openapi.yaml. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** A reply or note sent with an `Idempotency-Key`: what a repeat of the key must ask for again. */
export interface IdempotentRequest {
  viewer: Viewer;
  key: string;
  kind: 'reply' | 'note';
  ticketId: string;
  body: string;
}

/** How to make the record the first time with a given ID, and how to answer a repeat from that ID. */
export interface IdempotentWork<T> {
  write(tx: Queryable, resultId: string): Promise<T>;
  replay(db: Queryable, resultId: string): Promise<T>;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Writes at most once per (member, key). The key is claimed first, in the transaction of the write, so a refused
 * write (404, 409) also forgets the key, and a concurrent repeat waits on the primary key until the first commits,
 * then finds its row instead of writing twice. A repeat answers with `replay` of the first record; the same key for
 * another kind, ticket or text is refused. @throws ValidationError on `idempotencyKey` for a reused key.
 */
export async function writeOnce<T>(db: Database, request: IdempotentRequest, work: IdempotentWork<T>): Promise<T> {
  const { viewer, key, kind, ticketId } = request;
  const bodySha256 = sha256(request.body);
  const resultId = newRecordId(kind);
  const outcome = await db.transaction(async (tx): Promise<{ written: T } | { firstId: string }> => {
    // Cheap pruning on write: only this member's expired keys, through the primary key's member_id prefix.
    await tx.query(
      `DELETE FROM idempotency_keys WHERE member_id = $1 AND created_at < now() - make_interval(hours => $2::int)`,
      [viewer.id, IDEMPOTENCY_KEY_HOURS],
    );
    const claimed = await tx.query(
      `INSERT INTO idempotency_keys (member_id, key, kind, ticket_id, body_sha256, result_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (member_id, key) DO NOTHING RETURNING 1`,
      [viewer.id, key, kind, ticketId, bodySha256, resultId],
    );
    if (claimed.length > 0) return { written: await work.write(tx, resultId) };
    const [first] = await tx.query<{ kind: string; ticket_id: string; body_sha256: string; result_id: string }>(
      `SELECT kind, ticket_id, body_sha256, result_id FROM idempotency_keys WHERE member_id = $1 AND key = $2`,
      [viewer.id, key],
    );
    if (!first || first.kind !== kind || first.ticket_id !== ticketId || first.body_sha256 !== bodySha256) {
      throw new ValidationError('idempotencyKey', 'was already used for a different request (another ticket, route or text); make a new key for each new send');
    }
    return { firstId: first.result_id };
  });
  return 'written' in outcome ? outcome.written : work.replay(db, outcome.firstId);
}
