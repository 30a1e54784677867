import type { Ticket } from './types';

/** Stable codes of the errors an adapter may raise; the UI reacts to each differently. */
export type TicketErrorCode = 'not_found' | 'forbidden' | 'conflict' | 'validation' | 'unavailable';

/** Base class of every typed ticketkit error. Match on `code`, which is stable across versions. */
export class TicketError extends Error {
  readonly code: TicketErrorCode;
  constructor(code: TicketErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TicketError';
    this.code = code;
  }
}

/** The ticket (or other record) does not exist, or is not visible to the viewer. */
export class NotFoundError extends TicketError {
  readonly resource: string;
  readonly id: string;
  constructor(resource: string, id: string, message = `${resource} "${id}" was not found`) {
    super('not_found', message);
    this.name = 'NotFoundError';
    this.resource = resource;
    this.id = id;
  }
}

/** The viewer may not do this. `reason` is a sentence to show the person. */
export class ForbiddenError extends TicketError {
  readonly reason: string;
  constructor(reason: string) {
    super('forbidden', reason);
    this.name = 'ForbiddenError';
    this.reason = reason;
  }
}

/**
 * A write carried a stale version: someone changed the ticket since it was read. Nothing was written. `current` is
 * the ticket as it now stands, when the backend returned it (a bulk update always does).
 */
export class ConflictError extends TicketError {
  readonly expectedVersion: number;
  readonly actualVersion: number | undefined;
  readonly current: Ticket | undefined;
  constructor(message: string, details: { expectedVersion: number; actualVersion?: number; current?: Ticket }) {
    super('conflict', message);
    this.name = 'ConflictError';
    this.expectedVersion = details.expectedVersion;
    this.actualVersion = details.actualVersion;
    this.current = details.current;
  }
}

/** Input (or a record returned by an adapter) is invalid. `field` names where, e.g. `page` or `tickets[3].requester.email`. */
export class ValidationError extends TicketError {
  readonly field: string;
  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super('validation', `${field}: ${message}`, options);
    this.name = 'ValidationError';
    this.field = field;
  }
}

/** The backend failed or could not be reached; trying again may work. */
export class UnavailableError extends TicketError {
  readonly status: number | undefined;
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super('unavailable', message, options);
    this.name = 'UnavailableError';
    this.status = options?.status;
  }
}

/** Whether `error` is a typed ticketkit error, optionally of one code. */
export function isTicketError(error: unknown, code?: TicketErrorCode): error is TicketError {
  return error instanceof TicketError && (code === undefined || error.code === code);
}

/** Whether `error` is the rejection of an aborted call. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    ((error as { name: unknown }).name === 'AbortError' || (error as { name: unknown }).name === 'TimeoutError')
  );
}

/** Wraps anything thrown by a backend into a typed error; typed errors and aborts pass through unchanged. */
export function toTicketError(error: unknown): TicketError | Error {
  if (error instanceof TicketError || isAbortError(error)) return error as Error;
  const message = error instanceof Error ? error.message : String(error);
  return new UnavailableError(`The ticket service failed: ${message}`, { cause: error });
}

/** Throws the signal's abort reason if it is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError');
  }
}
