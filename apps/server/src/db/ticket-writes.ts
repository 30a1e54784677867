import {
  ConflictError,
  type ActivityChange,
  type FieldValue,
  type TicketError,
  defaultTicketModel,
  ValidationError,
  type Message,
  type Note,
  type ReplyResult,
  type Ticket,
  type TicketModel,
  type TicketPatch,
  type Viewer,
} from '@ticketkit/core';
import { randomUUID } from 'node:crypto';
import type { Database, Queryable, Row } from './database';
import { refreshInsightColumns } from './insight-columns';
import { priorityOfRank, TICKET_COLUMNS, TICKET_JOINS, toMessage, toNote, toTicket } from './rows';
import { scopeCondition, ticketNotFound } from './scope';
import { getTicket } from './ticket-reads';
import { foldedFieldText, foldForSearch, lowerFieldText } from './search-text';
import { Params } from './sql';

/** `updated_at` of a write: now, but never earlier than before, so "recently updated" stays in write order. */
const NEXT_UPDATED_AT = `GREATEST(now(), t.updated_at + interval '1 millisecond')`;

/**
 * Explains why a scoped, versioned write of a reply or note matched no row: missing or out of scope (the same 404),
 * else a stale version (409).
 */
async function refusedWrite(db: Queryable, viewer: Viewer, ticketId: string, expectedVersion: number): Promise<TicketError> {
  const params = new Params();
  const rows = await db.query<{ version: number }>(
    `SELECT t.version FROM tickets t WHERE t.id = ${params.param(ticketId)} AND ${scopeCondition(viewer, params)}`,
    params.values,
  );
  const current = rows[0];
  if (!current) return ticketNotFound(ticketId);
  return staleVersion(ticketId, expectedVersion, Number(current.version));
}

/** The refusal of a write made on `expectedVersion` of a ticket now at `actualVersion`. */
function staleVersion(ticketId: string, expectedVersion: number, actualVersion: number, current?: Ticket): ConflictError {
  return new ConflictError(
    `Ticket ${ticketId} was changed by someone else (it is at version ${actualVersion}, you saw ${expectedVersion}). Reload it and try again.`,
    { expectedVersion, actualVersion, ...(current ? { current } : {}) },
  );
}

/** A ticket row's state before a write: what its activity records as `from`. */
interface BeforeRow {
  version: number;
  status: string;
  priority: number;
  fields: unknown;
  assignee_id: string | null;
  assignee_name: string | null;
}

