import { foldSearchText } from '@ticketkit/core';
import type { Database, Queryable } from './database';
import { fillInsightColumns, refreshPhraseDays } from './insight-columns';
import { ticketPhrases } from './ticket-phrases';

/** One step of the schema, applied once, in order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work after `sql` in the same transaction that SQL cannot do alone (e.g. text folded as core folds it). */
  backfill?: (tx: Queryable) => Promise<void>;
}

const BACKFILL_BATCH = 5_000;

/**
 * Notes became searchable in version 4: appends each ticket's note bodies, folded with core's `foldSearchText` as the
 * server writes every search text, to its `search_text`, in batches.
 */
async function appendNotesToSearchText(tx: Queryable): Promise<void> {
  const rows = await tx.query<{ ticket_id: string; bodies: string[] }>(
    'SELECT ticket_id, array_agg(body ORDER BY created_at, position) AS bodies FROM notes GROUP BY ticket_id',
  );
  for (let start = 0; start < rows.length; start += BACKFILL_BATCH) {
    const batch = rows.slice(start, start + BACKFILL_BATCH).map((row) => ({ id: row.ticket_id, text: foldSearchText(row.bodies.join(' ')) }));
    await tx.query(
      `UPDATE tickets t SET search_text = t.search_text || ' ' || x.text FROM json_to_recordset($1::json) AS x(id text, text text) WHERE t.id = x.id`,
      [JSON.stringify(batch)],
    );
  }
}

/** Rewrites `phrase_counts` from the tickets' stored phrases: run after tickets are stored. */
export async function refreshPhraseCounts(tx: Queryable): Promise<void> {
  await tx.query('DELETE FROM phrase_counts');
  await tx.query(
    `INSERT INTO phrase_counts (assistant_id, kind, phrase, tickets)
     SELECT t.assistant_id, 'p', p.phrase, count(*) FROM tickets t CROSS JOIN unnest(t.topic_phrases) AS p(phrase) GROUP BY t.assistant_id, p.phrase
     UNION ALL
     SELECT t.assistant_id, 'h', p.phrase, count(*) FROM tickets t CROSS JOIN unnest(t.handoff_phrases) AS p(phrase) GROUP BY t.assistant_id, p.phrase
     UNION ALL
     SELECT t.assistant_id, 'n', '', count(*) FROM tickets t GROUP BY t.assistant_id`,
  );
}

/**
 * Key phrases came in version 5: each ticket's `topic_phrases` and `handoff_phrases`, made from its subject and
 * conversation by core's phrase functions (as the memory adapter makes them), in batches of tickets.
 */
async function fillPhrases(tx: Queryable): Promise<void> {
  const ids = (await tx.query<{ id: string }>('SELECT id FROM tickets ORDER BY id')).map((row) => row.id);
  for (let start = 0; start < ids.length; start += BACKFILL_BATCH) {
    const batch = ids.slice(start, start + BACKFILL_BATCH);
    const rows = await tx.query<{ id: string; subject: string; created_at: Date | string; handoff_message_id: string | null; messages: { id: string; kind: string; body: string; at: string }[] | null }>(
      `SELECT t.id, t.subject, t.created_at, t.handoff_message_id,
              (SELECT json_agg(json_build_object('id', m.id, 'kind', m.author_kind, 'body', m.body, 'at', m.created_at) ORDER BY m.created_at, m.position)
               FROM messages m WHERE m.ticket_id = t.id) AS messages
       FROM tickets t WHERE t.id = ANY($1::text[])`,
      [batch],
    );
    const phrases = rows.map((row) => {
      const found = ticketPhrases(
        { subject: row.subject, createdAt: new Date(row.created_at).toISOString(), handoffMessageId: row.handoff_message_id },
        (row.messages ?? []).map((m) => ({ id: m.id, body: m.body, createdAt: new Date(m.at).toISOString(), author: { kind: m.kind as 'end_user' } })),
      );
      return { id: row.id, topic: found.topic, handoff: found.handoff };
    });
    await tx.query(
      `UPDATE tickets t SET topic_phrases = x.topic, handoff_phrases = x.handoff
       FROM json_to_recordset($1::json) AS x(id text, topic text[], handoff text[]) WHERE t.id = x.id`,
      [JSON.stringify(phrases)],
    );
  }
  await refreshPhraseCounts(tx);
}

