import { ConflictError, ForbiddenError, NotFoundError, UnavailableError, ValidationError, dayRangeToInstants, isAbortError } from '@ticketkit/core';
import type { CallOptions, Message, Note, Ticket, TicketAdapter } from '@ticketkit/core';
import { helpdeskModel } from './model';
import type { HelpdeskComment, HelpdeskError, HelpdeskTicket, HelpdeskTicketList, HelpdeskAgent } from './wire';

/** Where the helpdesk is, and whose eyes the adapter looks through. */
export interface HelpdeskAdapterOptions {
  /** The API root, e.g. `https://helpdesk.example.com/v2`. */
  baseUrl: string;
  /** The signed-in agent; the helpdesk scopes every answer to them. */
  agentId: string;
  fetch?: typeof fetch;
}

const ORDER_BY: Record<string, string> = { createdAt: 'created_at', updatedAt: 'updated_at', priority: 'urgency', lastMessageAt: 'last_comment_at', waitingSince: 'customer_waiting_since' }; // states: as they are
const AUTHOR_KIND = { customer: 'end_user', bot: 'assistant', agent: 'team' } as const;

const toTicket = (t: HelpdeskTicket): Ticket => ({
  id: String(t.id), subject: t.title, status: t.state, priority: String(t.urgency), fields: { orderNumber: t.order_number },
  createdAt: t.created_at, updatedAt: t.updated_at,
  requester: { id: t.requester.id, name: t.requester.full_name, email: t.requester.email_address },
  assistant: { id: t.bot.id, name: t.bot.name, ownerId: t.bot.owner_agent_id },
  assignee: t.assigned_agent && { id: t.assigned_agent.id, name: t.assigned_agent.full_name },
  version: t.lock_version, lastMessageAt: t.last_comment_at, waitingSince: t.customer_waiting_since,
});
const toMessage = (c: HelpdeskComment): Message => ({
  id: String(c.id), ticketId: String(c.ticket_id), body: c.text, createdAt: c.created_at,
  author: { kind: AUTHOR_KIND[c.author_type], id: c.author_id, name: c.author_name },
});
const toNote = (c: HelpdeskComment): Note => ({ id: String(c.id), ticketId: String(c.ticket_id), body: c.text, createdAt: c.created_at, author: { id: c.author_id, name: c.author_name } });

/** An adapter for the helpdesk of `wire.ts` under `helpdeskModel`; it only translates (ticketkit checked every input). */
export function createHelpdeskAdapter({ baseUrl, agentId, fetch: send = fetch }: HelpdeskAdapterOptions): TicketAdapter {
  async function call<T>(path: string, { signal }: CallOptions = {}, context: { ticketId?: string; version?: number; method?: string; body?: unknown } = {}): Promise<T> {
    const init = { method: context.method ?? 'GET', headers: { 'x-agent-id': agentId, 'content-type': 'application/json' }, signal };
    const response = await send(`${baseUrl}${path}`, { ...init, body: context.body === undefined ? undefined : JSON.stringify(context.body) }).catch((error: unknown) => {
      throw isAbortError(error) ? error : new UnavailableError(`The helpdesk could not be reached: ${String(error)}`, { cause: error });
    });
    const answer: unknown = await response.json().catch(() => null);
    if (response.ok) return answer as T;
    const error = (answer as HelpdeskError | null)?.error;
    if (response.status === 404) throw new NotFoundError('Ticket', context.ticketId ?? '');
    if (response.status === 401 || response.status === 403) throw new ForbiddenError(error?.detail ?? 'The helpdesk refused this agent.');
    if (response.status === 409) throw new ConflictError(error?.detail ?? 'The ticket was changed by someone else.', { expectedVersion: context.version ?? -1 });
    if (response.status === 422) throw new ValidationError(error?.param ?? 'request', error?.detail ?? 'The helpdesk refused the request.');
    throw new UnavailableError(`The helpdesk answered HTTP ${response.status}${error ? `: ${error.detail}` : ''}`, { status: response.status });
  }
  const comments = (id: string, options?: CallOptions) => call<HelpdeskComment[]>(`${`/tickets/${encodeURIComponent(id)}`}/comments`, options, { ticketId: id });
  const comment = (id: string, text: string, internal: boolean, key: string | undefined, options?: CallOptions) =>
    call<HelpdeskComment>(`${`/tickets/${encodeURIComponent(id)}`}/comments`, options, { ticketId: id, method: 'POST', body: { text, internal, idempotency_key: key } });
  const getTicket = async (id: string, options?: CallOptions) => toTicket(await call<HelpdeskTicket>(`/tickets/${encodeURIComponent(id)}`, options, { ticketId: id }));

  return {
    async listTickets(request, options) {
      const { from, to } = dayRangeToInstants(request.createdFrom, request.createdTo, request.timeZone);
      const query = new URLSearchParams({ q: request.search, order_by: ORDER_BY[request.sort] ?? 'created_at', order: request.direction, page: String(request.page), per_page: String(request.pageSize) });
      if (request.status !== 'all') query.set('state', request.status === 'unsolved' ? helpdeskModel.unsolvedStatuses.join(',') : request.status);
      if (request.fields.orderNumber) query.set('order_number', request.fields.orderNumber);
      if (request.assignee) query.set('assigned_agent_id', request.assignee === 'me' ? agentId : request.assignee === 'unassigned' ? 'none' : request.assignee);
      if (request.priorities.length > 0) query.set('urgency', request.priorities.join(','));
      if (request.requester) query.set('requester_id', request.requester);
      if (from !== null) query.set('created_after', new Date(from).toISOString());
      if (to !== null) query.set('created_before', new Date(to).toISOString());
      const page = await call<HelpdeskTicketList>(`/tickets?${query}`, options);
      return { tickets: page.results.map(toTicket), total: page.count, page: request.page, pageSize: request.pageSize };
    },
    getTicket,
    listMessages: async (id, options) => (await comments(id, options)).filter((c) => !c.internal).map(toMessage),
    listNotes: async (id, options) => (await comments(id, options)).filter((c) => c.internal).map(toNote),
    listTeamMembers: async (options) =>
      (await call<HelpdeskAgent[]>('/agents', options)).map((a) => ({ id: a.id, name: a.full_name, email: a.email_address, role: a.is_admin ? 'admin' : 'member' })),
    async updateTicket(id, patch, version, options) {
      const body = { lock_version: version, state: patch.status, urgency: patch.priority && Number(patch.priority), assigned_agent_id: patch.assigneeId };
      return toTicket(await call<HelpdeskTicket>(`/tickets/${encodeURIComponent(id)}`, options, { ticketId: id, version, method: 'PATCH', body }));
    },
    addNote: async (id, input, options) => toNote(await comment(id, input.body, true, input.idempotencyKey, options)),
    async sendReply(id, input, options) {
      const message = toMessage(await comment(id, input.body, false, input.idempotencyKey, options));
      return { message, ticket: await getTicket(id, options) };
    },
  };
}
