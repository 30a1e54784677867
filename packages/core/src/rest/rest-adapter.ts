import type {
  BulkUpdateItem,
  BulkUpdateOutcome,
  CallOptions,
  ListTicketsRequest,
  ReplyResult,
  SavedView,
  SavedViewInput,
  SavedViewStore,
  TicketActivity,
  TicketAdapter,
  TicketPage,
} from '../adapter';
import { isAbortError, throwIfAborted, TicketError, UnavailableError, ValidationError } from '../errors';
import { checkBody, checkIdempotencyKey, checkPatch, checkTicketId, checkVersion } from '../input';
import { parseMessage, parseNote, parseTeamMember, parseTicket } from '../schema';
import type { Message, Note, TeamMember, Ticket } from '../types';
import { checkSavedViewInput, parseActivity, parseSavedView, parseTicketPage } from '../validation';
import { defaultTicketModel, type TicketModel } from '../model';
import { FIELD_FILTER_URL_PREFIX } from '../query-url';
import { errorFromStatus, type RequestContext } from './http-errors';
import { resolveInsightsRequest } from '../insights/request';
import { DEFAULT_TICKET_QUERY, type TicketQuery } from '../query';
import type { AssistantInsights, InsightFigures, InsightGroup, InsightsRequest, TicketInsights } from '../insights/types';


/** Headers sent with every request, or a function that returns them (e.g. a fresh access token). */
export type RestHeaders = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** Where the API is and how to reach it. */
export interface RestAdapterOptions {
  /** The API root, e.g. `https://support.example.com/api`; paths such as `/tickets` are appended to it. */
  baseUrl: string;
  /** The `fetch` to use; defaults to the global one. Pass one to add retries, logging or a test double. */
  fetch?: typeof globalThis.fetch;
  /** Sent with every request, typically `{ Authorization: 'Bearer …' }`. */
  headers?: RestHeaders;
  /**
   * How long a request may take, body included, before it is given up with `UnavailableError`, in ms. Default
   * 30,000; `0` waits for ever. Without it a stalled backend would leave the panel loading with no reason shown.
   */
  timeoutMs?: number;
  /**
   * The ticket model the server follows (its statuses, priorities and custom fields): the same object given to
   * `TicketsProvider` and the server's configuration. Patches are checked against it before they are sent, and the
   * tickets that come back after. Default: core's `defaultTicketModel`.
   */
  model?: TicketModel;
}

/** Default of `RestAdapterOptions.timeoutMs`. */
export const DEFAULT_REST_TIMEOUT_MS = 30_000;

/**
 * The list parameters, in the order the OpenAPI description documents them. Custom field filters follow them, one
 * `f.<field ID>` parameter each (core's `FIELD_FILTER_URL_PREFIX`, as in the panel's own URL).
 */
const LIST_PARAMS = ['status', 'assignee', 'requester', 'assistant', 'topic', 'handoffTopic', 'createdFrom', 'createdTo', 'search', 'sort', 'direction', 'page', 'pageSize', 'timeZone'] as const;

/** Most items the server takes in one bulk update (`LIMITS.bulkItems` of the reference server); more go in several requests. */
export const REST_BULK_BATCH = 100;

/** The HTTP status the documented error `code` of a bulk outcome stands for, to type it as a failed request would be. */
const STATUS_OF_CODE: Record<string, number> = { not_found: 404, forbidden: 403, conflict: 409, validation: 400, unavailable: 503 };

function listItems<T>(body: unknown, key: string, path: string, parse: (value: unknown, path: string) => T): T[] {
  const list = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) throw new ValidationError(`${path}.${key}`, 'expected a list');
  return list.map((item, index) => parse(item, `${path}.${key}[${index}]`));
}

/**
 * An adapter for the documented ticketkit HTTP API (`openapi.yaml` of the reference server). HTTP failures become
 * typed errors, aborting a call aborts its request, and every response is checked before it is returned.
 *
 * @example createRestAdapter({ baseUrl: 'http://127.0.0.1:8787/api', headers: { Authorization: `Bearer ${token}` } })
 */
