import {
  checkTimeZone,
  DEFAULT_TICKET_QUERY,
  MAX_BODY_LENGTH,
  normalizeQuery,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  ValidationError,
  type ListTicketsRequest,
  type TicketQuery,
} from '@ticketkit/core';
import * as v from 'valibot';

/** Checks `value` against a schema. @throws ValidationError naming the first bad field, e.g. `patch.status`. */
export function parseInput<S extends v.GenericSchema>(schema: S, value: unknown, root = 'body'): v.InferOutput<S> {
  if (root === 'body' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    throw new ValidationError('body', 'expected a JSON object');
  }
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new ValidationError(v.getDotPath(issue) ?? root, issue.message);
}

/** Reads a request body as JSON. @throws ValidationError on `body` when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('body', 'is not valid JSON');
  }
}

const version = v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'must be at least 0'));
const text = v.pipe(
  v.string('expected text'),
  v.check((value) => value.trim() !== '', 'must not be empty'),
  v.maxLength(MAX_BODY_LENGTH, `must be at most ${MAX_BODY_LENGTH.toLocaleString('en-US')} characters`),
);

/** Body of `PATCH /tickets/{id}`: the version the change was made on and at least one change. */
export const updateTicketBody = v.strictObject({
  expectedVersion: version,
  patch: v.pipe(
    v.strictObject({
      status: v.optional(v.picklist(TICKET_STATUSES, `expected one of ${TICKET_STATUSES.join(', ')}`)),
      priority: v.optional(v.picklist(TICKET_PRIORITIES, `expected one of ${TICKET_PRIORITIES.join(', ')}`)),
      assigneeId: v.optional(v.nullable(v.pipe(v.string('expected a team member ID or null'), v.minLength(1, 'must not be empty')))),
    }),
    v.check((patch) => Object.values(patch).some((value) => value !== undefined), 'changes nothing'),
  ),
});

/** Body of `POST /tickets/{id}/notes`; `expectedVersion` is optional and, when sent, refuses a stale ticket. */
export const noteBody = v.strictObject({ body: text, expectedVersion: v.optional(version) });

/** Body of `POST /tickets/{id}/replies`; `expectedVersion` is optional and, when sent, refuses a stale ticket. */
export const replyBody = v.strictObject({ body: text, expectedVersion: v.optional(version) });

/** A ticket ID in a path. */
export const ticketIdParam = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(100, 'is too long'));

const QUERY_FIELDS = [...(Object.keys(DEFAULT_TICKET_QUERY) as (keyof TicketQuery)[]), 'timeZone'] as const;

/**
 * Reads `GET /tickets` parameters into a normalised request with core's own rules, so the server accepts exactly
 * what the memory adapter accepts. @throws ValidationError naming the parameter (unknown or repeated ones too).
 */
export function parseListParams(params: URLSearchParams): ListTicketsRequest {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!(QUERY_FIELDS as readonly string[]).includes(key)) throw new ValidationError(key, 'is not a list parameter');
    const values = params.getAll(key);
    if (values.length > 1) throw new ValidationError(key, 'was given more than once');
    raw[key] = values[0] ?? '';
  }
  const { timeZone = 'UTC', ...query } = raw;
  const normalized = normalizeQuery(query as unknown as Partial<TicketQuery>);
  return { ...normalized, timeZone: checkTimeZone(timeZone) };
}
