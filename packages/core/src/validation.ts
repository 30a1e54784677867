import type {
  ActivityChange,
  BulkUpdateItem,
  BulkUpdateOutcome,
  ListTicketsRequest,
  RejectedRecord,
  SavedView,
  SavedViewInput,
  SavedViewStore,
  SearchSnippet,
  TextInput,
  TicketActivity,
  TicketAdapter,
  TicketChangeEvent,
  TicketPage,
} from './adapter';
import { checkTimeZone } from './dates';
import { ConflictError, TicketError, ValidationError } from './errors';
import { checkBody, checkIdempotencyKey, checkPatch, checkTicketId, checkVersion } from './input';
import { defaultTicketModel, type TicketModel } from './model';
import { characterCount, unstorableText } from './input';
import { normalizeQuery, type TicketQuery } from './query';
import { parseMessage, parseNote, parseTeamMember, parseTicket } from './schema';
import type { Ticket } from './types';

function parseList<T>(value: unknown, path: string, parse: (item: unknown, itemPath: string) => T): T[] {
  if (!Array.isArray(value)) throw new ValidationError(path, `expected a list, got ${typeof value}`);
  return value.map((item, index) => parse(item, `${path}[${index}]`));
}

function checkCount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ValidationError(field, `expected a whole number of at least 0, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Checks a page returned by an adapter. Bad tickets are left out and listed in `rejected` with the field at fault,
 * so one malformed record never takes the list down; a malformed page as a whole throws `ValidationError`.
 */
export function parseTicketPage(value: unknown, path = 'listTickets', model: TicketModel = defaultTicketModel): TicketPage {
  if (typeof value !== 'object' || value === null) throw new ValidationError(path, 'expected a page object');
  const raw = value as Record<string, unknown>;
  if (!Array.isArray(raw.tickets)) throw new ValidationError(`${path}.tickets`, 'expected a list of tickets');
  const tickets: Ticket[] = [];
  const rejected: RejectedRecord[] = [];
  raw.tickets.forEach((item, index) => {
    try {
      tickets.push(parseTicket(item, `${path}.tickets[${index}]`, model));
    } catch (error) {
      const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : undefined;
      const failure = error as ValidationError;
      rejected.push({ index, ...(id === undefined ? {} : { id }), field: failure.field, message: failure.message });
    }
  });
  const page: TicketPage = {
    tickets,
    total: checkCount(raw.total, `${path}.total`),
    page: checkCount(raw.page, `${path}.page`),
    pageSize: checkCount(raw.pageSize, `${path}.pageSize`),
  };
  if (raw.statusCounts !== undefined && raw.statusCounts !== null) page.statusCounts = parseStatusCounts(raw.statusCounts, `${path}.statusCounts`, model);
  if (raw.snippets !== undefined && raw.snippets !== null) page.snippets = parseSnippets(raw.snippets, `${path}.snippets`);
  return rejected.length > 0 ? { ...page, rejected } : page;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks `statusCounts`: a whole number for every status of the model, and nothing else. */
function parseStatusCounts(value: unknown, path: string, model: TicketModel): Readonly<Record<string, number>> {
  if (!isObject(value)) throw new ValidationError(path, 'expected an object of counts by status ID');
  const counts: Record<string, number> = {};
  for (const status of model.statuses) counts[status.id] = checkCount(value[status.id], `${path}.${status.id}`);
  for (const key of Object.keys(value)) if (!(key in counts)) throw new ValidationError(`${path}.${key}`, 'is not a status of the model');
  return counts;
}

/** Checks one search snippet: its text, and highlights in order inside it. */
export function parseSnippet(value: unknown, path = 'snippet'): SearchSnippet {
  if (!isObject(value)) throw new ValidationError(path, 'expected a snippet object');
  if (value.source !== 'message' && value.source !== 'note') throw new ValidationError(`${path}.source`, `expected message or note, got ${JSON.stringify(value.source)}`);
  if (typeof value.text !== 'string') throw new ValidationError(`${path}.text`, 'expected text');
  const text = value.text;
  if (!Array.isArray(value.highlights)) throw new ValidationError(`${path}.highlights`, 'expected a list of [start, end] pairs');
  let previousEnd = 0;
  const highlights = value.highlights.map((pair: unknown, index: number): readonly [number, number] => {
    const where = `${path}.highlights[${index}]`;
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((n) => Number.isInteger(n))) throw new ValidationError(where, 'expected [start, end] as whole numbers');
    const [start, end] = pair as [number, number];
    if (start < previousEnd || end <= start || end > text.length) {
      throw new ValidationError(where, `expected a range inside the text (length ${text.length}), after the previous one, got [${start}, ${end}]`);
    }
    previousEnd = end;
    return [start, end];
  });
  return { source: value.source, text, highlights };
}

function parseSnippets(value: unknown, path: string): Readonly<Record<string, SearchSnippet>> {
  if (!isObject(value)) throw new ValidationError(path, 'expected an object of snippets by ticket ID');
  const snippets: Record<string, SearchSnippet> = {};
  for (const [id, snippet] of Object.entries(value)) snippets[id] = parseSnippet(snippet, `${path}.${id}`);
  return snippets;
}

function parseAssigneeOrNull(value: unknown, path: string): { id: string; name: string } | null {
  if (value === null) return null;
  if (!isObject(value) || typeof value.id !== 'string' || value.id === '' || typeof value.name !== 'string') {
    throw new ValidationError(path, 'expected a team member { id, name } or null');
  }
  return { id: value.id, name: value.name };
}

function parseFieldValue(value: unknown, path: string): string | number | readonly string[] | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...(value as string[])];
  throw new ValidationError(path, 'expected a field value: text, a number, a list of option IDs or null');
}

function parseChange(value: unknown, path: string): ActivityChange {
  if (!isObject(value)) throw new ValidationError(path, 'expected a change object');
  const text = (key: 'from' | 'to') => {
    if (typeof value[key] !== 'string') throw new ValidationError(`${path}.${key}`, `expected an ID, got ${JSON.stringify(value[key])}`);
    return value[key];
  };
  switch (value.kind) {
    case 'status':
    case 'priority':
      return { kind: value.kind, from: text('from'), to: text('to') };
    case 'assignee':
      return { kind: 'assignee', from: parseAssigneeOrNull(value.from, `${path}.from`), to: parseAssigneeOrNull(value.to, `${path}.to`) };
    case 'field':
      if (typeof value.fieldId !== 'string' || value.fieldId === '') throw new ValidationError(`${path}.fieldId`, 'expected a field ID');
      return { kind: 'field', fieldId: value.fieldId, from: parseFieldValue(value.from, `${path}.from`), to: parseFieldValue(value.to, `${path}.to`) };
    default:
      throw new ValidationError(`${path}.kind`, `expected status, priority, assignee or field, got ${JSON.stringify(value.kind)}`);
  }
}

/** Checks one history event from an adapter. @throws ValidationError naming the bad field. */
export function parseActivity(value: unknown, path = 'activity'): TicketActivity {
  if (!isObject(value)) throw new ValidationError(path, 'expected an activity object');
  for (const key of ['id', 'ticketId'] as const) {
    if (typeof value[key] !== 'string' || value[key] === '') throw new ValidationError(`${path}.${key}`, `expected an ID, got ${JSON.stringify(value[key])}`);
  }
  if (typeof value.createdAt !== 'string' || Number.isNaN(Date.parse(value.createdAt))) {
    throw new ValidationError(`${path}.createdAt`, 'expected an ISO 8601 date-time');
  }
  return {
    id: value.id as string,
    ticketId: value.ticketId as string,
    createdAt: value.createdAt,
    actor: parseAssigneeOrNull(value.actor, `${path}.actor`),
    change: parseChange(value.change, `${path}.change`),
  };
}

/** Checks one saved view from an adapter. @throws ValidationError naming the bad field. */
export function parseSavedView(value: unknown, path = 'savedView', model: TicketModel = defaultTicketModel): SavedView {
  if (!isObject(value)) throw new ValidationError(path, 'expected a saved view object');
  if (typeof value.id !== 'string' || value.id === '') throw new ValidationError(`${path}.id`, 'expected an ID');
  for (const key of ['createdAt', 'updatedAt'] as const) {
    if (typeof value[key] !== 'string' || Number.isNaN(Date.parse(value[key]))) throw new ValidationError(`${path}.${key}`, 'expected an ISO 8601 date-time');
  }
  const input = checkSavedViewInput(value, path, model, false) as SavedViewInput;
  return { id: value.id, ...input, createdAt: value.createdAt as string, updatedAt: value.updatedAt as string };
}

/** Longest saved view name, in characters. */
export const MAX_VIEW_NAME_LENGTH = 80;

/**
 * Checks what a saved view is made from (or, with `partial`, changed by): a name that is not blank, a query valid
 * under `model` (its page left out), columns as a list of names, a density. Returns it normalised.
 * @throws ValidationError naming the field, e.g. `name` or `query.priorities`.
 */
export function checkSavedViewInput(value: unknown, path: string, model: TicketModel, partial: boolean): Partial<SavedViewInput> {
  if (!isObject(value)) throw new ValidationError(path || 'view', 'expected an object');
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const result: Partial<SavedViewInput> = {};
  if (value.name !== undefined || !partial) {
    if (typeof value.name !== 'string' || value.name.trim() === '') throw new ValidationError(at('name'), 'must not be empty');
    const name = value.name.trim();
    if (characterCount(name) > MAX_VIEW_NAME_LENGTH) throw new ValidationError(at('name'), `must be at most ${MAX_VIEW_NAME_LENGTH} characters`);
    const problem = unstorableText(name);
    if (problem) throw new ValidationError(at('name'), problem);
    result.name = name;
  }
  if (value.query !== undefined || !partial) {
    if (!isObject(value.query)) throw new ValidationError(at('query'), 'expected a query object');
    try {
      const { page: _page, ...query } = normalizeQuery({ ...(value.query as Partial<TicketQuery>), page: 1 }, model);
      result.query = query;
    } catch (error) {
      if (error instanceof ValidationError) {
        const prefix = `${error.field}: `;
        throw new ValidationError(at(`query.${error.field}`), error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message);
      }
      throw error;
    }
  }
  if (value.columns !== undefined) {
    if (!Array.isArray(value.columns) || !value.columns.every((column) => typeof column === 'string' && column !== '' && column.length <= 100)) {
      throw new ValidationError(at('columns'), 'expected a list of column names');
    }
    result.columns = [...(value.columns as string[])];
  }
  if (value.density !== undefined) {
    if (value.density !== 'comfortable' && value.density !== 'compact') throw new ValidationError(at('density'), `expected comfortable or compact, got ${JSON.stringify(value.density)}`);
    result.density = value.density;
  }
  if (partial && Object.keys(result).length === 0) throw new ValidationError(path || 'changes', 'changes nothing');
  return result;
}

function checkBulkItems(changes: unknown, model: TicketModel): BulkUpdateItem[] {
  if (!Array.isArray(changes)) throw new ValidationError('changes', 'expected a list of changes');
  return changes.map((item: unknown, index) => {
    if (!isObject(item)) throw new ValidationError(`changes[${index}]`, 'expected { ticketId, patch, expectedVersion }');
    return {
      ticketId: checkTicketId(item.ticketId, `changes[${index}].ticketId`),
      patch: checkPatch(item.patch, `changes[${index}].patch`, model),
      expectedVersion: checkVersion(item.expectedVersion, `changes[${index}].expectedVersion`),
    };
  });
}

/** Checks the outcomes of a bulk update: one per item, same ticket IDs in the same order. */
export function parseBulkOutcomes(value: unknown, changes: readonly BulkUpdateItem[], path = 'updateTickets', model: TicketModel = defaultTicketModel): BulkUpdateOutcome[] {
  if (!Array.isArray(value)) throw new ValidationError(path, 'expected a list of outcomes');
  if (value.length !== changes.length) throw new ValidationError(path, `expected ${changes.length} outcomes, one per change, got ${value.length}`);
  return value.map((outcome: unknown, index): BulkUpdateOutcome => {
    const where = `${path}[${index}]`;
    if (!isObject(outcome)) throw new ValidationError(where, 'expected an outcome object');
    const ticketId = changes[index]!.ticketId;
    if (outcome.ticketId !== ticketId) throw new ValidationError(`${where}.ticketId`, `expected ${JSON.stringify(ticketId)} (outcomes come in the order of the changes), got ${JSON.stringify(outcome.ticketId)}`);
    if (outcome.ok === true) return { ticketId, ok: true, ticket: parseTicket(outcome.ticket, `${where}.ticket`, model) };
    if (outcome.ok !== false || !(outcome.error instanceof TicketError)) throw new ValidationError(where, 'expected { ok: true, ticket } or { ok: false, error } with a typed error');
    const error = outcome.error;
    if (error instanceof ConflictError && error.current !== undefined) {
      const current = parseTicket(error.current, `${where}.error.current`, model);
      return { ticketId, ok: false, error: new ConflictError(error.message, { expectedVersion: error.expectedVersion, actualVersion: error.actualVersion, current }) };
    }
    return { ticketId, ok: false, error };
  });
}

function validatedViews(store: SavedViewStore, model: TicketModel): SavedViewStore {
  const checkId = (id: unknown) => {
    if (typeof id !== 'string' || id === '') throw new ValidationError('id', `expected a saved view ID, got ${JSON.stringify(id)}`);
    return id;
  };
  return {
    list: async (options) => parseList(await store.list(options), 'savedViews.list', (item, at) => parseSavedView(item, at, model)),
    create: async (input, options) =>
      parseSavedView(await store.create(checkSavedViewInput(input, '', model, false) as SavedViewInput, options), 'savedViews.create', model),
    update: async (id, changes, options) =>
      parseSavedView(await store.update(checkId(id), checkSavedViewInput(changes, '', model, true), options), 'savedViews.update', model),
    remove: async (id, options) => {
      await store.remove(checkId(id), options);
    },
  };
}

function checkEventTicketId(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') throw new ValidationError(`${path}.ticketId`, 'expected a ticket ID');
  return value;
}

/**
 * Checks a live change event from an adapter's `subscribe`. Events are as untrusted as any other answer: a malformed
 * ticket, message or note here would go straight into the caches.
 * @throws ValidationError naming the field, e.g. `subscribe.ticket.requester.email`.
 */
export function parseChangeEvent(value: unknown, path = 'subscribe', model: TicketModel = defaultTicketModel): TicketChangeEvent {
  if (typeof value !== 'object' || value === null) throw new ValidationError(path, 'expected an event object');
  const raw = value as Record<string, unknown>;
  switch (raw.type) {
    case 'ticket.created':
    case 'ticket.updated':
      return { type: raw.type, ticket: parseTicket(raw.ticket, `${path}.ticket`, model) };
    case 'message.added':
      return { type: raw.type, ticketId: checkEventTicketId(raw.ticketId, path), message: parseMessage(raw.message, `${path}.message`) };
    case 'note.added':
      return { type: raw.type, ticketId: checkEventTicketId(raw.ticketId, path), note: parseNote(raw.note, `${path}.note`) };
    case 'activity.added':
      return { type: raw.type, ticketId: checkEventTicketId(raw.ticketId, path), activity: parseActivity(raw.activity, `${path}.activity`) };
    default:
      throw new ValidationError(`${path}.type`, `unknown event type ${JSON.stringify(raw.type)}`);
  }
}

function checkRequest(request: ListTicketsRequest, model: TicketModel): ListTicketsRequest {
  const query: ListTicketsRequest = normalizeQuery(request, model);
  if (request?.countByStatus !== undefined) {
    if (typeof request.countByStatus !== 'boolean') throw new ValidationError('countByStatus', `expected true or false, got ${JSON.stringify(request.countByStatus)}`);
    query.countByStatus = request.countByStatus;
  }
  return request?.timeZone === undefined ? query : { ...query, timeZone: checkTimeZone(request.timeZone) };
}

function checkText(input: TextInput): TextInput {
  const body = checkBody(input?.body);
  const idempotencyKey = checkIdempotencyKey(input?.idempotencyKey);
  return idempotencyKey === undefined ? { body } : { body, idempotencyKey };
}

/**
 * Wraps an adapter so that both sides of every call are checked at the boundary, against `model` (the seed's by
 * default):
 *
 * - **What ticketkit sends** — the query (normalised), ticket IDs, the patch, the version, the text and its
 *   idempotency key — is checked before the adapter is called, which is never called with bad input: it rejects with
 *   a `ValidationError` naming the field. An adapter only translates.
 * - **What the adapter returns** is checked too: a malformed record rejects with a `ValidationError` naming the field
 *   (`getTicket.requester.email`); in a list page, bad records are left out and reported in `rejected`; a malformed
 *   live event is dropped (the next fetch shows the record's own error).
 *
 * `TicketsProvider` applies it to every adapter it is given, with its `model`.
 */
export function withValidation(adapter: TicketAdapter, model: TicketModel = defaultTicketModel): TicketAdapter {
  const validated: { -readonly [K in keyof TicketAdapter]: TicketAdapter[K] } = {
    listTickets: async (request, options) => parseTicketPage(await adapter.listTickets(checkRequest(request, model), options), 'listTickets', model),
    getTicket: async (id, options) => parseTicket(await adapter.getTicket(checkTicketId(id), options), 'getTicket', model),
    listMessages: async (id, options) => parseList(await adapter.listMessages(checkTicketId(id), options), 'listMessages', parseMessage),
    listNotes: async (id, options) => parseList(await adapter.listNotes(checkTicketId(id), options), 'listNotes', parseNote),
    listTeamMembers: async (options) =>
      parseList(await adapter.listTeamMembers(options), 'listTeamMembers', parseTeamMember),
    updateTicket: async (id, patch, version, options) => {
      const checked = [checkTicketId(id), checkPatch(patch, 'patch', model), checkVersion(version)] as const;
      return parseTicket(await adapter.updateTicket(...checked, options), 'updateTicket', model);
    },
    addNote: async (id, input, options) => parseNote(await adapter.addNote(checkTicketId(id), checkText(input), options), 'addNote'),
    sendReply: async (id, input, options) => {
      const result = await adapter.sendReply(checkTicketId(id), checkText(input), options);
      return {
        message: parseMessage(result?.message, 'sendReply.message'),
        ticket: parseTicket(result?.ticket, 'sendReply.ticket', model),
      };
    },
  };
  if (adapter.capabilities) validated.capabilities = { ...adapter.capabilities };
  if (adapter.updateTickets) {
    const updateTickets = adapter.updateTickets.bind(adapter);
    validated.updateTickets = async (changes, options) => {
      const checked = checkBulkItems(changes, model);
      return parseBulkOutcomes(await updateTickets(checked, options), checked, 'updateTickets', model);
    };
  }
  if (adapter.savedViews) validated.savedViews = validatedViews(adapter.savedViews, model);
  if (adapter.listActivity) {
    const listActivity = adapter.listActivity.bind(adapter);
    validated.listActivity = async (id, options) => parseList(await listActivity(checkTicketId(id), options), 'listActivity', parseActivity);
  }
  if (adapter.getInsights) {
    const getInsights = adapter.getInsights.bind(adapter);
    validated.getInsights = async (request, options) => {
      // Loaded with the first insights request: the list's first screen does not carry the range checks.
      const { resolveInsightsRequest } = await import('./insights/request');
      resolveInsightsRequest(request);
      const insights = await getInsights(request, options);
      if (typeof insights !== 'object' || insights === null || typeof insights.overall !== 'object' || !Array.isArray(insights.assistants) || !Array.isArray(insights.recurringIssues)) {
        throw new ValidationError('getInsights', 'expected insights with overall, assistants and recurringIssues');
      }
      return insights;
    };
  }
  if (adapter.subscribe) {
    const subscribe = adapter.subscribe.bind(adapter);
    validated.subscribe = (listener) =>
      subscribe((event) => {
        let checked: TicketChangeEvent;
        try {
          checked = parseChangeEvent(event, 'subscribe', model);
        } catch {
          // Like a bad record in a page, one bad event must not take the panel down: leave it out.
          return;
        }
        listener(checked);
      });
  }
  return validated;
}