export function createRestAdapter(options: RestAdapterOptions): TicketAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_REST_TIMEOUT_MS;
  const model = options.model ?? defaultTicketModel;

  /** The host's headers; a host function that throws is a typed failure like any other, not a stray rejection. */
  async function requestHeaders(): Promise<Headers> {
    try {
      return new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UnavailableError(`Could not prepare the request's headers (options.headers): ${reason}`, { cause: error });
    }
  }

  async function request(
    method: 'GET' | 'PATCH' | 'POST' | 'DELETE',
    path: string,
    call: CallOptions | undefined,
    init: { query?: URLSearchParams; body?: unknown; context?: RequestContext; idempotencyKey?: string | undefined } = {},
  ): Promise<unknown> {
    const signal = call?.signal;
    throwIfAborted(signal);
    const headers = await requestHeaders();
    throwIfAborted(signal);
    headers.set('Accept', 'application/json');
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    if (init.idempotencyKey !== undefined) headers.set('Idempotency-Key', init.idempotencyKey);
    const query = init.query?.toString();
    const url = `${base}${path}${query ? `?${query}` : ''}`;
    let response: Response;
    let text: string;
    // One signal for fetch: the caller's abort (passed on with its own reason) or the timeout.
    const controller = new AbortController();
    const forwardAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener('abort', forwardAbort, { once: true });
    let timedOut = false;
    const timer = timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
    try {
      response = await doFetch(url, {
        method,
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      // An abort rejects with the signal's own reason, never wrapped: callers tell it apart from a failure.
      if (signal?.aborted) throwIfAborted(signal);
      if (timedOut) {
        throw new UnavailableError(`The ticket service did not answer within ${timeoutMs.toLocaleString('en-US')} ms`, { cause: error });
      }
      if (isAbortError(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new UnavailableError(`Could not reach the ticket service: ${reason}`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
    throwIfAborted(signal);
    let body: unknown = undefined;
    let parsed = text === '';
    if (!parsed) {
      try {
        body = JSON.parse(text);
        parsed = true;
      } catch {
        body = undefined;
      }
    }
    if (!response.ok) throw errorFromStatus(response.status, body, init.context);
    if (!parsed) throw new ValidationError('response', `expected JSON from ${method} ${path}`);
    return body;
  }

  const ticketPath = (ticketId: string) => `/tickets/${encodeURIComponent(checkTicketId(ticketId))}`;

  /** One outcome of the server's bulk update as the typed outcome the contract promises. */
  function bulkOutcome(raw: unknown, item: BulkUpdateItem, index: number, path: string): BulkUpdateOutcome {
    const outcome = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (outcome.ticketId !== item.ticketId) {
      throw new ValidationError(`${path}.ticketId`, `expected ${JSON.stringify(item.ticketId)} (outcomes come in the order sent), got ${JSON.stringify(outcome.ticketId)}`);
    }
    if (outcome.ok === true) return { ticketId: item.ticketId, ok: true, ticket: parseTicket(outcome.ticket, `${path}.ticket`, model) };
    if (outcome.ok !== false || typeof outcome.error !== 'object' || outcome.error === null) {
      throw new ValidationError(path, 'expected { ok: true, ticket } or { ok: false, error }');
    }
    const body = outcome.error as Record<string, unknown>;
    const status = typeof body.code === 'string' ? (STATUS_OF_CODE[body.code] ?? 500) : 500;
    const readCurrent = (value: unknown) => parseTicket(value, `${path}.error.currentTicket`, model);
    let error = errorFromStatus(status, { error: body }, { ticketId: item.ticketId, expectedVersion: item.expectedVersion, readCurrent });
    if (error instanceof ValidationError) {
      // The server names the field within the item (`patch.status`); the contract names it within the call.
      const prefix = `${error.field}: `;
      const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      error = new ValidationError(`changes[${index}].${error.field}`, message);
    }
    return { ticketId: item.ticketId, ok: false, error };
  }

  const viewPath = (id: string) => {
    if (typeof id !== 'string' || id === '') throw new ValidationError('id', `expected a saved view ID, got ${JSON.stringify(id)}`);
    return `/views/${encodeURIComponent(id)}`;
  };
  const savedViews: SavedViewStore = {
    async list(call?: CallOptions): Promise<SavedView[]> {
      return listItems(await request('GET', '/views', call), 'views', 'savedViews.list', (item, at) => parseSavedView(item, at, model));
    },
    async create(input: SavedViewInput, call?: CallOptions): Promise<SavedView> {
      const body = checkSavedViewInput(input, '', model, false);
      return parseSavedView(await request('POST', '/views', call, { body }), 'savedViews.create', model);
    },
    async update(id: string, changes: Partial<SavedViewInput>, call?: CallOptions): Promise<SavedView> {
      const path = viewPath(id);
      const body = checkSavedViewInput(changes, '', model, true);
      return parseSavedView(await request('PATCH', path, call, { body, context: { resource: 'Saved view', id } }), 'savedViews.update', model);
    },
    async remove(id: string, call?: CallOptions): Promise<void> {
      await request('DELETE', viewPath(id), call, { context: { resource: 'Saved view', id } });
    },
  };

  return {
    capabilities: { statusCounts: true },

    savedViews,

    async listTickets(listRequest: ListTicketsRequest, call?: CallOptions): Promise<TicketPage> {
      const query = new URLSearchParams();
      for (const key of LIST_PARAMS) {
        const value = listRequest[key];
        if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
      }
      // Several priorities are one comma list, as in the panel's own URL.
      if (listRequest.priorities && listRequest.priorities.length > 0) query.set('priority', listRequest.priorities.join(','));
      if (listRequest.countByStatus) query.set('countByStatus', 'true');
      for (const [fieldId, value] of Object.entries(listRequest.fields ?? {})) {
        if (value !== undefined && value !== null && value !== '') query.set(FIELD_FILTER_URL_PREFIX + fieldId, String(value));
      }
      let body: unknown;
      try {
        body = await request('GET', '/tickets', call, { query });
      } catch (error) {
        // The server names the URL parameter (`priority`); the request's field is `priorities`.
        if (error instanceof ValidationError && error.field === 'priority') {
          const prefix = 'priority: ';
          throw new ValidationError('priorities', error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message);
        }
        throw error;
      }
      return parseTicketPage(body, 'listTickets', model);
    },

    async getTicket(ticketId: string, call?: CallOptions): Promise<Ticket> {
      return parseTicket(await request('GET', ticketPath(ticketId), call, { context: { ticketId } }), 'getTicket', model);
    },

    async listMessages(ticketId: string, call?: CallOptions): Promise<Message[]> {
      const body = await request('GET', `${ticketPath(ticketId)}/messages`, call, { context: { ticketId } });
      return listItems(body, 'messages', 'listMessages', parseMessage);
    },

    async listNotes(ticketId: string, call?: CallOptions): Promise<Note[]> {
      const body = await request('GET', `${ticketPath(ticketId)}/notes`, call, { context: { ticketId } });
      return listItems(body, 'notes', 'listNotes', parseNote);
    },

    async listTeamMembers(call?: CallOptions): Promise<TeamMember[]> {
      return listItems(await request('GET', '/team-members', call), 'teamMembers', 'listTeamMembers', parseTeamMember);
    },

    async updateTicket(ticketId, patch, expectedVersion, call?: CallOptions): Promise<Ticket> {
      const body = { expectedVersion: checkVersion(expectedVersion), patch: checkPatch(patch, 'patch', model) };
      const readCurrent = (value: unknown) => parseTicket(value, 'updateTicket.error.currentTicket', model);
      const result = await request('PATCH', ticketPath(ticketId), call, { body, context: { ticketId, expectedVersion, readCurrent } });
      return parseTicket(result, 'updateTicket', model);
    },

    async updateTickets(changes: readonly BulkUpdateItem[], call?: CallOptions): Promise<BulkUpdateOutcome[]> {
      if (!Array.isArray(changes)) throw new ValidationError('changes', 'expected a list of changes');
      const outcomes: BulkUpdateOutcome[] = new Array(changes.length);
      // Each item is checked here as the server would: a bad one is refused alone, the others are still sent.
      const sendable: { index: number; item: BulkUpdateItem }[] = [];
      changes.forEach((change, index) => {
        try {
          // Named as the memory adapter names them: `changes[3].patch.status`.
          const item = {
            ticketId: checkTicketId(change?.ticketId, `changes[${index}].ticketId`),
            patch: checkPatch(change?.patch, `changes[${index}].patch`, model),
            expectedVersion: checkVersion(change?.expectedVersion, `changes[${index}].expectedVersion`),
          };
          sendable.push({ index, item });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          outcomes[index] = { ticketId: String(change?.ticketId ?? ''), ok: false, error };
        }
      });
      for (let start = 0; start < sendable.length; start += REST_BULK_BATCH) {
        const batch = sendable.slice(start, start + REST_BULK_BATCH);
        let body: unknown;
        try {
          body = await request('POST', '/tickets/bulk-update', call, { body: { items: batch.map(({ item }) => item) } });
        } catch (error) {
          // An abort stops the whole call; a failed request fails its own items only (earlier batches were written).
          if (call?.signal?.aborted || isAbortError(error) || !(error instanceof TicketError)) throw error;
          for (const { index, item } of batch) outcomes[index] = { ticketId: item.ticketId, ok: false, error };
          continue;
        }
        const raw = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).outcomes : undefined;
        if (!Array.isArray(raw) || raw.length !== batch.length) {
          throw new ValidationError('updateTickets.outcomes', `expected ${batch.length} outcomes, one per item sent`);
        }
        batch.forEach(({ index, item }, k) => {
          outcomes[index] = bulkOutcome(raw[k], item, index, `updateTickets.outcomes[${index}]`);
        });
      }
      return outcomes;
    },

    async listActivity(ticketId: string, call?: CallOptions): Promise<TicketActivity[]> {
      const body = await request('GET', `${ticketPath(ticketId)}/activity`, call, { context: { ticketId } });
      return listItems(body, 'activity', 'listActivity', parseActivity);
    },

    async getInsights(insightsRequest: InsightsRequest, call?: CallOptions): Promise<TicketInsights> {
      // Checked here as the memory adapter checks it, so a bad request fails alike without a round trip.
      const resolved = resolveInsightsRequest(insightsRequest);
      const query = new URLSearchParams({ createdFrom: resolved.createdFrom, createdTo: resolved.createdTo, timeZone: resolved.timeZone });
      if (resolved.assistantId !== null) query.set('assistantId', resolved.assistantId);
      const context = resolved.assistantId === null ? {} : { resource: 'Assistant', id: resolved.assistantId };
      return parseInsights(await request('GET', '/insights', call, { query, context }), 'getInsights');
    },

    async addNote(ticketId, input, call?: CallOptions): Promise<Note> {
      const body = { body: checkBody(input?.body) };
      const idempotencyKey = checkIdempotencyKey(input?.idempotencyKey);
      const result = await request('POST', `${ticketPath(ticketId)}/notes`, call, { body, idempotencyKey, context: { ticketId } });
      return parseNote(result, 'addNote');
    },

    async sendReply(ticketId, input, call?: CallOptions): Promise<ReplyResult> {
      const body = { body: checkBody(input?.body) };
      const idempotencyKey = checkIdempotencyKey(input?.idempotencyKey);
      const result = await request('POST', `${ticketPath(ticketId)}/replies`, call, { body, idempotencyKey, context: { ticketId } });
      const raw = (typeof result === 'object' && result !== null ? result : {}) as Record<string, unknown>;
      return { message: parseMessage(raw.message, 'sendReply.message'), ticket: parseTicket(raw.ticket, 'sendReply.ticket', model) };
    },
  };
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ValidationError(path, 'expected an object');
  return value as Record<string, unknown>;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ValidationError(path, 'expected text');
  return value;
}

function count(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new ValidationError(path, 'expected a count');
  return value;
}

function duration(value: unknown, path: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ValidationError(path, 'expected milliseconds or null');
  return value;
}

function list<T>(value: unknown, path: string, parse: (item: unknown, at: string) => T): T[] {
  if (!Array.isArray(value)) throw new ValidationError(path, 'expected a list');
  return value.map((item, index) => parse(item, `${path}[${index}]`));
}

/** A list query an insight opens: only fields of a list query. */
function listQuery(value: unknown, path: string): Partial<TicketQuery> {
  const raw = record(value, path);
  for (const key of Object.keys(raw)) if (!Object.hasOwn(DEFAULT_TICKET_QUERY, key)) throw new ValidationError(`${path}.${key}`, 'is not a field of a list query');
  return raw as Partial<TicketQuery>;
}

function parseFigures(value: unknown, path: string): InsightFigures {
  const raw = record(value, path);
  return {
    raised: count(raw.raised, `${path}.raised`),
    unsolved: count(raw.unsolved, `${path}.unsolved`),
    medianFirstReplyMs: duration(raw.medianFirstReplyMs, `${path}.medianFirstReplyMs`),
    medianTimeToCloseMs: duration(raw.medianTimeToCloseMs, `${path}.medianTimeToCloseMs`),
    reopened: count(raw.reopened, `${path}.reopened`),
    perDay: list(raw.perDay, `${path}.perDay`, (item, at) => {
      const day = record(item, at);
      return { day: text(day.day, `${at}.day`), count: count(day.count, `${at}.count`) };
    }),
  };
}

function parseGroup(value: unknown, path: string): InsightGroup {
  const raw = record(value, path);
  return {
    phrase: text(raw.phrase, `${path}.phrase`),
    count: count(raw.count, `${path}.count`),
    previousCount: count(raw.previousCount, `${path}.previousCount`),
    exampleTicketIds: list(raw.exampleTicketIds, `${path}.exampleTicketIds`, text),
    query: listQuery(raw.query, `${path}.query`),
  };
}

/** Checks the body of `GET /insights`. @throws ValidationError naming the place, e.g. `getInsights.assistants[1].figures.raised`. */
function parseInsights(value: unknown, path: string): TicketInsights {
  const raw = record(value, path);
  return {
    createdFrom: text(raw.createdFrom, `${path}.createdFrom`),
    createdTo: text(raw.createdTo, `${path}.createdTo`),
    timeZone: text(raw.timeZone, `${path}.timeZone`),
    previousFrom: text(raw.previousFrom, `${path}.previousFrom`),
    previousTo: text(raw.previousTo, `${path}.previousTo`),
    overall: parseFigures(raw.overall, `${path}.overall`),
    query: listQuery(raw.query, `${path}.query`),
    assistants: list(raw.assistants, `${path}.assistants`, (item, at): AssistantInsights => {
      const entry = record(item, at);
      const assistant = record(entry.assistant, `${at}.assistant`);
      return {
        assistant: { id: text(assistant.id, `${at}.assistant.id`), name: text(assistant.name, `${at}.assistant.name`) },
        figures: parseFigures(entry.figures, `${at}.figures`),
        handoffQuestions: list(entry.handoffQuestions, `${at}.handoffQuestions`, parseGroup),
        query: listQuery(entry.query, `${at}.query`),
      };
    }),
    recurringIssues: list(raw.recurringIssues, `${path}.recurringIssues`, parseGroup),
  };
}
