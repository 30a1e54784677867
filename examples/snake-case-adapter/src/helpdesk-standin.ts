// A stand-in for the helpdesk's HTTP API (the edge of the system): a real node:http server over data in memory,
// speaking the JSON of `wire.ts`. It does what the real helpdesk would: filters, search, sort, paging, scope by
// agent, lock versions and idempotent comments. Its data comes from ticketkit's generator, renamed into its shapes.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateTicketData } from '@ticketkit/core/memory';
import { helpdeskModel } from './model';
import type { HelpdeskAgent, HelpdeskComment, HelpdeskError, HelpdeskTicket } from './wire';

/** The stand-in's whole state. */
export interface HelpdeskData {
  tickets: HelpdeskTicket[];
  comments: HelpdeskComment[];
  agents: HelpdeskAgent[];
}

const AUTHOR = { end_user: 'customer', assistant: 'bot', team: 'agent' } as const;

/** `tickets` generated tickets as the helpdesk would hold them: numbered from 1, with an order number each. */
export function helpdeskData(tickets: number, seed = 1): HelpdeskData {
  const data = generateTicketData({ tickets, seed, model: helpdeskModel });
  const number = new Map(data.tickets.map((ticket, index) => [ticket.id, index + 1]));
  const owner = new Map(data.assistants.map((assistant) => [assistant.id, assistant.ownerId]));
  return {
    agents: data.teamMembers.map((m) => ({ id: m.id, full_name: m.name, email_address: m.email, is_admin: m.role === 'admin' })),
    tickets: data.tickets.map((t, index) => ({
      id: index + 1,
      title: t.subject,
      state: t.status as HelpdeskTicket['state'],
      urgency: Number(t.priority) as HelpdeskTicket['urgency'],
      created_at: t.createdAt,
      updated_at: t.updatedAt,
      requester: { id: t.requester.id, full_name: t.requester.name, email_address: t.requester.email },
      bot: { id: t.assistant.id, name: t.assistant.name, owner_agent_id: owner.get(t.assistant.id) ?? t.assistant.ownerId },
      assigned_agent: t.assignee && { id: t.assignee.id, full_name: t.assignee.name },
      lock_version: t.version,
      last_comment_at: t.lastMessageAt,
      customer_waiting_since: t.waitingSince,
      order_number: `SO-${700_000 + index * 7}`,
    })),
    comments: [
      ...data.messages.map((m) => ({ ticketId: m.ticketId, author_type: AUTHOR[m.author.kind], author: m.author, text: m.body, internal: false, created_at: m.createdAt })),
      ...data.notes.map((n) => ({ ticketId: n.ticketId, author_type: 'agent' as const, author: n.author, text: n.body, internal: true, created_at: n.createdAt })),
    ].map((c, index) => ({ id: index + 1, ticket_id: number.get(c.ticketId)!, author_type: c.author_type, author_id: c.author.id, author_name: c.author.name, text: c.text, internal: c.internal, created_at: c.created_at })),
  };
}

class Refusal extends Error {
  constructor(readonly status: number, readonly body: HelpdeskError) {
    super(body.error.detail);
  }
}
const refuse = (status: number, kind: HelpdeskError['error']['kind'], detail: string, param?: string) => new Refusal(status, { error: { kind, detail, ...(param ? { param } : {}) } });
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const ORDER_KEYS = {
  created_at: (t: HelpdeskTicket) => Date.parse(t.created_at),
  updated_at: (t: HelpdeskTicket) => Date.parse(t.updated_at),
  urgency: (t: HelpdeskTicket) => t.urgency,
  last_comment_at: (t: HelpdeskTicket) => Date.parse(t.last_comment_at),
  // Not waiting: last in either direction.
  customer_waiting_since: (t: HelpdeskTicket) => (t.customer_waiting_since === null ? Number.NaN : Date.parse(t.customer_waiting_since)),
};
const compareKeys = (a: number, b: number, sign: number) => (Number.isNaN(a) || Number.isNaN(b) ? Number(Number.isNaN(a)) - Number(Number.isNaN(b)) : (a - b) * sign);

