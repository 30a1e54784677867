import {
  checkTimeZone,
  DEFAULT_TICKET_QUERY,
  normalizeQuery,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  ValidationError,
  type ListTicketsRequest,
  type TicketQuery,
} from '@ticketkit/core';
import * as v from 'valibot';
import { LIMITS } from './limits';
import { maxCharacters, notBlank, storable } from './text-rules';

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body as UTF-8 JSON. Bytes that are not UTF-8 are refused rather than replaced with U+FFFD, so
 * text is stored exactly as sent or not at all. @throws ValidationError on `body`.
 */
export function parseJson(bytes: ArrayBuffer): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ValidationError('body', 'is not valid UTF-8');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('body', 'is not valid JSON');
  }
}

const version = v.pipe(
  v.number('expected a number'),
  v.integer('expected a whole number'),
  v.minValue(0, 'must be at least 0'),
  v.maxValue(LIMITS.version, `must be at most ${LIMITS.version}`),
);
const text = v.pipe(v.string('expected text'), notBlank(), maxCharacters(LIMITS.bodyCharacters), storable());
const id = (message: string) => v.pipe(v.string(message), v.minLength(1, 'must not be empty'), maxCharacters(LIMITS.idCharacters), storable());

/** Body of `PATCH /tickets/{id}`: the version the change was made on and at least one change. */
export const updateTicketBody = v.strictObject({
  expectedVersion: version,
  patch: v.pipe(
    v.strictObject({
      status: v.optional(v.picklist(TICKET_STATUSES, `expected one of ${TICKET_STATUSES.join(', ')}`)),
      priority: v.optional(v.picklist(TICKET_PRIORITIES, `expected one of ${TICKET_PRIORITIES.join(', ')}`)),
      assigneeId: v.optional(v.nullable(id('expected a team member ID or null'))),
    }),
    v.check((patch) => Object.values(patch).some((value) => value !== undefined), 'changes nothing'),
  ),
});

/** Body of `POST /tickets/{id}/notes`; `expectedVersion` is optional and, when sent, refuses a stale ticket. */
export const noteBody = v.strictObject({ body: text, expectedVersion: v.optional(version) });

/** Body of `POST /tickets/{id}/replies`; `expectedVersion` is optional and, when sent, refuses a stale ticket. */
export const replyBody = v.strictObject({ body: text, expectedVersion: v.optional(version) });

/** A ticket ID in a path. */
export const ticketIdParam = id('expected a ticket ID');

const QUERY_FIELDS = [...(Object.keys(DEFAULT_TICKET_QUERY) as (keyof TicketQuery)[]), 'timeZone'] as const;

const searchParam = v.pipe(v.string(), maxCharacters(LIMITS.searchCharacters), storable());

/**
 * Reads `GET /tickets` parameters into a normalised request with core's own rules, so the server accepts what the
 * memory adapter accepts. @throws ValidationError naming the parameter (unknown or repeated ones too).
 */
export function parseListParams(params: URLSearchParams): ListTicketsRequest {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!(QUERY_FIELDS as readonly string[]).includes(key)) throw new ValidationError(key, 'is not a list parameter');
    const values = params.getAll(key);
    if (values.length > 1) throw new ValidationError(key, 'was given more than once');
    raw[key] = values[0] ?? '';
  }
  const { timeZone = 'UTC', search = '', ...query } = raw;
  // The parameter as sent is held to the document's maxLength; core then trims it and checks what it searches for
  // (characters, no U+0000), and the days (year 1 to 9999), as the memory adapter does.
  parseInput(searchParam, search, 'search');
  const normalized = normalizeQuery({ ...(query as unknown as Partial<TicketQuery>), search });
  return { ...normalized, timeZone: checkTimeZone(timeZone) };
}
