import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnavailableError,
  ValidationError,
  type TicketError,
} from '../errors';
import type { Ticket } from '../types';

/** What the call was about, so an HTTP failure becomes a typed error that names it. */
export interface RequestContext {
  /** The ticket the call was about, for `NotFoundError`. */
  ticketId?: string;
  /** What else the call was about, for `NotFoundError` (e.g. `Saved view`); `id` is its ID. Default a ticket. */
  resource?: string;
  id?: string;
  /** The version a write carried, for `ConflictError`. */
  expectedVersion?: number;
  /**
   * Reads the ticket as it now stands that a 409 body may carry (`currentTicket`), for `ConflictError.current`. One
   * that does not read as a ticket is left out; the conflict stands.
   */
  readCurrent?: (value: unknown) => Ticket;
}

/** The documented error body: `{ "error": { "code", "message", "field"?, "currentVersion"? } }`. */
interface ErrorPayload {
  code?: unknown;
  message?: unknown;
  field?: unknown;
  currentVersion?: unknown;
  currentTicket?: unknown;
}

function readPayload(body: unknown): ErrorPayload {
  if (typeof body !== 'object' || body === null) return {};
  const error = (body as { error?: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as ErrorPayload) : {};
}

/**
 * Turns a failed HTTP response into the typed error the UI reacts to: 404 not found, 401/403 forbidden,
 * 409/412 conflict, 400/413/415/422 validation (keeping the server's `field`), anything else unavailable.
 */
export function errorFromStatus(status: number, body: unknown, context: RequestContext = {}): TicketError {
  const payload = readPayload(body);
  const message = typeof payload.message === 'string' && payload.message !== '' ? payload.message.slice(0, 500) : undefined;
  switch (status) {
    case 404:
      return context.resource
        ? new NotFoundError(context.resource, context.id ?? '', message)
        : new NotFoundError('Ticket', context.ticketId ?? '', message);
    case 401:
      return new ForbiddenError(message ?? 'You are not signed in to the ticket service, or your session has ended.');
    case 403:
      return new ForbiddenError(message ?? 'You may not do this.');
    case 409:
    case 412: {
      const actual = typeof payload.currentVersion === 'number' ? payload.currentVersion : undefined;
      let current: Ticket | undefined;
      if (payload.currentTicket !== undefined && context.readCurrent) {
        try {
          current = context.readCurrent(payload.currentTicket);
        } catch {
          current = undefined;
        }
      }
      return new ConflictError(message ?? 'The ticket was changed by someone else. Reload it and try again.', {
        expectedVersion: context.expectedVersion ?? -1,
        ...(actual === undefined ? {} : { actualVersion: actual }),
        ...(current === undefined ? {} : { current }),
      });
    }
    case 400:
    case 413:
    case 415:
    case 422: {
      const field = typeof payload.field === 'string' && payload.field !== '' ? payload.field : 'request';
      return new ValidationError(field, message ?? `the service refused the request (HTTP ${status})`);
    }
    default:
      return new UnavailableError(`The ticket service answered HTTP ${status}${message ? `: ${message}` : ''}`, { status });
  }
}