function handle(data: HelpdeskData, method: string, url: URL, agent: HelpdeskAgent, body: Record<string, unknown>): unknown {
  const visible = (t: HelpdeskTicket) => agent.is_admin || t.bot.owner_agent_id === agent.id;
  const ticketOf = (id: string) => {
    const ticket = data.tickets.find((t) => String(t.id) === id);
    if (!ticket || !visible(ticket)) throw refuse(404, 'missing', `no ticket ${id}`);
    return ticket;
  };
  const path = url.pathname.replace(/^\/v2/, '');
  const params = url.searchParams;
  if (method === 'GET' && path === '/agents') return data.agents;
  if (method === 'GET' && path === '/tickets') {
    const words = fold(params.get('q') ?? '').split(/\s+/).filter(Boolean);
    const after = params.has('created_after') ? Date.parse(params.get('created_after')!) : -Infinity;
    const before = params.has('created_before') ? Date.parse(params.get('created_before')!) : Infinity;
    const key = ORDER_KEYS[(params.get('order_by') ?? 'created_at') as keyof typeof ORDER_KEYS];
    if (!key) throw refuse(422, 'invalid', 'order_by must be created_at, updated_at, urgency, last_comment_at or customer_waiting_since', 'order_by');
    const sign = params.get('order') === 'asc' ? 1 : -1;
    const text = (t: HelpdeskTicket) =>
      fold([t.id, t.title, t.requester.full_name, t.requester.email_address, t.order_number, ...data.comments.filter((c) => c.ticket_id === t.id && !c.internal).map((c) => c.text)].join(' '));
    const matching = data.tickets
      .filter((t) => visible(t) && (!params.has('state') || params.get('state')!.split(',').includes(t.state)))
      .filter((t) => !params.has('order_number') || fold(t.order_number).includes(fold(params.get('order_number')!)))
      // `assigned_agent_id=none` for unassigned tickets; `urgency=3,4` for several.
      .filter((t) => !params.has('assigned_agent_id') || (params.get('assigned_agent_id') === 'none' ? t.assigned_agent === null : t.assigned_agent?.id === params.get('assigned_agent_id')))
      .filter((t) => !params.has('urgency') || params.get('urgency')!.split(',').includes(String(t.urgency)))
      .filter((t) => !params.has('requester_id') || t.requester.id === params.get('requester_id'))
      .filter((t) => Date.parse(t.created_at) >= after && Date.parse(t.created_at) < before && words.every((word) => text(t).includes(word)))
      .sort((a, b) => compareKeys(key(a), key(b), sign) || Date.parse(b.created_at) - Date.parse(a.created_at) || a.id - b.id);
    const page = Number(params.get('page') ?? 1);
    const perPage = Number(params.get('per_page') ?? 30);
    return { results: matching.slice((page - 1) * perPage, page * perPage), count: matching.length };
  }
  const match = /^\/tickets\/([^/]+)(\/comments)?$/.exec(path);
  if (!match) throw refuse(404, 'missing', `no route ${method} ${path}`);
  const ticket = ticketOf(decodeURIComponent(match[1]!));
  if (!match[2] && method === 'GET') return ticket;
  if (!match[2] && method === 'PATCH') {
    if (body.lock_version !== ticket.lock_version) throw refuse(409, 'stale', `ticket ${ticket.id} is at lock_version ${ticket.lock_version}`);
    const assignee = body.assigned_agent_id === undefined ? undefined : data.agents.find((a) => a.id === body.assigned_agent_id);
    if (body.assigned_agent_id && !assignee) throw refuse(422, 'invalid', 'no such agent', 'assigned_agent_id');
    const changed: HelpdeskTicket = { ...ticket, lock_version: ticket.lock_version + 1, updated_at: new Date().toISOString() };
    if (body.state !== undefined) changed.state = body.state as HelpdeskTicket['state'];
    if (body.urgency !== undefined) changed.urgency = body.urgency as HelpdeskTicket['urgency'];
    if (body.assigned_agent_id !== undefined) changed.assigned_agent = assignee ? { id: assignee.id, full_name: assignee.full_name } : null;
    data.tickets[data.tickets.indexOf(ticket)] = changed;
    return changed;
  }
  if (match[2] && method === 'GET') return data.comments.filter((c) => c.ticket_id === ticket.id);
  if (match[2] && method === 'POST') {
    const key = typeof body.idempotency_key === 'string' ? `${agent.id}:${body.idempotency_key}` : null;
    const earlier = key ? sent.get(data)?.get(key) : undefined;
    if (earlier) return earlier;
    const comment: HelpdeskComment = {
      id: data.comments.length + 1, ticket_id: ticket.id, author_type: 'agent', author_id: agent.id, author_name: agent.full_name,
      text: String(body.text), internal: body.internal === true, created_at: new Date().toISOString(),
    };
    data.comments.push(comment);
    const waiting = comment.internal ? {} : { last_comment_at: comment.created_at, customer_waiting_since: null };
    data.tickets[data.tickets.indexOf(ticket)] = { ...ticket, ...waiting, lock_version: ticket.lock_version + 1, updated_at: comment.created_at };
    if (key) sent.set(data, (sent.get(data) ?? new Map()).set(key, comment));
    return comment;
  }
  throw refuse(404, 'missing', `no route ${method} ${path}`);
}
const sent = new WeakMap<HelpdeskData, Map<string, HelpdeskComment>>();

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Serves `data` as the helpdesk API on a free loopback port; `url` is its root (`…/v2`). */
export async function startHelpdeskStandIn(data: HelpdeskData): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const reply = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    readJson(request)
      .then((body) => {
        const agent = data.agents.find((a) => a.id === request.headers['x-agent-id']);
        if (!agent) throw refuse(401, 'unauthorized', 'x-agent-id names no agent');
        reply(200, handle(data, request.method ?? 'GET', new URL(request.url ?? '/', 'http://helpdesk.invalid'), agent, body));
      })
      .catch((error: unknown) => (error instanceof Refusal ? reply(error.status, error.body) : reply(500, { error: { kind: 'invalid', detail: String(error) } })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => undefined),
  };
}
