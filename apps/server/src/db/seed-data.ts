import { conversationState, defaultTicketModel, ValidationError, type StatusChange, type Assistant, type Message, type Note, type TeamMember, type Ticket, type TicketActivity, type TicketModel } from '@ticketkit/core';
import type { Database, Queryable } from './database';
import { foldedFieldText, lowerFieldText, ticketSearchText } from './search-text';
import { insertDemoTokens } from './demo-tokens';
import { insightColumns, recordInsightModel, refreshPhraseDays } from './insight-columns';
import { refreshPhraseCounts } from './migrations';
import { ticketPhrases } from './ticket-phrases';

/** The `topic_phrases` and `handoff_phrases` of a ticket, from its conversation (oldest first). */
function phraseColumns(ticket: Ticket, conversation: readonly Message[]): { topic_phrases: string[]; handoff_phrases: string[] } {
  const { topic, handoff } = ticketPhrases(ticket, conversation);
  return { topic_phrases: topic, handoff_phrases: handoff };
}

/** The records a database is filled with: the shape of core's generated demo data (`MemoryData`). */
export interface SeedData {
  tickets: readonly Ticket[];
  /** The conversation, as one list or grouped by ticket ID. */
  messages: readonly Message[] | Readonly<Record<string, readonly Message[]>>;
  notes: readonly Note[] | Readonly<Record<string, readonly Note[]>>;
  teamMembers: readonly TeamMember[];
  assistants: readonly Assistant[];
  /** The tickets' history (status, priority, assignee and field changes), when the data carries one. */
  activity?: readonly TicketActivity[] | undefined;
}

const BATCH_ROWS = 5_000;

function flatten<T>(records: readonly T[] | Readonly<Record<string, readonly T[]>>): readonly T[] {
  return Array.isArray(records) ? (records as readonly T[]) : Object.values(records as Record<string, readonly T[]>).flat();
}

/**
 * Inserts rows in batches through one JSON parameter per batch (`json_to_recordset`): fast for a million rows,
 * never near PostgreSQL's limit of 65,535 parameters, and no value ever becomes SQL text.
 */
async function insertBatches(db: Queryable, table: string, columns: string, rows: readonly object[]): Promise<void> {
  const names = columns.split(',').map((column) => column.trim().split(' ')[0]).join(', ');
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = JSON.stringify(rows.slice(start, start + BATCH_ROWS));
    await db.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS x(${columns})`, [batch]);
  }
}

/** Empties every table (schema kept), so a test or the seed command starts from nothing. */
export async function clearData(db: Queryable): Promise<void> {
  await db.query('TRUNCATE phrase_days, phrase_counts, saved_views, ticket_activity, idempotency_keys, api_tokens, notes, messages, tickets, assistants, team_members RESTART IDENTITY CASCADE');
}

/** From this many tickets on, secondary indexes are dropped during the load and rebuilt after it. */
const DEFER_INDEXES_FROM = 20_000;

/**
 * Drops the secondary indexes of the bulk-loaded tables and returns a function that rebuilds them. Building an index
 * once over loaded rows is several times faster than updating it row by row. Definitions come from the catalog.
 */
async function deferIndexes(tx: Queryable): Promise<() => Promise<void>> {
  const indexes = await tx.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = to_regnamespace(i.schemaname)
     JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.schemaname = current_schema() AND i.tablename IN ('tickets', 'messages', 'notes', 'ticket_activity') AND NOT x.indisprimary`,
  );
  for (const index of indexes) await tx.query(`DROP INDEX ${quoteIdentifier(index.name)}`);
  return async () => {
    for (const index of indexes) await tx.query(index.definition);
  };
}

