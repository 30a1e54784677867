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
  type InsightsRequest,
  type SavedViewInput,
  type SavedViewQuery,
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
  return { expectedVersion: input.expectedVersion, patch: checkStorablePatch(input.patch, model) };
}

/**
 * A patch checked by core's `checkPatch` against `model`, and its field values held to what PostgreSQL can store
 * (U+0000 and unpaired surrogates are refused, never rewritten). @throws ValidationError naming `patch.<field>`.
 */
export function checkStorablePatch(value: unknown, model: TicketModel): TicketPatch {
  const patch = checkPatch(value, 'patch', model);
  for (const [fieldId, fieldValue] of Object.entries(patch.fields ?? {})) {
    for (const text of typeof fieldValue === 'string' ? [fieldValue] : Array.isArray(fieldValue) ? fieldValue : []) {
      const problem = unstorableText(text);
      if (problem) throw new ValidationError(`patch.fields.${fieldId}`, problem);
    }
  }
  return patch;
}

/** A dotted path as core names places in lists: `items.3.patch` → `items[3].patch`. */
function listPath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/**
 * Body of `POST /tickets/bulk-update`: 1 to `LIMITS.bulkItems` items, each a ticket ID, the version it was read at
 * and a patch whose shape is checked here (its content, per item, by `checkStorablePatch`).
 * @throws ValidationError naming the place, e.g. `items[3].expectedVersion`.
 */
export function parseBulkUpdate(value: unknown): { items: Array<{ ticketId: string; expectedVersion: number; patch: unknown }> } {
  try {
    return parseInput(bulkUpdateBody, value);
  } catch (error) {
    if (error instanceof ValidationError) {
      const prefix = `${error.field}: `;
      throw new ValidationError(listPath(error.field), error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message);
    }
    throw error;
  }
}

const bulkUpdateBody = v.strictObject({
  items: v.pipe(
    v.array(
      v.strictObject({ ticketId: id('expected a ticket ID'), expectedVersion: version, patch: v.looseObject({ assigneeId }) }),
      'expected a list of updates',
    ),
    v.minLength(1, 'must not be empty'),
    v.maxLength(LIMITS.bulkItems, `must have at most ${LIMITS.bulkItems} items; send more in several requests`),
  ),
});

/** Body of `POST /tickets/{id}/notes`; `expectedVersion` is optional and, when sent, refuses a stale ticket. */
export const noteBody = v.strictObject({ body: text, expectedVersion: v.optional(version) });

/** Body of `POST /tickets/{id}/replies`; `expectedVersion` is optional and, when sent, refuses a stale ticket. */
export const replyBody = v.strictObject({ body: text, expectedVersion: v.optional(version) });

/** A ticket ID in a path. */
export const ticketIdParam = id('expected a ticket ID');

// Every scalar query field is a parameter of its own name, but `priorities`, which is one comma list `priority=a,b`
// (as core's QUERY_URL_KEYS writes it); field filters are `f.<id>` parameters instead of `fields`. `countByStatus=true`
// asks for the counts per status.
const URL_NAMES: Partial<Record<keyof TicketQuery, string>> = { priorities: 'priority' };
const QUERY_FIELDS = (Object.keys(DEFAULT_TICKET_QUERY) as (keyof TicketQuery)[]).filter((key) => key !== 'fields');
const LIST_PARAMS: readonly string[] = [...QUERY_FIELDS.map((key) => URL_NAMES[key] ?? key), 'timeZone', 'countByStatus'];

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
    if (!isField && !LIST_PARAMS.includes(key)) throw new ValidationError(key, 'is not a list parameter');
    const values = params.getAll(key);
    if (values.length > 1) throw new ValidationError(key, 'was given more than once');
    if (isField) fields[key.slice(FIELD_FILTER_URL_PREFIX.length)] = values[0] ?? '';
    else raw[key] = values[0] ?? '';
  }
  for (const [fieldId, value] of Object.entries(fields)) {
    // An empty value means no filter to core; sent as a parameter, it is a mistake worth naming.
    if (value.trim() === '') throw new ValidationError(FIELD_FILTER_URL_PREFIX + fieldId, 'expected a value');
  }
  const { timeZone = 'UTC', search = '', countByStatus, priority, ...query } = raw;
  if (countByStatus !== undefined && countByStatus !== 'true' && countByStatus !== 'false') {
    throw new ValidationError('countByStatus', `expected true or false, got ${JSON.stringify(countByStatus)}`);
  }
  // The parameter as sent is held to the document's maxLength; core then trims it and checks what it searches for
  // (characters, no U+0000), and the days (year 1 to 9999), as the memory adapter does.
  parseInput(searchParam, search, 'search');
  let normalized: TicketQuery;
  try {
    normalized = normalizeQuery({ ...(query as unknown as Partial<TicketQuery>), ...(priority === undefined ? {} : { priorities: priority as unknown as string[] }), fields, search }, model);
  } catch (error) {
    // Named as the client sent it: `priority`, not the query's `priorities`.
    if (error instanceof ValidationError && error.field === 'priorities') throw new ValidationError('priority', bare(error));
    // Core names a field filter `fields.<id>`; the client sent `f.<id>`.
    if (error instanceof ValidationError && error.field.startsWith('fields.')) {
      const prefix = `${error.field}: `;
      const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      throw new ValidationError(FIELD_FILTER_URL_PREFIX + error.field.slice('fields.'.length), message);
    }
    throw error;
  }
  return { ...normalized, timeZone: checkTimeZone(timeZone), ...(countByStatus === 'true' ? { countByStatus: true } : {}) };
}

