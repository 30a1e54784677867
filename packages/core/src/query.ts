import { ValidationError } from './errors';
import { characterCount, unstorableText } from './input';
import { defaultTicketModel, type FieldDefinition, type TicketModel } from './model';
import type { TicketStatus } from './types';
import { utcTime } from './utc-time';
import { normalizeTopic } from './insights/terms';

/**
 * The built-in fields the list can be sorted by; a model's `sortable` custom fields add `fields.<id>`.
 * `waitingSince` ascending is longest waiting first; tickets not waiting (`waitingSince: null`) come last in either
 * direction.
 */
export const TICKET_SORT_FIELDS = ['createdAt', 'priority', 'updatedAt', 'waitingSince', 'lastMessageAt'] as const;
/** What the list can be sorted by: a built-in field, or `fields.<id>` for a sortable custom field. */
export type TicketSortField = (typeof TICKET_SORT_FIELDS)[number] | `fields.${string}`;
/** Sort direction. */
export type SortDirection = 'asc' | 'desc';
/** The status filter: `all`, `unsolved` (every status whose category is not `done`), or one status ID. */
export type StatusFilter = 'all' | 'unsolved' | TicketStatus;
/**
 * The assignee filter: `'me'` (tickets assigned to the viewer), `'unassigned'`, or a team member's ID.
 * `null` in a query means anyone.
 */
export type AssigneeFilter = 'me' | 'unassigned' | (string & {});

/**
 * Filters on the model's `filterable` custom fields, by field ID, each a value written as text: a number for a
 * `number` field (equal), a calendar day for a `date` field (that day), an option ID for a `choice` field (equal)
 * or a `multichoice` field (has it), words for `text`, `url` and `email` (contains, ignoring case).
 */
export type FieldFilters = Readonly<Record<string, string>>;

/** The sort value for a custom field: `fields.<id>`. */
export function fieldSort(fieldId: string): TicketSortField {
  return `fields.${fieldId}`;
}

/** The custom field a sort names, or `null` for a built-in sort. */
export function sortedField(sort: TicketSortField): string | null {
  return sort.startsWith('fields.') ? sort.slice('fields.'.length) : null;
}

/** Smallest and largest page size a query may ask for. */
export const PAGE_SIZE_BOUNDS = { min: 1, max: 100 } as const;
/** Longest search text accepted, in characters. */
export const MAX_SEARCH_LENGTH = 200;

/**
 * What the list shows: filters, search, sort and page. A normalised query has every field set;
 * `createdFrom`/`createdTo` are inclusive calendar days (`YYYY-MM-DD`) in the viewer's time zone.
 */
export interface TicketQuery {
  status: StatusFilter;
  /** Whose tickets: `'me'`, `'unassigned'`, a team member's ID, or `null` for anyone. URL `assignee=`. */
  assignee: AssigneeFilter | null;
  /**
   * Priority IDs of the model, any of which passes; `[]` for any priority. Normalised to the model's order, lowest
   * first, without repeats. URL `priority=low,high`.
   */
  priorities: readonly string[];
  /** A requester's (end user's) ID, or `null` for any requester. URL `requester=`. */
  requester: string | null;
  /** Filters on custom fields; `{}` for none. */
  fields: FieldFilters;
  createdFrom: string | null;
  createdTo: string | null;
  search: string;
  sort: TicketSortField;
  direction: SortDirection;
  /** 1-based page number. */
  page: number;
  pageSize: number;
  /** Only tickets of this assistant (ID); `null` for every assistant in the viewer's scope. */
  assistant: string | null;
  /**
   * Only tickets whose subject or end-user messages hold this key phrase (one or two words, as insights' recurring
   * issues name them, e.g. `login code`); `null` for no such filter.
   */
  topic: string | null;
  /** Only tickets whose end-user message just before the handoff holds this key phrase (insights' handoff questions). */
  handoffTopic: string | null;
}