/** Field values as JSON text, to tell a change from a write of the same value. */
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The activity of one write: one change per property the patch really changed (status, priority, assignee, then each
 * custom field in the patch's order), each `from` what the ticket held before.
 */
export function activityChanges(before: BeforeRow, after: Ticket, patch: TicketPatch, model: TicketModel): ActivityChange[] {
  const changes: ActivityChange[] = [];
  if (patch.status !== undefined && patch.status !== before.status) changes.push({ kind: 'status', from: before.status, to: after.status });
  const priorityBefore = priorityOfRank(Number(before.priority), model);
  if (patch.priority !== undefined && patch.priority !== priorityBefore) changes.push({ kind: 'priority', from: priorityBefore, to: after.priority });
  if (patch.assigneeId !== undefined && patch.assigneeId !== before.assignee_id) {
    const from = before.assignee_id === null ? null : { id: before.assignee_id, name: String(before.assignee_name) };
    changes.push({ kind: 'assignee', from, to: after.assignee });
  }
  const fieldsBefore = (typeof before.fields === 'string' ? JSON.parse(before.fields) : before.fields ?? {}) as Record<string, FieldValue>;
  for (const [fieldId, value] of Object.entries(patch.fields ?? {})) {
    const from = fieldsBefore[fieldId] ?? null;
    const to = (value ?? null) as FieldValue | null;
    if (!sameValue(from, to)) changes.push({ kind: 'field', fieldId, from, to });
  }
  return changes;
}

/**
 * Applies a patch (already checked against `model` by core's `checkPatch`) when the ticket is still at
 * `expectedVersion`, in one transaction that locks the row, writes it and records one activity per changed property
 * (by the viewer, at the write's `updated_at`): of two writers holding the same version exactly one lands and the
 * other gets a `ConflictError`; no update is lost and no change goes unrecorded. Priorities are stored as their rank
 * in `model`; custom field values are merged into `fields` (`null` removes one).
 * @throws ValidationError (`patch.assigneeId`) for an unknown team member, NotFoundError (also out of scope), ConflictError.
 */
export async function updateTicket(
  db: Database,
  viewer: Viewer,
  ticketId: string,
  patch: TicketPatch,
  expectedVersion: number,
  model: TicketModel = defaultTicketModel,
): Promise<Ticket> {
  const params = new Params();
  const changes = [`version = t.version + 1`, `updated_at = ${NEXT_UPDATED_AT}`];
  if (patch.status !== undefined) changes.push(`status = ${params.param(patch.status)}`);
  if (patch.priority !== undefined) {
    const rank = model.priorityRank(patch.priority);
    if (rank < 0) throw new ValidationError('patch.priority', `expected one of ${model.priorities.map((p) => p.id).join(', ')}`);
    changes.push(`priority = ${params.param(rank)}::smallint`);
  }
  if (patch.fields !== undefined) {
    // Every patched key is removed, then the ones with a value are set again: null clears a field.
    const patched = Object.keys(patch.fields);
    const values = Object.fromEntries(Object.entries(patch.fields).filter(([, value]) => value !== null && value !== undefined));
    const removed = params.param(patched);
    changes.push(`fields = (t.fields - ${removed}::text[]) || ${params.param(JSON.stringify(values))}::jsonb`);
    changes.push(`fields_folded = (t.fields_folded - ${removed}::text[]) || ${params.param(JSON.stringify(foldedFieldText(values)))}::jsonb`);
    changes.push(`fields_lower = (t.fields_lower - ${removed}::text[]) || ${params.param(JSON.stringify(lowerFieldText(values)))}::jsonb`);
  }
  if (patch.assigneeId !== undefined) changes.push(`assignee_id = ${params.param(patch.assigneeId)}`);
  return db.transaction(async (tx) => {
    // The row is locked first: a concurrent writer waits here, then reads the version this write made.
    const scope = new Params();
    const [before] = await tx.query<BeforeRow & Row>(
      `SELECT t.version, t.status, t.priority, t.fields, t.assignee_id, m.name AS assignee_name
       FROM tickets t LEFT JOIN team_members m ON m.id = t.assignee_id
       WHERE t.id = ${scope.param(ticketId)} AND ${scopeCondition(viewer, scope)}
       FOR UPDATE OF t`,
      scope.values,
    );
    // Refused in the memory adapter's order: missing or out of scope (the same 404), unknown assignee (400), stale (409).
    if (!before) throw ticketNotFound(ticketId);
    if (typeof patch.assigneeId === 'string') {
      const found = await tx.query('SELECT 1 FROM team_members WHERE id = $1', [patch.assigneeId]);
      if (found.length === 0) throw new ValidationError('patch.assigneeId', `no team member with ID ${JSON.stringify(patch.assigneeId)}`);
    }
    if (Number(before.version) !== expectedVersion) {
      // The ticket as it now stands (still locked, so exactly the version refused against) travels with the refusal.
      throw staleVersion(ticketId, expectedVersion, Number(before.version), await getTicket(tx, viewer, ticketId, model));
    }
    const rows = await tx.query(
      `WITH t AS (UPDATE tickets t SET ${changes.join(', ')} WHERE t.id = ${params.param(ticketId)} RETURNING t.*)
       SELECT ${TICKET_COLUMNS} FROM t ${TICKET_JOINS}`,
      params.values,
    );
    const ticket = toTicket(rows[0]!, model);
    const activity = activityChanges(before, ticket, patch, model).map((change) => ({ id: newActivityId(), change }));
    if (activity.length > 0) {
      await tx.query(
        `INSERT INTO ticket_activity (id, ticket_id, created_at, actor_id, actor_name, change)
         SELECT x.id, $2, $3::timestamptz, $4, $5, x.change FROM json_to_recordset($1::json) AS x(id text, change jsonb)`,
        [JSON.stringify(activity), ticketId, ticket.updatedAt, viewer.id, viewer.name],
      );
    }
    // A status change moves the close and may reopen; a done ticket without history closed at its updated_at.
    await refreshInsightColumns(tx, [ticketId], model);
    return ticket;
  });
}

/** A new ID for an activity record (`act-…`). */
export function newActivityId(): string {
  return `act-${randomUUID()}`;
}

/** The text of a reply or note and, optionally, the version of the ticket it was written on. */
export interface TextWrite {
  body: string;
  expectedVersion?: number | undefined;
}

/** A new ID for a message (`msg-…`) or a note (`note-…`); chosen before the write so a key can remember it. */
export function newRecordId(kind: 'reply' | 'note'): string {
  return `${kind === 'reply' ? 'msg' : 'note'}-${randomUUID()}`;
}

/**
 * Adds an internal note by the viewer and makes it searchable (team viewers search notes). It stays apart from the
 * conversation (never sent to the end user); like every write it bumps the ticket's version, as the memory adapter does, so other viewers see that it changed.
 * With `expectedVersion`, refuses (409) when the ticket has moved on.
 */
export async function addNote(
  db: Queryable,
  viewer: Viewer,
  ticketId: string,
  { body, expectedVersion }: TextWrite,
  noteId = newRecordId('note'),
  model: TicketModel = defaultTicketModel,
): Promise<Note> {
  const params = new Params();
  const versionCheck = expectedVersion === undefined ? '' : `AND t.version = ${params.param(expectedVersion)}`;
  const rows = await db.query(
    `WITH t AS (
       UPDATE tickets t SET version = t.version + 1, updated_at = ${NEXT_UPDATED_AT},
              search_text = t.search_text || ' ' || ${params.param(foldForSearch(body))}
       WHERE t.id = ${params.param(ticketId)} ${versionCheck} AND ${scopeCondition(viewer, params)}
       RETURNING t.id
     )
     INSERT INTO notes (id, ticket_id, author_id, author_name, body, created_at)
     SELECT ${params.param(noteId)}, t.id, ${params.param(viewer.id)}, ${params.param(viewer.name)},
            ${params.param(body)}, now()
     FROM t
     RETURNING *`,
    params.values,
  );
  if (!rows[0]) {
    throw expectedVersion === undefined
      ? ticketNotFound(ticketId)
      : await refusedWrite(db, viewer, ticketId, expectedVersion);
  }
  // The write moved updated_at, which is the close of a done ticket without status history.
  await refreshInsightColumns(db, [ticketId], model);
  return toNote(rows[0]);
}

/**
 * Sends a reply to the end user: in one statement, appends a `team` message, makes it searchable and bumps the
 * ticket's version. With `expectedVersion`, refuses (409) when the ticket has moved on.
 */
export async function sendReply(
  db: Queryable,
  viewer: Viewer,
  ticketId: string,
  { body, expectedVersion }: TextWrite,
  messageId = newRecordId('reply'),
  model: TicketModel = defaultTicketModel,
): Promise<ReplyResult> {
  const params = new Params();
  const versionCheck = expectedVersion === undefined ? '' : `AND t.version = ${params.param(expectedVersion)}`;
  const rows = await db.query(
    `WITH target AS (
       SELECT t.id FROM tickets t
       WHERE t.id = ${params.param(ticketId)} ${versionCheck} AND ${scopeCondition(viewer, params)}
       FOR UPDATE
     ),
     msg AS (
       INSERT INTO messages (id, ticket_id, author_kind, author_id, author_name, body, created_at)
       SELECT ${params.param(messageId)}, target.id, 'team', ${params.param(viewer.id)},
              ${params.param(viewer.name)}, ${params.param(body)}, now()
       FROM target
       RETURNING *
     ),
     t AS (
       UPDATE tickets t SET version = t.version + 1, updated_at = ${NEXT_UPDATED_AT},
              search_text = t.search_text || ' ' || ${params.param(foldForSearch(body))},
              -- The team spoke last: nobody waits any more.
              last_message_at = GREATEST(t.last_message_at, msg.created_at), waiting_since = NULL
       FROM msg WHERE t.id = msg.ticket_id
       RETURNING t.*
     )
     SELECT ${TICKET_COLUMNS},
            msg.id AS message_id, msg.author_kind, msg.author_id, msg.author_name, msg.body, msg.created_at AS message_created_at
     FROM t ${TICKET_JOINS} JOIN msg ON msg.ticket_id = t.id`,
    params.values,
  );
  const row = rows[0];
  if (!row) {
    throw expectedVersion === undefined
      ? ticketNotFound(ticketId)
      : await refusedWrite(db, viewer, ticketId, expectedVersion);
  }
  // The reply may be the team's first after the handoff.
  await refreshInsightColumns(db, [ticketId], model);
  const message: Message = toMessage({ ...row, id: row.message_id, ticket_id: row.id, created_at: row.message_created_at });
  return { message, ticket: toTicket(row, model) };
}
