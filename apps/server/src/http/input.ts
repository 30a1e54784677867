import {
  checkPatch,
  checkTimeZone,
  defaultTicketModel,
  DEFAULT_TICKET_QUERY,
  FIELD_FILTER_URL_PREFIX,
  normalizeQuery,
  unstorableText,
  ValidationError,
  type ListTicketsRequest,
  type TicketModel,
  type TicketPatch,
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

const assigneeId = v.optional(v.nullable(id('expected a team member ID or null')));

/**
 * Body of `PATCH /tickets/{id}`: the version the change was made on and a patch. The patch's shape is checked here
 * (and its assignee ID as the document states); what it may say — the model's statuses and priorities, its editable
 * fields with values of their type — by core's `checkPatch` in `parseUpdateTicket`.
 */
export const updateTicketBody = v.strictObject({
  expectedVersion: version,
  patch: v.looseObject({ assigneeId }),
});

/**
 * Reads the body of `PATCH /tickets/{id}` under `model`.
 * @throws ValidationError naming the field, e.g. `patch.status` or `patch.fields.orderId`.
 */
export function parseUpdateTicket(value: unknown, model: TicketModel = defaultTicketModel): { expectedVersion: number; patch: TicketPatch } {
  const input = parseInput(updateTicketBody, value);
  const patch = checkPatch(input.patch, 'patch', model);
  // Text PostgreSQL cannot hold (U+0000, an unpaired surrogate) is refused, never rewritten, in field values too.
  for (const [fieldId, fieldValue] of Object.entries(patch.fields ?? {})) {
    for (const text of typeof fieldValue === 'string' ? [fieldValue] : Array.isArray(fieldValue) ? fieldValue : []) {
      const problem = unstorableText(text);
      if (problem) throw new ValidationError(`patch.fields.${fieldId}`, problem);
    }
  }
  return { expectedVersion: input.expectedVersion, patch };
}

/** Body of `POST /tickets/{id}/notes`; `expectedVersion` is optional and, when sent, refuses a stale ticket. */
export const noteBody = v.strictObject({ body: text, expectedVersion: v.optional(version) });

/** Body of `POST /tickets/{id}/replies`; `expectedVersion` is optional and, when sent, refuses a stale ticket. */
export const replyBody = v.strictObject({ body: text, expectedVersion: v.optional(version) });

/** A ticket ID in a path. */
export const ticketIdParam = id('expected a ticket ID');

// Every scalar query field is a parameter of its own name; field filters are `f.<id>` parameters instead of `fields`.
const QUERY_FIELDS = [...(Object.keys(DEFAULT_TICKET_QUERY) as (keyof TicketQuery)[]).filter((key) => key !== 'fields'), 'timeZone'] as const;

const searchParam = v.pipe(v.string(), maxCharacters(LIMITS.searchCharacters), storable());

/**
 * Reads `GET /tickets` parameters into a request normalised against `model` with core's own rules, so the server
 * accepts what the memory adapter accepts. A custom field filter is `f.<field ID>` (core's `FIELD_FILTER_URL_PREFIX`,
 * as `encodeQuery` writes it). @throws ValidationError naming the parameter as sent (unknown or repeated ones too,
 * and `f.orderId` for a bad field filter).
 */
export function parseListParams(params: URLSearchParams, model: TicketModel = defaultTicketModel): ListTicketsRequest {
  const raw: Record<string, string> = {};
  const fields: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const isField = key.startsWith(FIELD_FILTER_URL_PREFIX);
    if (!isField && !(QUERY_FIELDS as readonly string[]).includes(key)) throw new ValidationError(key, 'is not a list parameter');
    const values = params.getAll(key);
    if (values.length > 1) throw new ValidationError(key, 'was given more than once');
    if (isField) fields[key.slice(FIELD_FILTER_URL_PREFIX.length)] = values[0] ?? '';
    else raw[key] = values[0] ?? '';
  }
  for (const [fieldId, value] of Object.entries(fields)) {
    // An empty value means no filter to core; sent as a parameter, it is a mistake worth naming.
    if (value.trim() === '') throw new ValidationError(FIELD_FILTER_URL_PREFIX + fieldId, 'expected a value');
  }
  const { timeZone = 'UTC', search = '', ...query } = raw;
  // The parameter as sent is held to the document's maxLength; core then trims it and checks what it searches for
  // (characters, no U+0000), and the days (year 1 to 9999), as the memory adapter does.
  parseInput(searchParam, search, 'search');
  let normalized: TicketQuery;
  try {
    normalized = normalizeQuery({ ...(query as unknown as Partial<TicketQuery>), fields, search }, model);
  } catch (error) {
    // Core names a field filter `fields.<id>`; the client sent `f.<id>`.
    if (error instanceof ValidationError && error.field.startsWith('fields.')) {
      const prefix = `${error.field}: `;
      const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      throw new ValidationError(FIELD_FILTER_URL_PREFIX + error.field.slice('fields.'.length), message);
    }
    throw error;
  }
  return { ...normalized, timeZone: checkTimeZone(timeZone) };
}
