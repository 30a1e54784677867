import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './migrations';
import { openPglite } from './pglite';
import type { Database } from './database';

/** Brings an empty database to `version` as the migrations up to it left it, with one admin owning one assistant. */
async function asVersionLeftIt(db: Database, version: number): Promise<void> {
  await db.exec(`CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) {
    await db.exec(migration.sql);
    await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
  }
  await db.exec(`
    INSERT INTO team_members (id, name, email, role) VALUES ('tm-1', 'Ada', 'ada@example.com', 'admin');
    INSERT INTO assistants (id, name, owner_id) VALUES ('as-1', 'Helper', 'tm-1');
  `);
}

describe('migration 4', () => {
  it('backfills lastMessageAt and waitingSince of existing tickets from their conversations', async () => {
    const db = await openPglite();
    try {
      // A database as version 3 left it, with tickets in every waiting state.
      await asVersionLeftIt(db, 3);
      await db.exec(`
        INSERT INTO tickets (id, subject, status, priority, created_at, updated_at, requester_id, requester_name, requester_email, assistant_id)
        SELECT id, 'Subject', 'open', 1, '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z', 'eu-1', 'Zoë', 'zoe@example.com', 'as-1'
        FROM unnest(ARRAY['TK-none', 'TK-waiting', 'TK-answered', 'TK-again']) AS id;
      `);
      const messages: [string, string, string][] = [
        // [ticket, author kind, minute]
        ['TK-waiting', 'end_user', '01'], ['TK-waiting', 'assistant', '02'], ['TK-waiting', 'end_user', '03'],
        ['TK-answered', 'end_user', '01'], ['TK-answered', 'team', '05'], ['TK-answered', 'assistant', '06'],
        ['TK-again', 'end_user', '01'], ['TK-again', 'team', '02'], ['TK-again', 'end_user', '07'], ['TK-again', 'end_user', '09'],
      ];
      for (const [index, [ticket, kind, minute]] of messages.entries()) {
        await db.query(
          `INSERT INTO messages (id, ticket_id, author_kind, author_id, author_name, body, created_at) VALUES ($1, $2, $3, 'x', 'X', 'hi', $4)`,
          [`m-${index}`, ticket, kind, `2026-01-02T10:${minute}:00Z`],
        );
      }
      await db.query(`INSERT INTO notes (id, ticket_id, author_id, author_name, body, created_at) VALUES ('n-1', 'TK-none', 'tm-1', 'Ada', 'Café ZEBRA-9', now())`);
      expect(await migrate(db)).toEqual([4, 5, 6, 7]);
      // Notes are searched from version 4 on: their text, folded as core folds it, joins the ticket's search text.
      const [found] = await db.query<{ id: string }>(`SELECT id FROM tickets WHERE search_text LIKE '%cafe zebra-9%'`);
      expect(found?.id).toBe('TK-none');
      const rows = await db.query<{ id: string; last: Date; waiting: Date | null }>(
        'SELECT id, last_message_at AS last, waiting_since AS waiting FROM tickets ORDER BY id',
      );
      const at = (minute: string) => new Date(`2026-01-02T10:${minute}:00Z`).toISOString();
      expect(rows.map((row) => ({ id: row.id, last: row.last.toISOString(), waiting: row.waiting?.toISOString() ?? null }))).toEqual([
        { id: 'TK-again', last: at('09'), waiting: at('07') },
        { id: 'TK-answered', last: at('06'), waiting: null },
        { id: 'TK-none', last: '2026-01-01T10:00:00.000Z', waiting: null },
        { id: 'TK-waiting', last: at('03'), waiting: at('01') },
      ]);
    } finally {
      await db.close();
    }
  });
});

describe('migration 5', () => {
  it('backfills the key phrases of existing tickets with core\'s phrase functions, as the memory adapter makes them', async () => {
    const db = await openPglite();
    try {
      await asVersionLeftIt(db, 4);
      await db.exec(`
        INSERT INTO tickets (id, subject, status, priority, created_at, updated_at, requester_id, requester_name, requester_email, assistant_id, last_message_at)
        VALUES ('TK-1', 'Login Code missing', 'open', 1, '2026-01-02T10:10:00Z', '2026-01-02T10:10:00Z', 'eu-1', 'Zoë', 'zoe@example.com', 'as-1', '2026-01-02T10:10:00Z');
        INSERT INTO messages (id, ticket_id, author_kind, author_id, author_name, body, created_at) VALUES
          ('m-1', 'TK-1', 'end_user', 'eu-1', 'Zoë', 'Where is my Refund?', '2026-01-02T10:01:00Z'),
          ('m-2', 'TK-1', 'assistant', 'as-1', 'Helper', 'Shipping labels', '2026-01-02T10:02:00Z'),
          ('m-3', 'TK-1', 'team', 'tm-1', 'Ada', 'Café order', '2026-01-02T10:20:00Z');
      `);
      expect(await migrate(db)).toEqual([5, 6, 7]);
      const [row] = await db.query<{ topic: string[]; handoff: string[] }>('SELECT topic_phrases AS topic, handoff_phrases AS handoff FROM tickets');
      expect([...row!.topic].sort()).toEqual(['code', 'code missing', 'login', 'login code', 'missing', 'refund']);
      expect(row!.handoff).toEqual(['refund']);
      // The TF-IDF background per assistant, kept for insights.
      const counts = await db.query<{ kind: string; phrase: string; tickets: number }>(`SELECT kind, phrase, tickets FROM phrase_counts WHERE phrase IN ('refund', '') ORDER BY kind, phrase`);
      expect(counts).toEqual([{ kind: 'h', phrase: 'refund', tickets: 1 }, { kind: 'n', phrase: '', tickets: 1 }, { kind: 'p', phrase: 'refund', tickets: 1 }]);
    } finally {
      await db.close();
    }
  });
});

describe('migration 6', () => {
  it('backfills the insight columns from the conversation and status history, and the per-day phrase counts', async () => {
    const db = await openPglite();
    try {
      await asVersionLeftIt(db, 5);
      await db.exec(`
        INSERT INTO tickets (id, subject, status, priority, created_at, updated_at, requester_id, requester_name, requester_email, assistant_id, last_message_at, topic_phrases, handoff_phrases)
        VALUES ('TK-1', 'Login code', 'closed', 1, '2026-01-02T23:30:00Z', '2026-01-05T10:00:00Z', 'eu-1', 'Zoë', 'zoe@example.com', 'as-1', '2026-01-02T23:30:00Z', '{login,code,"login code"}', '{refund}'),
               ('TK-2', 'Refund', 'closed', 1, '2026-01-03T08:00:00Z', '2026-01-04T08:00:00Z', 'eu-1', 'Zoë', 'zoe@example.com', 'as-1', '2026-01-03T08:00:00Z', '{refund}', '{}');
        INSERT INTO messages (id, ticket_id, author_kind, author_id, author_name, body, created_at) VALUES
          ('m-1', 'TK-1', 'end_user', 'eu-1', 'Zoë', 'Where is my refund?', '2026-01-02T23:20:00Z'),
          ('m-2', 'TK-1', 'team', 'tm-1', 'Ada', 'Here it is', '2026-01-03T00:20:00Z');
        INSERT INTO ticket_activity (id, ticket_id, created_at, change) VALUES
          ('a-1', 'TK-1', '2026-01-03T01:00:00Z', '{"kind":"status","from":"open","to":"closed"}'),
          ('a-2', 'TK-1', '2026-01-04T01:00:00Z', '{"kind":"status","from":"closed","to":"open"}'),
          ('a-3', 'TK-1', '2026-01-04T23:30:00Z', '{"kind":"status","from":"open","to":"closed"}');
      `);
      expect(await migrate(db)).toEqual([6, 7]);
      const rows = await db.query('SELECT id, first_reply_ms, close_ms, reopened FROM tickets ORDER BY id');
      expect(rows).toEqual([
        // Handed over at the last message before creation (23:20): first reply an hour later; closed again 2 days on.
        { id: 'TK-1', first_reply_ms: 60 * 60_000, close_ms: 2 * 86_400_000, reopened: true },
        // Closed without history: at its updated_at; no reply.
        { id: 'TK-2', first_reply_ms: null, close_ms: 86_400_000, reopened: false },
      ]);
      const days = await db.query(`SELECT day::text AS day, kind, phrase, tickets FROM phrase_days WHERE phrase = 'refund' ORDER BY day, kind`);
      expect(days).toEqual([
        { day: '2026-01-02', kind: 'h', phrase: 'refund', tickets: 1 },
        { day: '2026-01-03', kind: 'p', phrase: 'refund', tickets: 1 },
      ]);
    } finally {
      await db.close();
    }
  });
});

describe('migration 7', () => {
  it('marks which tickets of each day hold a phrase: a bit per ticket of the day, by creation and then ID', async () => {
    const db = await openPglite();
    try {
      await asVersionLeftIt(db, 6);
      // TK-1 and TK-2 share an instant (the ID orders them); TK-3 is later that day, TK-4 the next.
      await db.exec(`
        INSERT INTO tickets (id, subject, status, priority, created_at, updated_at, requester_id, requester_name, requester_email, assistant_id, last_message_at, topic_phrases, handoff_phrases)
        VALUES ('TK-3', 'Refund', 'open', 1, '2026-01-02T10:00:00Z', '2026-01-02T10:00:00Z', 'eu-1', 'Zoë', 'zoe@example.com', 'as-1', '2026-01-02T10:00:00Z', '{refund}', '{}'),
               ('TK-2', 'Login', 'open', 1, '2026-01-02T09:00:00Z', '2026-01-02T09:00:00Z', 'eu-1', 'Zoë', 'zoe@example.com', 'as-1', '2026-01-02T09:00:00Z', '{login}', '{refund}'),
               ('TK-1', 'Refund login', 'open', 1, '2026-01-02T09:00:00Z', '2026-01-02T09:00:00Z', 'eu-1', 'Zoë', 'zoe@example.com', 'as-1', '2026-01-02T09:00:00Z', '{refund,login}', '{}'),
               ('TK-4', 'Refund', 'open', 1, '2026-01-03T00:00:00Z', '2026-01-03T00:00:00Z', 'eu-1', 'Zoë', 'zoe@example.com', 'as-1', '2026-01-03T00:00:00Z', '{refund}', '{}');
      `);
      expect(await migrate(db)).toEqual([7]);
      const days = await db.query(`SELECT day::text AS day, kind, phrase, tickets, ticket_bits::text AS bits FROM phrase_days ORDER BY day, kind, phrase`);
      expect(days).toEqual([
        { day: '2026-01-02', kind: 'h', phrase: 'refund', tickets: 1, bits: '010' },
        { day: '2026-01-02', kind: 'p', phrase: 'login', tickets: 2, bits: '110' },
        { day: '2026-01-02', kind: 'p', phrase: 'refund', tickets: 2, bits: '101' },
        { day: '2026-01-03', kind: 'p', phrase: 'refund', tickets: 1, bits: '1' },
      ]);
    } finally {
      await db.close();
    }
  });
});
