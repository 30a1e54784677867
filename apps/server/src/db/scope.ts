import { NotFoundError, type Viewer } from '@ticketkit/core';
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
 * The error of a scoped query that found no ticket. Missing and out of scope are deliberately the same 404, with
 * the same message: telling them apart (a 403 naming the assistant) let a member walk sequential IDs to learn every
 * ticket and who owns it.
 */
export function ticketNotFound(ticketId: string): NotFoundError {
  return new NotFoundError('Ticket', ticketId);
}
