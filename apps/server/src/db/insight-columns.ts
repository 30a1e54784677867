import { defaultTicketModel, ticketTimes, type StatusChange, type TicketModel } from '@ticketkit/core';
import type { Database, Queryable } from './database';

/**
 * What insights keep per ticket (migration 6), so that their figures are SQL aggregates over one index: the time from
 * the handoff to the team's first reply and the time to close, in ms (NULL when there is none), and whether the
 * ticket was ever reopened. Computed by core's `ticketTimes`, the rule the memory adapter applies, from the
 * conversation and the status history; rewritten in the transaction of every status change and team reply.
 */
export interface InsightColumns {
  first_reply_ms: number | null;
  close_ms: number | null;
  reopened: boolean;
}

/** The insight columns of one ticket. `messages` and `changes` oldest first. */
export function insightColumns(
  ticket: { status: string; createdAt: string; updatedAt: string; handoffMessageId?: string | null | undefined },
  messages: readonly { id: string; createdAt: string; author: { kind: string } }[],
  changes: readonly StatusChange[],
  model: TicketModel,
): InsightColumns {
  const times = ticketTimes(ticket as Parameters<typeof ticketTimes>[0], messages as Parameters<typeof ticketTimes>[1], changes, model);
  const created = Date.parse(ticket.createdAt);
  return {
    first_reply_ms: Number.isNaN(times.firstReplyAt) ? null : times.firstReplyAt - times.handoffAt,
    close_ms: Number.isNaN(times.closedAt) ? null : Math.max(0, times.closedAt - created),
    reopened: times.reopened,
  };
}

/** The `done` statuses of a model, sorted: what the stored columns depend on. */
export function doneStatuses(model: TicketModel): string[] {
  return model.statuses.filter((status) => status.category === 'done').map((status) => status.id).sort();
}

const BATCH = 5_000;

/**
 * Recomputes the insight columns of the tickets `ids` (every ticket when `null`) from their conversation and status
 * history, in batches. Run inside the transaction of the write that changed them.
 */
export async function refreshInsightColumns(db: Queryable, ids: readonly string[] | null, model: TicketModel): Promise<void> {
  const all = ids ?? (await db.query<{ id: string }>('SELECT id FROM tickets ORDER BY id')).map((row) => row.id);
  for (let start = 0; start < all.length; start += BATCH) {
    const batch = all.slice(start, start + BATCH);
    const rows = await db.query<{
      id: string;
      status: string;
      created_at: Date | string;
      updated_at: Date | string;
      handoff_message_id: string | null;
      messages: [string, string, string][] | null;
      changes: [string, string, string][] | null;
    }>(
      `SELECT t.id, t.status, t.created_at, t.updated_at, t.handoff_message_id,
              (SELECT json_agg(json_build_array(m.id, m.author_kind, m.created_at) ORDER BY m.created_at, m.position)
               FROM messages m WHERE m.ticket_id = t.id) AS messages,
              (SELECT json_agg(json_build_array(a.change->>'from', a.change->>'to', a.created_at) ORDER BY a.created_at, a.position)
               FROM ticket_activity a WHERE a.ticket_id = t.id AND a.change->>'kind' = 'status') AS changes
       FROM tickets t WHERE t.id = ANY($1::text[])`,
      [batch],
    );
    const columns = rows.map((row) => ({
      id: row.id,
      ...insightColumns(
        {
          status: row.status,
          createdAt: new Date(row.created_at).toISOString(),
          updatedAt: new Date(row.updated_at).toISOString(),
          handoffMessageId: row.handoff_message_id,
        },
        (row.messages ?? []).map(([id, kind, at]) => ({ id, createdAt: new Date(at).toISOString(), author: { kind } })),
        (row.changes ?? []).map(([from, to, at]) => ({ from, to, at: Date.parse(at) })),
        model,
      ),
    }));
    await db.query(
      `UPDATE tickets t SET first_reply_ms = x.first_reply_ms, close_ms = x.close_ms, reopened = x.reopened
       FROM json_to_recordset($1::json) AS x(id text, first_reply_ms float8, close_ms float8, reopened boolean)
       WHERE t.id = x.id AND (t.first_reply_ms, t.close_ms, t.reopened) IS DISTINCT FROM (x.first_reply_ms, x.close_ms, x.reopened)`,
      [JSON.stringify(columns)],
    );
  }
}

/** Records the model the stored columns were computed with. */
export async function recordInsightModel(db: Queryable, model: TicketModel): Promise<void> {
  await db.query(
    `INSERT INTO insight_model (id, done_statuses) VALUES (true, $1::text[])
     ON CONFLICT (id) DO UPDATE SET done_statuses = EXCLUDED.done_statuses`,
    [doneStatuses(model)],
  );
}

