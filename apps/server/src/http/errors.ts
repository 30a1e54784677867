import { ConflictError, isTicketError, ValidationError, type Ticket, type TicketError } from '@ticketkit/core';

/** No bearer token, or one the server does not know: answered with 401. */
export class UnauthorizedError extends Error {
  constructor(message = 'Send a valid bearer token in the Authorization header.') {
    super(message);
    this.name = 'UnauthorizedError';
  }
}

/** The request body is larger than the server accepts: answered with 413. */
export class PayloadTooLargeError extends ValidationError {
  constructor(maxBytes: number) {
    super('body', `is larger than ${maxBytes.toLocaleString('en-US')} bytes`);
    this.name = 'PayloadTooLargeError';
  }
}

/** The body was not sent as `application/json`: answered with 415. */
export class UnsupportedMediaTypeError extends ValidationError {
  constructor() {
    super('Content-Type', 'send the body as application/json');
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** The error body of every failed request, as documented in the OpenAPI description. */
export interface ErrorBody {
  error: {
    code: TicketError['code'] | 'unauthorized' | 'internal';
    message: string;
    /** The request field at fault, for `validation`. */
    field?: string;
    /** The ticket's version now, for `conflict`. */
    currentVersion?: number;
    /** The ticket as it now stands, for the `conflict` of a ticket update. */
    currentTicket?: Ticket;
  };
}

const STATUS_BY_CODE = { not_found: 404, forbidden: 403, conflict: 409, validation: 400, unavailable: 503 } as const;

/** The message of a `ValidationError` without its `field: ` prefix; the field travels apart. */
function bareMessage(error: ValidationError): string {
  const prefix = `${error.field}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/** Maps anything a handler threw to an HTTP status and error body. Unknown errors are 500 and say nothing inside. */
export function errorResponse(error: unknown): { status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500 | 503; body: ErrorBody } {
  if (error instanceof UnauthorizedError) return { status: 401, body: { error: { code: 'unauthorized', message: error.message } } };
  if (error instanceof PayloadTooLargeError || error instanceof UnsupportedMediaTypeError) {
    return { status: error instanceof PayloadTooLargeError ? 413 : 415, body: { error: { code: 'validation', message: bareMessage(error), field: error.field } } };
  }
  if (isTicketError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error instanceof ValidationError) Object.assign(body.error, { message: bareMessage(error), field: error.field });
    if (error instanceof ConflictError && error.actualVersion !== undefined) body.error.currentVersion = error.actualVersion;
    if (error instanceof ConflictError && error.current !== undefined) body.error.currentTicket = error.current;
    return { status: STATUS_BY_CODE[error.code], body };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'The server failed to handle this request.' } } };
}
