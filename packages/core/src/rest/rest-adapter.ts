import type { CallOptions, ListTicketsRequest, ReplyResult, TicketAdapter, TicketPage } from '../adapter';
import { isAbortError, throwIfAborted, UnavailableError, ValidationError } from '../errors';
import { checkBody, checkIdempotencyKey, checkPatch, checkTicketId, checkVersion } from '../input';
import { parseMessage, parseNote, parseTeamMember, parseTicket } from '../schema';
import type { Message, Note, TeamMember, Ticket } from '../types';
import { parseTicketPage } from '../validation';
import { defaultTicketModel, type TicketModel } from '../model';
import { FIELD_FILTER_URL_PREFIX } from '../query-url';
import { errorFromStatus, type RequestContext } from './http-errors';

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
const LIST_PARAMS = ['status', 'createdFrom', 'createdTo', 'search', 'sort', 'direction', 'page', 'pageSize', 'timeZone'] as const;

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
    method: 'GET' | 'PATCH' | 'POST',
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

  return {
    async listTickets(listRequest: ListTicketsRequest, call?: CallOptions): Promise<TicketPage> {
      const query = new URLSearchParams();
      for (const key of LIST_PARAMS) {
        const value = listRequest[key];
        if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
      }
      for (const [fieldId, value] of Object.entries(listRequest.fields ?? {})) {
        if (value !== undefined && value !== null && value !== '') query.set(FIELD_FILTER_URL_PREFIX + fieldId, String(value));
      }
      return parseTicketPage(await request('GET', '/tickets', call, { query }), 'listTickets', model);
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
      const result = await request('PATCH', ticketPath(ticketId), call, { body, context: { ticketId, expectedVersion } });
      return parseTicket(result, 'updateTicket', model);
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