/**
 * Makes sure the stored columns follow `model`: when its `done` statuses differ from those the columns were computed
 * with (a server started with another model), recomputes every ticket's once, under a lock so one process does it.
 */
export async function ensureInsightModel(db: Queryable, model: TicketModel): Promise<void> {
  const wanted = doneStatuses(model);
  const same = (rows: { done_statuses: string[] }[]) => rows.length === 1 && JSON.stringify(rows[0]!.done_statuses) === JSON.stringify(wanted);
  if (same(await db.query<{ done_statuses: string[] }>('SELECT done_statuses FROM insight_model'))) return;
  const recompute = async (tx: Queryable) => {
    await tx.query('SELECT pg_advisory_xact_lock(7261002)');
    if (same(await tx.query<{ done_statuses: string[] }>('SELECT done_statuses FROM insight_model'))) return;
    await refreshInsightColumns(tx, null, model);
    await recordInsightModel(tx, model);
  };
  if ('transaction' in db) await (db as Database).transaction(recompute);
  else await recompute(db);
}

/** Migration 6's backfill: every ticket's columns under the default model (a server with another recomputes once). */
export async function fillInsightColumns(tx: Queryable): Promise<void> {
  await refreshInsightColumns(tx, null, defaultTicketModel);
  await recordInsightModel(tx, defaultTicketModel);
  // phrase_days as migration 6 made it (its counts only); migration 7 adds the ticket bits and rewrites it.
  await tx.query('DELETE FROM phrase_days');
  await tx.query(
    `INSERT INTO phrase_days (assistant_id, day, kind, phrase, tickets)
     SELECT t.assistant_id, (t.created_at AT TIME ZONE 'UTC')::date, 'p', p.phrase, count(*)
     FROM tickets t CROSS JOIN unnest(t.topic_phrases) AS p(phrase) GROUP BY 1, 2, 4
     UNION ALL
     SELECT t.assistant_id, (t.created_at AT TIME ZONE 'UTC')::date, 'h', p.phrase, count(*)
     FROM tickets t CROSS JOIN unnest(t.handoff_phrases) AS p(phrase) GROUP BY 1, 2, 4
     ORDER BY 1, 2`,
  );
}

/**
 * The order of an assistant's tickets within a UTC day that `phrase_days.ticket_bits` numbers them by: bit `k` of a
 * row is the `k`-th ticket (from 0) of its assistant and day in this order. Tickets created before an instant of the
 * day are a prefix of it, so any part of a day is a range of bits.
 */
export const DAY_ORDER = 't.created_at, t.id';

/**
 * Rewrites `phrase_days` (per assistant and UTC day, how many tickets hold each key phrase and handoff phrase, and
 * which: a bit per ticket of the day, in {@link DAY_ORDER}) from the tickets' stored phrases: run after tickets are
 * stored, like `refreshPhraseCounts` (phrases and creation never change after that, so nothing else rewrites it).
 */
export async function refreshPhraseDays(tx: Queryable): Promise<void> {
  await tx.query('DELETE FROM phrase_days');
  await tx.query(
    `WITH numbered AS MATERIALIZED (
       SELECT t.assistant_id, (t.created_at AT TIME ZONE 'UTC')::date AS day, t.topic_phrases, t.handoff_phrases,
              (row_number() OVER (PARTITION BY t.assistant_id, (t.created_at AT TIME ZONE 'UTC')::date ORDER BY ${DAY_ORDER}) - 1)::integer AS k
       FROM tickets t
     ), zeros AS MATERIALIZED (
       -- One bit string of zeros per assistant and day, a bit per ticket: each ticket's phrases set its bit in a copy.
       SELECT assistant_id, day, repeat('0', count(*)::integer)::varbit AS bits FROM numbered GROUP BY assistant_id, day
     )
     INSERT INTO phrase_days (assistant_id, day, kind, phrase, tickets, ticket_bits)
     SELECT n.assistant_id, n.day, 'p', p.phrase, count(*), bit_or(set_bit(z.bits, n.k, 1))
     FROM numbered n JOIN zeros z USING (assistant_id, day) CROSS JOIN unnest(n.topic_phrases) AS p(phrase) GROUP BY 1, 2, 4
     UNION ALL
     SELECT n.assistant_id, n.day, 'h', p.phrase, count(*), bit_or(set_bit(z.bits, n.k, 1))
     FROM numbered n JOIN zeros z USING (assistant_id, day) CROSS JOIN unnest(n.handoff_phrases) AS p(phrase) GROUP BY 1, 2, 4
     -- Stored in the order a range reads it (an assistant's days), so a range reads few pages.
     ORDER BY 1, 2`,
  );
}
