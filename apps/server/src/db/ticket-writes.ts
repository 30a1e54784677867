import {
  ConflictError,
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
import type { Queryable } from './database';
import { TICKET_COLUMNS, TICKET_JOINS, toMessage, toNote, toTicket } from './rows';
import { scopeCondition, ticketNotFound } from './scope';
import { foldedFieldText, foldForSearch, lowerFieldText } from './search-text';
import { Params } from './sql';

/** `updated_at` of a write: now, but never earlier than before, so "recently updated" stays in write order. */
const NEXT_UPDATED_AT = `GREATEST(now(), t.updated_at + interval '1 millisecond')`;

/**
 * Explains why a scoped, versioned write matched no row, in the memory adapter's order: missing or out of scope
 * (the same 404), unknown assignee (400), stale version (409).
 */
async function refusedWrite(
  db: Queryable,
  viewer: Viewer,
  ticketId: string,
  expectedVersion: number,
  assigneeId?: string | null,
) {
  const params = new Params();
  const rows = await db.query<{ version: number }>(
    `SELECT t.version FROM tickets t WHERE t.id = ${params.param(ticketId)} AND ${scopeCondition(viewer, params)}`,
    params.values,
  );
  const current = rows[0];
  if (!current) return ticketNotFound(ticketId);
  if (typeof assigneeId === 'string') {
    const found = await db.query('SELECT 1 FROM team_members WHERE id = $1', [assigneeId]);
    if (found.length === 0) return new ValidationError('patch.assigneeId', `no team member with ID ${JSON.stringify(assigneeId)}`);
  }
  return new ConflictError(
    `Ticket ${ticketId} was changed by someone else (it is at version ${current.version}, you saw ${expectedVersion}). Reload it and try again.`,
    { expectedVersion, actualVersion: Number(current.version) },
  );
}

/**
 * Applies a patch (already checked against `model` by core's `checkPatch`) when the ticket is still at
 * `expectedVersion`, in one `UPDATE … WHERE version = $n`: of two writers holding the same version exactly one lands
 * and the other gets a `ConflictError`; no update is lost. Priorities are stored as their rank in `model`; custom
 * field values are merged into `fields` (`null` removes one).
 * @throws ValidationError (`patch.assigneeId`) for an unknown team member, NotFoundError (also out of scope), ConflictError.
 */
export async function updateTicket(
  db: Queryable,
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
  // An unknown assignee makes the WHERE false, so the check and the write are one atomic statement.
  let assigneeExists = '';
  if (patch.assigneeId !== undefined) {
    const assignee = params.param(patch.assigneeId);
    changes.push(`assignee_id = ${assignee}`);
    if (patch.assigneeId !== null) assigneeExists = `AND EXISTS (SELECT 1 FROM team_members tm WHERE tm.id = ${assignee})`;
  }
  const rows = await db.query(
    `WITH t AS (
       UPDATE tickets t SET ${changes.join(', ')}
       WHERE t.id = ${params.param(ticketId)} AND t.version = ${params.param(expectedVersion)}
         AND ${scopeCondition(viewer, params)} ${assigneeExists}
       RETURNING t.*
     )
     SELECT ${TICKET_COLUMNS} FROM t ${TICKET_JOINS}`,
    params.values,
  );
  if (!rows[0]) throw await refusedWrite(db, viewer, ticketId, expectedVersion, patch.assigneeId);
  return toTicket(rows[0], model);
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
 * Adds an internal note by the viewer. It stays apart from the conversation (never sent to the end user); like
 * every write it bumps the ticket's version, as the memory adapter does, so other viewers see that it changed.
 * With `expectedVersion`, refuses (409) when the ticket has moved on.
 */
export async function addNote(
  db: Queryable,
  viewer: Viewer,
  ticketId: string,
  { body, expectedVersion }: TextWrite,
  noteId = newRecordId('note'),
): Promise<Note> {
  const params = new Params();
  const versionCheck = expectedVersion === undefined ? '' : `AND t.version = ${params.param(expectedVersion)}`;
  const rows = await db.query(
    `WITH t AS (
       UPDATE tickets t SET version = t.version + 1, updated_at = ${NEXT_UPDATED_AT}
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
              search_text = t.search_text || ' ' || ${params.param(foldForSearch(body))}
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
  const message: Message = toMessage({ ...row, id: row.message_id, ticket_id: row.id, created_at: row.message_created_at });
  return { message, ticket: toTicket(row, model) };
}
