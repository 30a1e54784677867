import { defaultTicketModel, type Note, type ReplyResult, type TicketModel, type Viewer } from '@ticketkit/core';
import type { Database } from './database';
import { writeOnce } from './idempotency';
import { getMessage, getNote, getTicket } from './ticket-reads';
import { addNote, sendReply, type TextWrite } from './ticket-writes';

/**
 * Sends a reply, at most once per `idempotencyKey` when one is given: a repeat answers with the first message and
 * the ticket as it stands now, and sends nothing.
 */
export function sendReplyOnce(
  db: Database,
  viewer: Viewer,
  ticketId: string,
  input: TextWrite,
  idempotencyKey?: string,
  model: TicketModel = defaultTicketModel,
): Promise<ReplyResult> {
  // One transaction, so the ticket's insight columns change with the reply or not at all.
  if (idempotencyKey === undefined) return db.transaction((tx) => sendReply(tx, viewer, ticketId, input, undefined, model));
  return writeOnce(db, { viewer, key: idempotencyKey, kind: 'reply', ticketId, body: input.body }, {
    write: (tx, messageId) => sendReply(tx, viewer, ticketId, input, messageId, model),
    replay: async (reader, messageId) => ({
      message: await getMessage(reader, viewer, ticketId, messageId),
      ticket: await getTicket(reader, viewer, ticketId, model),
    }),
  });
}

/** Adds a note, at most once per `idempotencyKey` when one is given: a repeat answers with the first note. */
export function addNoteOnce(
  db: Database,
  viewer: Viewer,
  ticketId: string,
  input: TextWrite,
  idempotencyKey?: string,
  model: TicketModel = defaultTicketModel,
): Promise<Note> {
  if (idempotencyKey === undefined) return db.transaction((tx) => addNote(tx, viewer, ticketId, input, undefined, model));
  return writeOnce(db, { viewer, key: idempotencyKey, kind: 'note', ticketId, body: input.body }, {
    write: (tx, noteId) => addNote(tx, viewer, ticketId, input, noteId, model),
    replay: (reader, noteId) => getNote(reader, viewer, ticketId, noteId),
  });
}
