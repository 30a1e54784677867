import { ValidationError } from './errors';
import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPatch } from './types';

/** Longest reply or note accepted, in characters. */
export const MAX_BODY_LENGTH = 20_000;

/** Checks a ticket ID given to an adapter call. @throws ValidationError on `field`. */
export function checkTicketId(ticketId: unknown, field = 'ticketId'): string {
  if (typeof ticketId !== 'string' || ticketId.trim() === '') {
    throw new ValidationError(field, `expected a ticket ID, got ${JSON.stringify(ticketId)}`);
  }
  return ticketId;
}

/** Checks the text of a reply or note: not blank, not too long. Returns it unchanged. @throws ValidationError. */
export function checkBody(body: unknown, field = 'body'): string {
  if (typeof body !== 'string') throw new ValidationError(field, `expected text, got ${typeof body}`);
  if (body.trim() === '') throw new ValidationError(field, 'must not be empty');
  if (body.length > MAX_BODY_LENGTH) {
    throw new ValidationError(field, `must be at most ${MAX_BODY_LENGTH.toLocaleString('en-US')} characters`);
  }
  return body;
}

/** Checks the version a write carries. @throws ValidationError on `expectedVersion`. */
export function checkVersion(version: unknown, field = 'expectedVersion'): number {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new ValidationError(field, `expected a whole number of at least 0, got ${JSON.stringify(version)}`);
  }
  return version;
}

/**
 * Checks a ticket patch: known keys only, valid values, at least one change.
 * @throws ValidationError naming the field, e.g. `patch.status`.
 */
export function checkPatch(patch: unknown, field = 'patch'): TicketPatch {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new ValidationError(field, 'expected an object with status, priority or assigneeId');
  }
  const raw = patch as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!['status', 'priority', 'assigneeId'].includes(key)) {
      throw new ValidationError(`${field}.${key}`, 'is not a field that can be changed');
    }
  }
  const result: TicketPatch = {};
  if (raw.status !== undefined) {
    if (!(TICKET_STATUSES as readonly unknown[]).includes(raw.status)) {
      throw new ValidationError(`${field}.status`, `expected one of ${TICKET_STATUSES.join(', ')}, got ${JSON.stringify(raw.status)}`);
    }
    result.status = raw.status as TicketPatch['status'];
  }
  if (raw.priority !== undefined) {
    if (!(TICKET_PRIORITIES as readonly unknown[]).includes(raw.priority)) {
      throw new ValidationError(`${field}.priority`, `expected one of ${TICKET_PRIORITIES.join(', ')}, got ${JSON.stringify(raw.priority)}`);
    }
    result.priority = raw.priority as TicketPatch['priority'];
  }
  if (raw.assigneeId !== undefined) {
    if (raw.assigneeId !== null && (typeof raw.assigneeId !== 'string' || raw.assigneeId === '')) {
      throw new ValidationError(`${field}.assigneeId`, `expected a team member ID or null, got ${JSON.stringify(raw.assigneeId)}`);
    }
    result.assigneeId = raw.assigneeId as string | null;
  }
  if (Object.keys(result).length === 0) throw new ValidationError(field, 'changes nothing');
  return result;
}