/** The query a list starts with: every status, newest first, 25 a page. */
export const DEFAULT_TICKET_QUERY: Readonly<TicketQuery> = Object.freeze({
  status: 'all',
  assignee: null,
  priorities: Object.freeze([]) as readonly string[],
  requester: null,
  fields: Object.freeze({}),
  createdFrom: null,
  createdTo: null,
  search: '',
  sort: 'createdAt',
  direction: 'desc',
  page: 1,
  pageSize: 25,
  assistant: null,
  topic: null,
  handoffTopic: null,
});

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (rejects `2026-02-30`). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(utcTime(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar days a date filter may name. Year 0 is not a year of the calendar databases write dates in (1 BC
 * comes before AD 1), and a range ends at the start of the day after its last one, which for 9999-12-31 could not
 * be written `YYYY-MM-DD`.
 */
export const CALENDAR_DAY_BOUNDS = { first: '0001-01-01', last: '9999-12-30' } as const;

function checkDay(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || !isCalendarDay(value)) {
    throw new ValidationError(field, `expected a calendar day as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  // Written YYYY-MM-DD, text order is day order.
  if (value < CALENDAR_DAY_BOUNDS.first || value > CALENDAR_DAY_BOUNDS.last) {
    throw new ValidationError(field, `must be a day from ${CALENDAR_DAY_BOUNDS.first} to ${CALENDAR_DAY_BOUNDS.last}, got ${JSON.stringify(value)}`);
  }
  return value;
}

// A number written in a URL: decimal digits only. `Number()` alone would also take `0x10`, `1e3` and `2.0`.
const DECIMAL_DIGITS = /^\d{1,16}$/;

function checkInteger(field: string, value: unknown, min: number, max: number): number {
  const n = typeof value === 'string' ? (DECIMAL_DIGITS.test(value) ? Number(value) : Number.NaN) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new ValidationError(field, `expected a whole number, got ${JSON.stringify(value)}`);
  }
  if (n < min || n > max) {
    throw new ValidationError(field, `expected a number from ${min} to ${max}, got ${n}`);
  }
  return n;
}

function checkOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ValidationError(field, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

const NUMBER_TEXT = /^-?\d{1,15}(\.\d{1,6})?$/;
/** Longest value of a custom field filter, in characters. */
export const MAX_FIELD_FILTER_LENGTH = 200;

function checkFieldFilter(field: FieldDefinition, value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ValidationError(path, `expected a value for ${field.label}, got ${JSON.stringify(value)}`);
  const text = value.trim();
  switch (field.type) {
    case 'number':
      if (!NUMBER_TEXT.test(text)) throw new ValidationError(path, `expected a number for ${field.label}, got ${JSON.stringify(value)}`);
      return String(Number(text));
    case 'date':
      return checkDay(path, text) ?? text;
    case 'choice':
    case 'multichoice':
      return checkOneOf(path, text, (field.options ?? []).map((option) => option.id));
    default: {
      if (characterCount(text) > MAX_FIELD_FILTER_LENGTH) throw new ValidationError(path, `must be at most ${MAX_FIELD_FILTER_LENGTH} characters`);
      const unsearchable = unstorableText(text);
      if (unsearchable) throw new ValidationError(path, unsearchable);
      return text;
    }
  }
}

function checkFieldFilters(value: unknown, model: TicketModel): FieldFilters {
  if (value === undefined || value === null) return DEFAULT_TICKET_QUERY.fields;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ValidationError('fields', 'expected an object of field filters');
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null && v !== '');
  if (entries.length === 0) return DEFAULT_TICKET_QUERY.fields;
  const result: Record<string, string> = {};
  for (const [id, raw] of entries.sort(([a], [b]) => (a < b ? -1 : 1))) {
    const field = model.field(id);
    if (!field?.filterable) throw new ValidationError(`fields.${id}`, `is not a filterable field of the model`);
    result[id] = checkFieldFilter(field, raw, `fields.${id}`);
  }
  return Object.freeze(result);
}

/** Longest team member or requester ID a filter accepts, in characters. */
export const MAX_FILTER_ID_LENGTH = 100;
// An ID as it may appear in a filter: no whitespace, no control characters.
const FILTER_ID = /^[^\s\p{Cc}]+$/u;

function checkFilterId(field: string, value: unknown, what: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || !FILTER_ID.test(value) || characterCount(value) > MAX_FILTER_ID_LENGTH || unstorableText(value) !== null) {
    throw new ValidationError(field, `expected ${what} (1 to ${MAX_FILTER_ID_LENGTH} characters, no spaces), got ${JSON.stringify(value)}`);
  }
  return value;
}

function checkAssignee(value: unknown): AssigneeFilter | null {
  return checkFilterId('assignee', value, "'me', 'unassigned' or a team member ID");
}

function checkPriorities(value: unknown, model: TicketModel): readonly string[] {
  if (value === null || value === undefined || value === '') return DEFAULT_TICKET_QUERY.priorities;
  // A comma list as written in a URL, or a list.
  const list: unknown[] = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value];
  const wanted = new Set<string>();
  for (const item of list) {
    if (typeof item !== 'string' || model.priority(item) === undefined) {
      const known = model.priorities.map((priority) => priority.id).join(', ');
      throw new ValidationError('priorities', `unknown priority ID ${JSON.stringify(item)}; expected some of ${known}`);
    }
    wanted.add(item);
  }
  if (wanted.size === 0) return DEFAULT_TICKET_QUERY.priorities;
  return Object.freeze(model.priorities.map((priority) => priority.id).filter((id) => wanted.has(id)));
}

function checkSort(value: unknown, model: TicketModel): TicketSortField {
  if (typeof value === 'string') {
    if ((TICKET_SORT_FIELDS as readonly string[]).includes(value)) return value as TicketSortField;
    const id = sortedField(value as TicketSortField);
    if (id !== null && model.field(id)?.sortable) return value as TicketSortField;
  }
  const sortable = [...TICKET_SORT_FIELDS, ...model.fields.filter((field) => field.sortable).map((field) => fieldSort(field.id))];
  throw new ValidationError('sort', `expected one of ${sortable.join(', ')}, got ${JSON.stringify(value)}`);
}

/**
 * Fills in defaults, trims the search text and checks every field against `model` (the seed's by default): the
 * status is `all`, `unsolved` or one of its statuses, field filters and sorts name its filterable and sortable fields.
 * @throws ValidationError naming the field, e.g. `page` for 0 or `createdTo` for a range that ends before it starts.
 */
export function normalizeQuery(input: Partial<TicketQuery> = {}, model: TicketModel = defaultTicketModel): TicketQuery {
  const merged = { ...DEFAULT_TICKET_QUERY, ...stripUndefined(input) };
  const search = merged.search;
  if (typeof search !== 'string') throw new ValidationError('search', `expected text, got ${typeof search}`);
  const trimmed = search.trim().replace(/\s+/g, ' ');
  // Characters (code points), as the OpenAPI document's maxLength counts: an emoji is one, not two.
  if (trimmed.length > MAX_SEARCH_LENGTH && characterCount(trimmed) > MAX_SEARCH_LENGTH) {
    throw new ValidationError('search', `must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  const unsearchable = unstorableText(trimmed);
  if (unsearchable) throw new ValidationError('search', unsearchable);
  const createdFrom = checkDay('createdFrom', merged.createdFrom);
  const createdTo = checkDay('createdTo', merged.createdTo);
  if (createdFrom && createdTo && createdTo < createdFrom) {
    throw new ValidationError('createdTo', `the range ends (${createdTo}) before it starts (${createdFrom})`);
  }
  return {
    status: checkOneOf('status', merged.status, ['all', 'unsolved', ...model.statuses.map((status) => status.id)]),
    assignee: checkAssignee(merged.assignee),
    priorities: checkPriorities(merged.priorities, model),
    requester: checkFilterId('requester', merged.requester, 'a requester ID'),
    fields: checkFieldFilters(merged.fields, model),
    createdFrom,
    createdTo,
    search: trimmed,
    sort: checkSort(merged.sort, model),
    direction: checkOneOf('direction', merged.direction, ['asc', 'desc'] as const),
    page: checkInteger('page', merged.page, 1, Number.MAX_SAFE_INTEGER),
    pageSize: checkInteger('pageSize', merged.pageSize, PAGE_SIZE_BOUNDS.min, PAGE_SIZE_BOUNDS.max),
    assistant: checkAssistant(merged.assistant),
    topic: normalizeTopic(merged.topic, 'topic'),
    handoffTopic: normalizeTopic(merged.handoffTopic, 'handoffTopic'),
  };
}

function checkAssistant(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > 200 || unstorableText(value)) {
    throw new ValidationError('assistant', `expected an assistant ID, got ${JSON.stringify(value)}`);
  }
  return value;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The number of pages for `total` tickets, at least 1 so an empty list still has a page 1. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Whether two field filters are the same. */
export function fieldFiltersEqual(a: FieldFilters, b: FieldFilters): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Whether two lists of priority IDs are the same, in the same order. */
export function prioritiesEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** Whether two queries ask for the same thing, page and all. */
export function queriesEqual(a: TicketQuery, b: TicketQuery): boolean {
  return (Object.keys(DEFAULT_TICKET_QUERY) as (keyof TicketQuery)[]).every((key) =>
    key === 'fields'
      ? fieldFiltersEqual(a.fields ?? {}, b.fields ?? {})
      : key === 'priorities'
        ? prioritiesEqual(a.priorities ?? [], b.priorities ?? [])
        : (a[key] ?? null) === (b[key] ?? null),
  );
}