/**
 * The schema, oldest step first. Never edit a step that has shipped: add a new one.
 * IDs use the "C" collation so they sort by code unit, as the memory adapter's string comparison does.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'tickets, conversation, notes, team, tokens',
    sql: `
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE TABLE team_members (
        id text COLLATE "C" PRIMARY KEY,
        name text NOT NULL,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'member')),
        position integer NOT NULL DEFAULT 0
      );

      -- Only a hash of each bearer token is stored: a leaked table does not leak working tokens.
      CREATE TABLE api_tokens (
        token_sha256 text PRIMARY KEY,
        member_id text COLLATE "C" NOT NULL REFERENCES team_members (id) ON DELETE CASCADE
      );

      CREATE TABLE assistants (
        id text COLLATE "C" PRIMARY KEY,
        name text NOT NULL,
        owner_id text COLLATE "C" NOT NULL REFERENCES team_members (id)
      );
      CREATE INDEX assistants_owner_idx ON assistants (owner_id);

      CREATE TABLE tickets (
        id text COLLATE "C" PRIMARY KEY,
        subject text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'in_progress', 'closed')),
        -- Priority rank (0 = low … 3 = urgent) so that sorting by it is sorting by urgency.
        priority smallint NOT NULL CHECK (priority BETWEEN 0 AND 3),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        requester_id text NOT NULL,
        requester_name text NOT NULL,
        requester_email text NOT NULL,
        assistant_id text COLLATE "C" NOT NULL REFERENCES assistants (id),
        assignee_id text COLLATE "C" REFERENCES team_members (id),
        version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
        -- Lower-case, accent-free text of the ID, subject, requester and conversation, written by the server.
        search_text text NOT NULL DEFAULT ''
      );
      -- One index per list order, each led by what the list filters on, so a page is read in order and stops early.
      CREATE INDEX tickets_created_idx ON tickets (created_at DESC, id);
      CREATE INDEX tickets_status_created_idx ON tickets (status, created_at DESC, id);
      CREATE INDEX tickets_priority_idx ON tickets (priority, created_at DESC, id);
      CREATE INDEX tickets_status_priority_idx ON tickets (status, priority, created_at DESC);
      CREATE INDEX tickets_updated_idx ON tickets (updated_at DESC, created_at DESC);
      CREATE INDEX tickets_status_updated_idx ON tickets (status, updated_at DESC, created_at DESC);
      CREATE INDEX tickets_assistant_created_idx ON tickets (assistant_id, created_at DESC);
      -- Trigram index: LIKE '%word%' on any part of the text stays an index lookup at a million tickets.
      CREATE INDEX tickets_search_trgm_idx ON tickets USING gin (search_text gin_trgm_ops);

      CREATE TABLE messages (
        id text COLLATE "C" PRIMARY KEY,
        ticket_id text COLLATE "C" NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        author_kind text NOT NULL CHECK (author_kind IN ('end_user', 'assistant', 'team')),
        author_id text NOT NULL,
        author_name text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        position bigserial NOT NULL
      );
      CREATE INDEX messages_ticket_idx ON messages (ticket_id, created_at, position);

      CREATE TABLE notes (
        id text COLLATE "C" PRIMARY KEY,
        ticket_id text COLLATE "C" NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        author_id text COLLATE "C" NOT NULL,
        author_name text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        position bigserial NOT NULL
      );
      CREATE INDEX notes_ticket_idx ON notes (ticket_id, created_at, position);
    `,
  },
  {
    version: 2,
    name: 'idempotency keys of replies and notes',
    sql: `
      -- One row per Idempotency-Key a member sent with a reply or note, written in the transaction of the write it
      -- allowed: a repeat of the key returns result_id's record instead of writing again. The primary key makes
      -- concurrent repeats wait for the first and then find its row. ticket_id has no foreign key: the key is claimed
      -- before the write finds out whether the ticket exists, and a refused write rolls the claim back.
      -- Rows older than 24 hours are deleted as the member sends again with a key.
      CREATE TABLE idempotency_keys (
        member_id text COLLATE "C" NOT NULL REFERENCES team_members (id) ON DELETE CASCADE,
        key text COLLATE "C" NOT NULL,
        kind text NOT NULL CHECK (kind IN ('reply', 'note')),
        ticket_id text COLLATE "C" NOT NULL,
        body_sha256 text NOT NULL,
        result_id text COLLATE "C" NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, key)
      );
    `,
  },
  {
    version: 3,
    name: 'statuses and priorities of the configured model, custom field values',
    sql: `
      -- Statuses and priorities come from the ticket model the server is configured with (core's defineTicketModel),
      -- checked by the server on every write, so the seed's fixed lists no longer bind the table. Priority stays a
      -- rank (0 = the model's lowest), so that sorting by it is sorting by the model's order.
      ALTER TABLE tickets DROP CONSTRAINT IF EXISTS tickets_status_check;
      ALTER TABLE tickets DROP CONSTRAINT IF EXISTS tickets_priority_check;
      ALTER TABLE tickets ADD CONSTRAINT tickets_priority_rank_check CHECK (priority >= 0);
      -- Values of the model's custom fields by field ID, as the API returns them (a field without a value is absent).
      ALTER TABLE tickets ADD COLUMN fields jsonb NOT NULL DEFAULT '{}';
      -- The string values of fields, folded as search folds text (lower case, accents removed), written by the
      -- server: what a text, URL or email field filter looks inside.
      ALTER TABLE tickets ADD COLUMN fields_folded jsonb NOT NULL DEFAULT '{}';
      -- The string values of fields in lower case (JavaScript's, accents kept), written by the server: what a sort
      -- on a text, URL, email or date field orders by, as the memory adapter does (PostgreSQL's lower() under the
      -- C locale leaves every letter outside ASCII as it is).
      ALTER TABLE tickets ADD COLUMN fields_lower jsonb NOT NULL DEFAULT '{}';
      -- Field filters on numbers, days, choices and tags are containment tests (fields @> '{"plan":"pro"}').
      CREATE INDEX tickets_fields_idx ON tickets USING gin (fields jsonb_path_ops);
    `,
  },
  {
    version: 4,
    name: 'waiting times, handoff, activity history, saved views',
    sql: `
      -- When the newest message of any author was written (the ticket's creation when it has none), and when the end
      -- user's oldest message after the team's latest reply was written (NULL when the team spoke last or nobody
      -- waits). Kept by the server in the statement that adds a message (assistant messages change neither).
      ALTER TABLE tickets ADD COLUMN last_message_at timestamptz;
      ALTER TABLE tickets ADD COLUMN waiting_since timestamptz;
      -- The message at which the assistant handed the conversation to a person, if it did.
      ALTER TABLE tickets ADD COLUMN handoff_message_id text COLLATE "C";
      -- Backfill from the conversation: messages are in (created_at, position) order, as the API lists them.
      UPDATE tickets t SET last_message_at = s.last_at, waiting_since = s.waiting
      FROM (
        SELECT m.ticket_id, max(m.created_at) AS last_at,
               min(m.created_at) FILTER (
                 WHERE m.author_kind = 'end_user'
                   AND (r.ticket_id IS NULL OR (m.created_at, m.position) > (r.created_at, r.position))
               ) AS waiting
        FROM messages m
        LEFT JOIN (
          SELECT DISTINCT ON (ticket_id) ticket_id, created_at, position FROM messages
          WHERE author_kind = 'team' ORDER BY ticket_id, created_at DESC, position DESC
        ) r ON r.ticket_id = m.ticket_id
        GROUP BY m.ticket_id
      ) s
      WHERE s.ticket_id = t.id;
      UPDATE tickets SET last_message_at = created_at WHERE last_message_at IS NULL;
      ALTER TABLE tickets ALTER COLUMN last_message_at SET NOT NULL;
      -- The queue's orders and filters. Waiting time puts tickets nobody waits on last in both directions, so each
      -- direction has its own index (a backward scan of one would put them first).
      CREATE INDEX tickets_waiting_asc_idx ON tickets (waiting_since ASC NULLS LAST, created_at DESC, id);
      CREATE INDEX tickets_waiting_desc_idx ON tickets (waiting_since DESC NULLS LAST, created_at DESC, id);
      CREATE INDEX tickets_last_message_idx ON tickets (last_message_at DESC, created_at DESC, id);
      CREATE INDEX tickets_assignee_created_idx ON tickets (assignee_id, created_at DESC, id);
      CREATE INDEX tickets_requester_created_idx ON tickets (requester_id, created_at DESC, id);

      -- One row per changed property of every ticket update, written in the update's transaction. actor_id NULL is a
      -- change by the system. change is the API's ActivityChange ({"kind":"status","from":…,"to":…} …).
      CREATE TABLE ticket_activity (
        id text COLLATE "C" PRIMARY KEY,
        ticket_id text COLLATE "C" NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        actor_id text COLLATE "C",
        actor_name text,
        change jsonb NOT NULL,
        position bigserial NOT NULL
      );
      CREATE INDEX ticket_activity_ticket_idx ON ticket_activity (ticket_id, created_at, position);

      -- Saved list views, each belonging to the team member who saved it (the token's member).
      CREATE TABLE saved_views (
        id text COLLATE "C" PRIMARY KEY,
        member_id text COLLATE "C" NOT NULL REFERENCES team_members (id) ON DELETE CASCADE,
        name text NOT NULL,
        query jsonb NOT NULL,
        columns jsonb,
        density text CHECK (density IN ('comfortable', 'compact')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        position bigserial NOT NULL
      );
      CREATE INDEX saved_views_member_idx ON saved_views (member_id, position);
    `,
    backfill: appendNotesToSearchText,
  },
  {
    version: 5,
    name: 'key phrases for insights and the topic filters',
    sql: `
      -- The distinct key phrases (one or two folded words) of the subject and the end user messages, and of the end
      -- user message just before the handoff: what the list filters topic and handoffTopic match and insights group
      -- by. Written by the server (with the phrase functions of core) when a ticket is stored: team replies change
      -- neither.
      ALTER TABLE tickets ADD COLUMN topic_phrases text[] NOT NULL DEFAULT '{}';
      ALTER TABLE tickets ADD COLUMN handoff_phrases text[] NOT NULL DEFAULT '{}';
      CREATE INDEX tickets_topic_phrases_idx ON tickets USING gin (topic_phrases);
      CREATE INDEX tickets_handoff_phrases_idx ON tickets USING gin (handoff_phrases);
      -- The TF-IDF background of insights, per assistant: how many of its tickets hold each phrase (kind p) and each
      -- handoff phrase (kind h), and how many tickets it has (kind n, phrase empty). Rewritten by refreshPhraseCounts
      -- whenever tickets are stored (phrases never change after that).
      CREATE TABLE phrase_counts (
        assistant_id text COLLATE "C" NOT NULL REFERENCES assistants (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('p', 'h', 'n')),
        phrase text NOT NULL,
        tickets integer NOT NULL,
        PRIMARY KEY (assistant_id, kind, phrase)
      );
    `,
    backfill: fillPhrases,
  },
  {
    version: 6,
    name: 'insights kept per ticket and per day',
    sql: `
      -- Insights' figures per ticket (core's ticketTimes): the time from the handoff to the team's first reply after
      -- it and from creation to the latest close, in ms (NULL when there is none), and whether it was ever reopened.
      -- Rewritten by the server in the transaction of every status change and team reply, so the figures of a range
      -- are aggregates over the index below alone.
      ALTER TABLE tickets ADD COLUMN first_reply_ms double precision;
      ALTER TABLE tickets ADD COLUMN close_ms double precision;
      ALTER TABLE tickets ADD COLUMN reopened boolean NOT NULL DEFAULT false;
      CREATE INDEX tickets_insights_idx ON tickets (assistant_id, created_at) INCLUDE (status, first_reply_ms, close_ms, reopened);
      -- The done statuses the columns above were computed with: a server started with another model recomputes them.
      CREATE TABLE insight_model (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        done_statuses text[] NOT NULL
      );
      -- Per assistant and UTC day, how many tickets hold each key phrase (kind p) and each handoff phrase (kind h):
      -- a range's phrase counts are sums over its whole days plus the tickets of its partial days at the edges.
      -- Rewritten by refreshPhraseDays whenever tickets are stored (phrases and creation never change after that).
      CREATE TABLE phrase_days (
        assistant_id text COLLATE "C" NOT NULL REFERENCES assistants (id) ON DELETE CASCADE,
        day date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('p', 'h')),
        phrase text NOT NULL,
        tickets integer NOT NULL,
        PRIMARY KEY (assistant_id, day, kind, phrase)
      );
    `,
    backfill: fillInsightColumns,
  },
  {
    version: 7,
    name: 'which tickets of a day hold each phrase',
    sql: `
      -- Per assistant, UTC day and phrase, which of the day's tickets hold it: bit k is the k-th ticket of the
      -- assistant's day by (created_at, id). Insights read a part of a day as a range of bits, and count which
      -- combinations of the ranked phrases the range's tickets hold from these rows alone, rather than from the
      -- phrases of every ticket in the range (most of a request's time at a million tickets). Rewritten with the
      -- counts by refreshPhraseDays (the backfill below) whenever tickets are stored.
      ALTER TABLE phrase_days ADD COLUMN ticket_bits bit varying NOT NULL DEFAULT B'';
      ALTER TABLE phrase_days ALTER COLUMN ticket_bits DROP DEFAULT;
      -- A phrase's days of one assistant in a row: what the combinations of a range's ranked phrases read.
      CREATE INDEX phrase_days_phrase_idx ON phrase_days (assistant_id, kind, phrase, day);
    `,
    backfill: refreshPhraseDays,
  },
];

/** Applies every migration the database has not seen yet. Safe to run from several processes at once. */
export async function migrate(db: Database): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      // Serialises concurrent start-ups: the second waits here, then sees the step already applied.
      await tx.query('SELECT pg_advisory_xact_lock(7261001)');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (seen.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await migration.backfill?.(tx);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** Splits a migration script into statements; migrations contain no semicolons inside literals. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter((statement) => statement !== '');
}