/** Field values without the `null`s and `undefined`s that mean "no value": a field without a value is absent. */
function withoutEmpty(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A ticket's `last_message_at` and `waiting_since`: the record's own when it has them (data exported from an adapter
 * keeps its values), else worked out from its conversation with core's `conversationState`, the rule the server keeps
 * on every reply.
 */
export function waitingTimes(ticket: Ticket, conversation: readonly Message[]): { last_message_at: string; waiting_since: string | null } {
  const hasOwn = typeof ticket.lastMessageAt === 'string' && ticket.lastMessageAt !== '' && ticket.waitingSince !== undefined;
  const state = hasOwn ? { lastMessageAt: ticket.lastMessageAt, waitingSince: ticket.waitingSince } : conversationState(ticket.createdAt, conversation);
  return { last_message_at: state.lastMessageAt, waiting_since: state.waitingSince };
}

/** What `insertData` adds besides the records. */
export interface InsertOptions {
  /** Gives every team member its well-known demo token. Demo mode only; never on a real deployment. */
  demoTokens?: boolean;
  /**
   * The model the tickets follow (the server's configured one); priorities are stored as their rank in it. Default:
   * core's `defaultTicketModel`.
   */
  model?: TicketModel;
}

/** The stored rank of a ticket's priority. @throws ValidationError naming the ticket for one the model lacks. */
function rankOf(model: TicketModel, ticket: Ticket, index: number): number {
  const rank = model.priorityRank(ticket.priority);
  if (rank < 0) throw new ValidationError(`tickets[${index}].priority`, `${JSON.stringify(ticket.priority)} is not a priority of the model`);
  return rank;
}

/**
 * Loads generated data: team members (with their demo tokens when asked), assistants, tickets with their search
 * text, waiting times and handoff, the conversation, notes and history, all in one transaction.
 */
export async function insertData(db: Database, data: SeedData, options: InsertOptions = {}): Promise<void> {
  const model = options.model ?? defaultTicketModel;
  data.tickets.forEach((ticket, index) => {
    if (!model.status(ticket.status)) throw new ValidationError(`tickets[${index}].status`, `${JSON.stringify(ticket.status)} is not a status of the model`);
  });
  const messages = flatten(data.messages);
  const notes = flatten(data.notes);
  const bodiesByTicket = new Map<string, string[]>();
  const conversations = new Map<string, Message[]>();
  for (const message of messages) {
    const bodies = bodiesByTicket.get(message.ticketId);
    if (bodies) bodies.push(message.body);
    else bodiesByTicket.set(message.ticketId, [message.body]);
    const conversation = conversations.get(message.ticketId);
    if (conversation) conversation.push(message);
    else conversations.set(message.ticketId, [message]);
  }
  // Status changes per ticket, oldest first, as the server reads them back (created_at, then insertion order).
  const statusChanges = new Map<string, StatusChange[]>();
  for (const activity of data.activity ?? []) {
    if (activity.change.kind !== 'status') continue;
    const change = { from: activity.change.from as string, to: activity.change.to as string, at: Date.parse(activity.createdAt) };
    const list = statusChanges.get(activity.ticketId);
    if (list) list.push(change);
    else statusChanges.set(activity.ticketId, [change]);
  }
  for (const list of statusChanges.values()) list.sort((a, b) => a.at - b.at);
  const byTime = (a: Message, b: Message) => Date.parse(a.createdAt) - Date.parse(b.createdAt);
  const notesByTicket = new Map<string, string[]>();
  for (const note of notes) {
    const bodies = notesByTicket.get(note.ticketId);
    if (bodies) bodies.push(note.body);
    else notesByTicket.set(note.ticketId, [note.body]);
  }
  await db.transaction(async (tx) => {
    const rebuildIndexes = data.tickets.length >= DEFER_INDEXES_FROM ? await deferIndexes(tx) : null;
    await insertBatches(tx, 'team_members', 'id text, name text, email text, role text, position integer',
      data.teamMembers.map((member, position) => ({ ...member, position })));
    if (options.demoTokens) await insertDemoTokens(tx, data.teamMembers.map((member) => member.id));
    await insertBatches(tx, 'assistants', 'id text, name text, owner_id text',
      data.assistants.map((assistant) => ({ id: assistant.id, name: assistant.name, owner_id: assistant.ownerId })));
    await insertBatches(
      tx,
      'tickets',
      `id text, subject text, status text, priority smallint, created_at timestamptz, updated_at timestamptz,
       requester_id text, requester_name text, requester_email text, assistant_id text, assignee_id text,
       version integer, search_text text, fields jsonb, fields_folded jsonb, fields_lower jsonb,
       last_message_at timestamptz, waiting_since timestamptz, handoff_message_id text,
       topic_phrases text[], handoff_phrases text[], first_reply_ms float8, close_ms float8, reopened boolean`,
      data.tickets.map((ticket, index) => ({
        ...phraseColumns(ticket, conversations.get(ticket.id) ?? []),
        ...waitingTimes(ticket, conversations.get(ticket.id) ?? []),
        ...insightColumns(ticket, (conversations.get(ticket.id) ?? []).slice().sort(byTime), statusChanges.get(ticket.id) ?? [], model),
        handoff_message_id: ticket.handoffMessageId ?? null,
        id: ticket.id,
        subject: ticket.subject,
        status: ticket.status,
        priority: rankOf(model, ticket, index),
        created_at: ticket.createdAt,
        updated_at: ticket.updatedAt,
        requester_id: ticket.requester.id,
        requester_name: ticket.requester.name,
        requester_email: ticket.requester.email,
        assistant_id: ticket.assistant.id,
        assignee_id: ticket.assignee?.id ?? null,
        version: ticket.version,
        fields: withoutEmpty(ticket.fields ?? {}),
        fields_folded: foldedFieldText(ticket.fields ?? {}),
        fields_lower: lowerFieldText(ticket.fields ?? {}),
        search_text: ticketSearchText({
          id: ticket.id,
          subject: ticket.subject,
          requesterName: ticket.requester.name,
          requesterEmail: ticket.requester.email,
          messages: bodiesByTicket.get(ticket.id) ?? [],
          notes: notesByTicket.get(ticket.id) ?? [],
        }),
      })),
    );
    await insertBatches(
      tx,
      'messages',
      'id text, ticket_id text, author_kind text, author_id text, author_name text, body text, created_at timestamptz',
      messages.map((message) => ({
        id: message.id,
        ticket_id: message.ticketId,
        author_kind: message.author.kind,
        author_id: message.author.id,
        author_name: message.author.name,
        body: message.body,
        created_at: message.createdAt,
      })),
    );
    await insertBatches(
      tx,
      'notes',
      'id text, ticket_id text, author_id text, author_name text, body text, created_at timestamptz',
      notes.map((note) => ({
        id: note.id,
        ticket_id: note.ticketId,
        author_id: note.author.id,
        author_name: note.author.name,
        body: note.body,
        created_at: note.createdAt,
      })),
    );
    await insertBatches(
      tx,
      'ticket_activity',
      'id text, ticket_id text, created_at timestamptz, actor_id text, actor_name text, change jsonb',
      (data.activity ?? []).map((activity) => ({
        id: activity.id,
        ticket_id: activity.ticketId,
        created_at: activity.createdAt,
        actor_id: activity.actor?.id ?? null,
        actor_name: activity.actor?.name ?? null,
        change: activity.change,
      })),
    );
    await rebuildIndexes?.();
    await refreshPhraseCounts(tx);
    await refreshPhraseDays(tx);
    await recordInsightModel(tx, model);
  });
  // Fresh statistics, so the planner picks the list indexes right after a load; after a bulk load also the
  // visibility map, so that counting a filter's matches can read the index alone (index-only scans).
  await db.query(data.tickets.length >= DEFER_INDEXES_FROM ? 'VACUUM ANALYZE' : 'ANALYZE');
}
