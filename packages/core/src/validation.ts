import { resolveInsightsRequest } from './insights/request';
import type { ListTicketsRequest, RejectedRecord, TextInput, TicketAdapter, TicketChangeEvent, TicketPage } from './adapter';
import { checkTimeZone } from './dates';
import { ValidationError } from './errors';
import { checkBody, checkIdempotencyKey, checkPatch, checkTicketId, checkVersion } from './input';
import { defaultTicketModel, type TicketModel } from './model';
import { normalizeQuery } from './query';
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
  return rejected.length > 0 ? { ...page, rejected } : page;
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
    default:
      throw new ValidationError(`${path}.type`, `unknown event type ${JSON.stringify(raw.type)}`);
  }
}

function checkRequest(request: ListTicketsRequest, model: TicketModel): ListTicketsRequest {
  const query = normalizeQuery(request, model);
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
  const validated: TicketAdapter = {
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
  if (adapter.getInsights) {
    const getInsights = adapter.getInsights.bind(adapter);
    validated.getInsights = async (request, options) => {
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
