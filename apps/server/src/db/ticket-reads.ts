import { defaultTicketModel, type Message, type Note, type TeamMember, type Ticket, type TicketActivity, type TicketModel, type Viewer } from '@ticketkit/core';
import type { Queryable } from './database';
import { TICKET_COLUMNS, TICKET_JOINS, toActivity, toMessage, toNote, toTeamMember, toTicket } from './rows';
import { scopeCondition, ticketNotFound } from './scope';
import { Params } from './sql';

/**
 * One ticket within the viewer's scope, its priority read under `model`.
 * @throws NotFoundError when missing or out of scope (the same error).
 */
export async function getTicket(db: Queryable, viewer: Viewer, ticketId: string, model: TicketModel = defaultTicketModel): Promise<Ticket> {
  const params = new Params();
  const rows = await db.query(
    `SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS}
     WHERE t.id = ${params.param(ticketId)} AND ${scopeCondition(viewer, params)}`,
    params.values,
  );
  if (!rows[0]) throw ticketNotFound(ticketId);
  return toTicket(rows[0], model);
}

/**
 * The rows of a ticket's child table (`messages` or `notes`), oldest first; same-time rows in the order added. The
 * ticket is joined with the scope condition, so a ticket outside the scope yields no row at all, and a visible ticket with no children one empty row.
 */
async function childRows(db: Queryable, viewer: Viewer, ticketId: string, table: 'messages' | 'notes' | 'ticket_activity') {
  const params = new Params();
  const rows = await db.query(
    `SELECT c.* FROM tickets t LEFT JOIN ${table} c ON c.ticket_id = t.id
     WHERE t.id = ${params.param(ticketId)} AND ${scopeCondition(viewer, params)}
     ORDER BY c.created_at, c.position`,
    params.values,
  );
  if (rows.length === 0) throw ticketNotFound(ticketId);
  return rows.filter((row) => row.id != null);
}

/** The conversation of a ticket in the viewer's scope, oldest first. */
export async function listMessages(db: Queryable, viewer: Viewer, ticketId: string): Promise<Message[]> {
  return (await childRows(db, viewer, ticketId, 'messages')).map(toMessage);
}

/** The internal notes of a ticket in the viewer's scope, oldest first. */
export async function listNotes(db: Queryable, viewer: Viewer, ticketId: string): Promise<Note[]> {
  return (await childRows(db, viewer, ticketId, 'notes')).map(toNote);
}

/** The history of a ticket in the viewer's scope (every change of every update, with who and when), oldest first. */
export async function listActivity(db: Queryable, viewer: Viewer, ticketId: string): Promise<TicketActivity[]> {
  return (await childRows(db, viewer, ticketId, 'ticket_activity')).map(toActivity);
}

/**
 * One message or note by its ID, on a ticket in the viewer's scope (how a repeated send answers with the record the
 * first one made). @throws NotFoundError for the ticket when it is missing or out of scope.
 */
async function childRow(db: Queryable, viewer: Viewer, ticketId: string, table: 'messages' | 'notes', id: string) {
  const params = new Params();
  const rows = await db.query(
    `SELECT c.* FROM ${table} c JOIN tickets t ON t.id = c.ticket_id
     WHERE c.id = ${params.param(id)} AND t.id = ${params.param(ticketId)} AND ${scopeCondition(viewer, params)}`,
    params.values,
  );
  if (!rows[0]) throw ticketNotFound(ticketId);
  return rows[0];
}

/** One message of a ticket in the viewer's scope. */
export async function getMessage(db: Queryable, viewer: Viewer, ticketId: string, messageId: string): Promise<Message> {
  return toMessage(await childRow(db, viewer, ticketId, 'messages', messageId));
}

/** One note of a ticket in the viewer's scope. */
export async function getNote(db: Queryable, viewer: Viewer, ticketId: string, noteId: string): Promise<Note> {
  return toNote(await childRow(db, viewer, ticketId, 'notes', noteId));
}

/** Every team member, in the order they were added. */
export async function listTeamMembers(db: Queryable): Promise<TeamMember[]> {
  const rows = await db.query(`SELECT id, name, email, role FROM team_members ORDER BY position, id`);
  return rows.map(toTeamMember);
}
