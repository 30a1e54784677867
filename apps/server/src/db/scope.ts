import { can, ForbiddenError, NotFoundError, type TicketAction, type Viewer } from '@ticketkit/core';
import type { Queryable } from './database';
import type { Params } from './sql';

/**
 * The SQL condition that limits `tickets t` to what `viewer` may see: everything for an admin, only the tickets of
 * their own assistants for a member. Every ticket query includes it, so scope is enforced by the database itself.
 */
export function scopeCondition(viewer: Viewer, params: Params, alias = 't'): string {
  if (viewer.role === 'admin') return 'TRUE';
  return `${alias}.assistant_id IN (SELECT sa.id FROM assistants sa WHERE sa.owner_id = ${params.param(viewer.id)})`;
}

/**
 * Called when a scoped query found no ticket: tells apart a ticket that does not exist (404) from one outside
 * the viewer's scope (403, with the same reason `can()` gives the UI).
 */
export async function missingTicketError(
  db: Queryable,
  viewer: Viewer,
  ticketId: string,
  action: TicketAction,
): Promise<NotFoundError | ForbiddenError> {
  const rows = await db.query(
    `SELECT a.id, a.name, a.owner_id FROM tickets t JOIN assistants a ON a.id = t.assistant_id WHERE t.id = $1`,
    [ticketId],
  );
  const row = rows[0];
  if (!row) return new NotFoundError('Ticket', ticketId);
  const permission = can(viewer, action, {
    assistant: { id: String(row.id), name: String(row.name), ownerId: String(row.owner_id) },
  });
  return new ForbiddenError(permission.allowed ? 'This ticket changed while the request ran; try again.' : permission.reason);
}
