import type { TicketModel } from './model';
import { DEFAULT_TICKET_QUERY, normalizeQuery, type TicketQuery } from './query';

type ScalarQueryField = Exclude<keyof TicketQuery, 'fields'>;

/**
 * The URL parameter used for each query field; a custom field filter is `f.<field ID>`. `priorities` is one
 * comma-separated parameter, `priority=low,high`.
 */
export const QUERY_URL_KEYS = {
  status: 'status',
  assignee: 'assignee',
  priorities: 'priority',
  requester: 'requester',
  createdFrom: 'from',
  createdTo: 'to',
  search: 'q',
  sort: 'sort',
  direction: 'dir',
  page: 'page',
  pageSize: 'size',
  assistant: 'assistant',
  topic: 'topic',
  handoffTopic: 'handoff',
} as const satisfies Record<ScalarQueryField, string>;

/** What a custom field filter's URL parameter starts with: `f.orderId=1042`. */
export const FIELD_FILTER_URL_PREFIX = 'f.';

/** Options of the URL codec. */
export interface QueryUrlOptions {
  /** Put before every parameter name, so the panel can share the URL with the host app, e.g. `tk_`. */
  prefix?: string;
  /** The ticket model the query is checked against; the seed's by default. */
  model?: TicketModel;
}

/**
 * Writes the fields of a query that differ from the defaults into URL parameters, e.g. `status=open&page=3`.
 * `decodeQuery(encodeQuery(q))` equals `normalizeQuery(q)` for every valid query.
 */
export function encodeQuery(query: Partial<TicketQuery>, options: QueryUrlOptions = {}): URLSearchParams {
  const normalized = normalizeQuery(query, options.model);
  const params = new URLSearchParams();
  const prefix = options.prefix ?? '';
  for (const field of Object.keys(QUERY_URL_KEYS) as ScalarQueryField[]) {
    const value = normalized[field];
    if (value === DEFAULT_TICKET_QUERY[field] || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(prefix + QUERY_URL_KEYS[field], value.join(','));
      continue;
    }
    params.set(prefix + QUERY_URL_KEYS[field], String(value));
  }
  for (const [id, value] of Object.entries(normalized.fields)) params.set(prefix + FIELD_FILTER_URL_PREFIX + id, value);
  return params;
}

/**
 * Reads a query from URL parameters; missing parameters take their defaults and unrelated ones are ignored.
 * @throws ValidationError naming the query field (e.g. `page` for `?page=abc`).
 */
export function decodeQuery(params: URLSearchParams | string, options: QueryUrlOptions = {}): TicketQuery {
  const source = typeof params === 'string' ? new URLSearchParams(params) : params;
  const prefix = options.prefix ?? '';
  const raw: Record<string, unknown> = {};
  for (const field of Object.keys(QUERY_URL_KEYS) as ScalarQueryField[]) {
    const value = source.get(prefix + QUERY_URL_KEYS[field]);
    if (value !== null) raw[field] = value;
  }
  const fields: Record<string, string> = {};
  // Only the model's filterable fields: another `f.` parameter is the host's (or a field filter of another model).
  for (const field of options.model?.fields ?? []) {
    const value = field.filterable ? source.get(prefix + FIELD_FILTER_URL_PREFIX + field.id) : null;
    if (value !== null) fields[field.id] = value;
  }
  raw.fields = fields;
  return normalizeQuery(raw as Partial<TicketQuery>, options.model);
}

/**
 * Replaces the query's parameters in `params` with those of `query`, keeping every other parameter of the host.
 */
export function mergeQueryIntoParams(
  params: URLSearchParams,
  query: Partial<TicketQuery>,
  options: QueryUrlOptions = {},
): URLSearchParams {
  const next = new URLSearchParams(params);
  const prefix = options.prefix ?? '';
  for (const key of Object.values(QUERY_URL_KEYS)) next.delete(prefix + key);
  for (const field of options.model?.fields ?? []) next.delete(prefix + FIELD_FILTER_URL_PREFIX + field.id);
  for (const [key, value] of encodeQuery(query, options)) next.set(key, value);
  return next;
}