const INSIGHTS_PARAMS: readonly string[] = ['createdFrom', 'createdTo', 'timeZone', 'assistantId'];

/**
 * Reads `GET /insights` parameters; core's `resolveInsightsRequest` then checks them as the memory adapter does.
 * @throws ValidationError naming an unknown or repeated parameter.
 */
export function parseInsightsParams(params: URLSearchParams): InsightsRequest {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!INSIGHTS_PARAMS.includes(key)) throw new ValidationError(key, 'is not an insights parameter');
    const values = params.getAll(key);
    if (values.length > 1) throw new ValidationError(key, 'was given more than once');
    raw[key] = values[0] ?? '';
  }
  return {
    createdFrom: raw.createdFrom as string,
    createdTo: raw.createdTo as string,
    ...(raw.timeZone === undefined ? {} : { timeZone: raw.timeZone }),
    ...(raw.assistantId === undefined ? {} : { assistantId: raw.assistantId }),
  };
}

/** A `ValidationError`'s message without its `field: ` prefix. */
function bare(error: ValidationError): string {
  const prefix = `${error.field}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

const viewName = v.pipe(v.string('expected text'), notBlank(), maxCharacters(LIMITS.viewNameCharacters), storable());
const viewColumns = v.pipe(
  v.array(id('expected a column ID'), 'expected a list of column IDs'),
  v.maxLength(LIMITS.viewColumns, `must have at most ${LIMITS.viewColumns} columns`),
);
const viewDensity = v.picklist(['comfortable', 'compact'], 'expected comfortable or compact');
const viewQuery = v.record(v.string(), v.unknown(), 'expected a list query object');

const savedViewCreateBody = v.strictObject({
  name: viewName,
  query: viewQuery,
  columns: v.optional(viewColumns),
  density: v.optional(viewDensity),
});
const savedViewUpdateBody = v.strictObject({
  name: v.optional(viewName),
  query: v.optional(viewQuery),
  columns: v.optional(viewColumns),
  density: v.optional(viewDensity),
});

/** The fields a saved view's query may hold: a list query's, but the page. */
const VIEW_QUERY_FIELDS = (Object.keys(DEFAULT_TICKET_QUERY) as (keyof TicketQuery)[]).filter((key) => key !== 'page');

/**
 * A saved view's query normalised against `model` with core's rules (what the list would do with it), without a page.
 * @throws ValidationError naming `query.<field>`, also for a field a query does not have.
 */
function checkViewQuery(raw: Record<string, unknown>, model: TicketModel): SavedViewQuery {
  for (const key of Object.keys(raw)) {
    if (!(VIEW_QUERY_FIELDS as string[]).includes(key)) throw new ValidationError(`query.${key}`, 'is not a field of a saved query');
  }
  try {
    const { page: _page, ...query } = normalizeQuery(raw as Partial<TicketQuery>, model);
    return query;
  } catch (error) {
    if (error instanceof ValidationError) {
      const prefix = `${error.field}: `;
      throw new ValidationError(`query.${error.field}`, error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message);
    }
    throw error;
  }
}

/** Body of `POST /views`. @throws ValidationError naming the field, e.g. `name` or `query.sort`. */
export function parseSavedViewCreate(value: unknown, model: TicketModel = defaultTicketModel): SavedViewInput {
  const input = parseInput(savedViewCreateBody, value);
  return {
    name: input.name.trim(),
    query: checkViewQuery(input.query, model),
    ...(input.columns === undefined ? {} : { columns: input.columns }),
    ...(input.density === undefined ? {} : { density: input.density }),
  };
}

/** Body of `PATCH /views/{viewId}`: any of the fields of a view. @throws ValidationError naming the field. */
export function parseSavedViewUpdate(value: unknown, model: TicketModel = defaultTicketModel): Partial<SavedViewInput> {
  const input = parseInput(savedViewUpdateBody, value);
  if (Object.values(input).every((change) => change === undefined)) throw new ValidationError('body', 'changes nothing; send name, query, columns or density');
  return {
    ...(input.name === undefined ? {} : { name: input.name.trim() }),
    ...(input.query === undefined ? {} : { query: checkViewQuery(input.query, model) }),
    ...(input.columns === undefined ? {} : { columns: input.columns }),
    ...(input.density === undefined ? {} : { density: input.density }),
  };
}

/** A saved view's ID in a path. */
export const viewIdParam = id('expected a view ID');
