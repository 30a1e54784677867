import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_TICKET_QUERY } from '../query';
import { encodeQuery } from '../query-url';
import { sampleHostModel } from '../seed/sample-model';
import { generateTicketData } from '../seed/generate';
import { ConflictError } from '../errors';
import { createRestAdapter } from './rest-adapter';

const { tickets } = generateTicketData({ tickets: 3, seed: 7 });
const ticket = tickets[0]!;

type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

/** A fetch double at the network edge: records requests and answers with `handler`. */
function fakeFetch(handler: Handler) {
  const calls: { url: URL; init: RequestInit }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    return handler(url, init);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createRestAdapter requests', () => {
  it('sends every list parameter, the headers and the encoded ticket ID', async () => {
    const { fetch, calls } = fakeFetch((url) =>
      url.pathname.endsWith('/tickets') ? json({ tickets, total: 3, page: 2, pageSize: 10 }) : json(ticket));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api/', fetch, headers: async () => ({ Authorization: 'Bearer t0k' }) });
    const page = await adapter.listTickets({
      ...DEFAULT_TICKET_QUERY, status: 'open', createdFrom: '2026-01-01', search: 'zoë', page: 2, pageSize: 10, timeZone: 'Europe/Paris',
    });
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 10 });
    const listUrl = calls[0]!.url;
    expect(listUrl.pathname).toBe('/api/tickets');
    expect(Object.fromEntries(listUrl.searchParams)).toEqual({
      status: 'open', createdFrom: '2026-01-01', search: 'zoë', sort: 'createdAt', direction: 'desc', page: '2', pageSize: '10', timeZone: 'Europe/Paris',
    });
    expect(new Headers(calls[0]!.init.headers).get('Authorization')).toBe('Bearer t0k');
    await adapter.getTicket('TK 1/2');
    expect(calls[1]!.url.pathname).toBe('/api/tickets/TK%201%2F2');
  });

  it('sends a write as JSON with the version it was made on', async () => {
    const { fetch, calls } = fakeFetch(() => json({ ...ticket, status: 'closed', version: ticket.version + 1 }));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    const updated = await adapter.updateTicket(ticket.id, { status: 'closed' }, ticket.version);
    expect(updated.version).toBe(ticket.version + 1);
    expect(calls[0]!.init.method).toBe('PATCH');
    expect(new Headers(calls[0]!.init.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ expectedVersion: ticket.version, patch: { status: 'closed' } });
  });

  it('sends the idempotency key of a reply and a note as the Idempotency-Key header, and none when absent', async () => {
    const message = { id: 'm-1', ticketId: ticket.id, author: { kind: 'team', id: 'tm-1', name: 'Alex' }, body: 'Hi', createdAt: ticket.createdAt };
    const note = { id: 'n-1', ticketId: ticket.id, author: { id: 'tm-1', name: 'Alex' }, body: 'Hi', createdAt: ticket.createdAt };
    const { fetch, calls } = fakeFetch((url) => (url.pathname.endsWith('/replies') ? json({ message, ticket }, 201) : json(note, 201)));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    await adapter.sendReply(ticket.id, { body: 'Hi', idempotencyKey: 'key-1' });
    await adapter.addNote(ticket.id, { body: 'Hi', idempotencyKey: 'key-2' });
    await adapter.addNote(ticket.id, { body: 'Hi' });
    expect(calls.map((call) => new Headers(call.init.headers).get('Idempotency-Key'))).toEqual(['key-1', 'key-2', null]);
    // The key travels in the header only, not in the JSON body.
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ body: 'Hi' });
    await expect(adapter.sendReply(ticket.id, { body: 'Hi', idempotencyKey: 'no spaces allowed' })).rejects.toMatchObject({ code: 'validation', field: 'idempotencyKey' });
    expect(calls).toHaveLength(3);
  });

  it('a headers function that throws rejects with a typed UnavailableError, and nothing is sent', async () => {
    const { fetch } = fakeFetch(() => json(ticket));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch, headers: async () => { throw new Error('token refresh failed'); } });
    const error = await adapter.getTicket(ticket.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unavailable', name: 'UnavailableError' });
    expect((error as Error).message).toContain('token refresh failed');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses bad input before sending anything', async () => {
    const { fetch } = fakeFetch(() => json({}));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    await expect(adapter.addNote(ticket.id, { body: ' ' })).rejects.toMatchObject({ code: 'validation', field: 'body' });
    await expect(adapter.updateTicket(ticket.id, {}, 1)).rejects.toMatchObject({ code: 'validation', field: 'patch' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('createRestAdapter errors', () => {
  const cases: [number, unknown, Record<string, unknown>][] = [
    [404, { error: { code: 'not_found', message: 'Ticket "TK-9" was not found' } }, { code: 'not_found', name: 'NotFoundError', id: ticket.id }],
    [401, { error: { code: 'unauthorized', message: 'Send a valid bearer token.' } }, { code: 'forbidden', reason: 'Send a valid bearer token.' }],
    [403, { error: { code: 'forbidden', message: 'Only the owner can change this ticket.' } }, { code: 'forbidden', reason: 'Only the owner can change this ticket.' }],
    [409, { error: { code: 'conflict', message: 'stale', currentVersion: 9 } }, { code: 'conflict', expectedVersion: 4, actualVersion: 9 }],
    [409, { error: { code: 'conflict', message: 'stale', currentVersion: 9, currentTicket: { ...ticket, version: 9 } } }, { code: 'conflict', actualVersion: 9, current: { id: ticket.id, version: 9 } }],
    [409, { error: { code: 'conflict', message: 'stale', currentVersion: 9, currentTicket: { id: 'broken' } } }, { code: 'conflict', actualVersion: 9, current: undefined }],
    [412, {}, { code: 'conflict', expectedVersion: 4 }],
    [400, { error: { code: 'validation', message: 'expected a number', field: 'expectedVersion' } }, { code: 'validation', field: 'expectedVersion', message: 'expectedVersion: expected a number' }],
    [422, { error: { code: 'validation', message: 'no such member', field: 'patch.assigneeId' } }, { code: 'validation', field: 'patch.assigneeId' }],
    [413, { error: { code: 'validation', message: 'too large', field: 'body' } }, { code: 'validation', field: 'body' }],
    [500, { error: { code: 'internal', message: 'boom' } }, { code: 'unavailable', status: 500 }],
    [503, 'not json at all', { code: 'unavailable', status: 503 }],
  ];
  for (const [status, body, expected] of cases) {
    it(`HTTP ${status} becomes a typed ${String(expected.code)} error`, async () => {
      const { fetch } = fakeFetch(() => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
      const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
      await expect(adapter.updateTicket(ticket.id, { priority: 'high' }, 4)).rejects.toMatchObject(expected);
    });
  }

  it('a network failure is unavailable, with the cause kept', async () => {
    const failure = new TypeError('fetch failed');
    const { fetch } = fakeFetch(() => Promise.reject(failure));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    await expect(adapter.listTeamMembers()).rejects.toMatchObject({ code: 'unavailable', cause: failure });
  });

  it('an abort during the request rejects with the signal’s reason, unwrapped', async () => {
    const { fetch } = fakeFetch((_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
      }));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    const controller = new AbortController();
    const pending = adapter.getTicket(ticket.id, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((reason: unknown) => reason);
    expect(error).toBe(controller.signal.reason);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('a backend that does not answer in time gives UnavailableError and the request is aborted', async () => {
    vi.useFakeTimers();
    try {
      let requestSignal: AbortSignal | undefined;
      const { fetch } = fakeFetch((_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          requestSignal = init.signal!;
          init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
        }));
      const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch, timeoutMs: 5_000 });
      const pending = adapter.getTicket(ticket.id).catch((reason: unknown) => reason);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(await pending).toMatchObject({ code: 'unavailable', message: expect.stringContaining('5,000 ms') });
      expect(requestSignal!.aborted).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an already aborted signal sends nothing', async () => {
    const { fetch } = fakeFetch(() => json(ticket));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    const controller = new AbortController();
    controller.abort();
    await expect(adapter.getTicket(ticket.id, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('createRestAdapter checks what the server returns', () => {
  it('a malformed ticket is a ValidationError naming the field', async () => {
    const { fetch } = fakeFetch(() => json({ ...ticket, requester: { ...ticket.requester, email: 42 } }));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    await expect(adapter.getTicket(ticket.id)).rejects.toMatchObject({ code: 'validation', field: 'getTicket.requester.email' });
  });

  it('a bad record in a page is left out and reported, the rest is kept', async () => {
    const { fetch } = fakeFetch(() => json({ tickets: [tickets[0], { ...tickets[1], status: 'lost' }, tickets[2]], total: 3, page: 1, pageSize: 25 }));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    const page = await adapter.listTickets(DEFAULT_TICKET_QUERY);
    expect(page.tickets.map((t) => t.id)).toEqual([tickets[0]!.id, tickets[2]!.id]);
    expect(page.rejected).toEqual([expect.objectContaining({ index: 1, id: tickets[1]!.id, field: 'listTickets.tickets[1].status' })]);
  });

  it('a success that is not JSON, or lacks its list, is a ValidationError', async () => {
    const html = createRestAdapter({ baseUrl: 'http://api.test/api', fetch: fakeFetch(() => new Response('<html>', { status: 200 })).fetch });
    await expect(html.getTicket(ticket.id)).rejects.toMatchObject({ code: 'validation', field: 'response' });
    const empty = createRestAdapter({ baseUrl: 'http://api.test/api', fetch: fakeFetch(() => json({})).fetch });
    await expect(empty.listMessages(ticket.id)).rejects.toMatchObject({ code: 'validation', field: 'listMessages.messages' });
  });
});

describe('createRestAdapter with a ticket model', () => {
  const hosted = generateTicketData({ tickets: 3, seed: 7, model: sampleHostModel }).tickets;
  const hostTicket = { ...hosted[0]!, status: 'pending_customer', priority: 'p1', fields: { orderId: 10042, plan: 'pro', tags: ['vip'] } };

  it('sends Unsolved, field filters as f.<field ID> parameters and a field sort', async () => {
    const { fetch, calls } = fakeFetch(() => json({ tickets: [hostTicket], total: 1, page: 1, pageSize: 25 }));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch, model: sampleHostModel });
    const page = await adapter.listTickets({
      ...DEFAULT_TICKET_QUERY, status: 'unsolved', fields: { orderId: '10042', tags: 'vip' }, sort: 'fields.orderId', direction: 'asc',
    });
    expect(page.tickets).toEqual([hostTicket]);
    expect(Object.fromEntries(calls[0]!.url.searchParams)).toEqual({
      status: 'unsolved', sort: 'fields.orderId', direction: 'asc', page: '1', pageSize: '25', 'f.orderId': '10042', 'f.tags': 'vip',
    });
    // The same parameter names as the panel's own URL (encodeQuery).
    const encoded = encodeQuery({ fields: { orderId: '10042' } }, { model: sampleHostModel });
    expect([...encoded.keys()]).toEqual(['f.orderId']);
  });

  it('sends a patch of editable fields (null clears), and refuses one of a field that is not editable before sending', async () => {
    const { fetch, calls } = fakeFetch(() => json({ ...hostTicket, fields: { orderId: 10042, plan: 'enterprise' }, version: hostTicket.version + 1 }));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch, model: sampleHostModel });
    const updated = await adapter.updateTicket(hostTicket.id, { fields: { plan: 'enterprise', tags: null } }, hostTicket.version);
    expect(updated.fields).toEqual({ orderId: 10042, plan: 'enterprise' });
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ expectedVersion: hostTicket.version, patch: { fields: { plan: 'enterprise', tags: null } } });
    await expect(adapter.updateTicket(hostTicket.id, { fields: { orderId: 1 } }, hostTicket.version)).rejects.toMatchObject({
      code: 'validation', field: 'patch.fields.orderId',
    });
    await expect(adapter.updateTicket(hostTicket.id, { status: 'open' }, hostTicket.version)).rejects.toMatchObject({ code: 'validation', field: 'patch.status' });
    expect(calls).toHaveLength(1);
  });

  it('reads what comes back against the model: its statuses pass, a field value that no longer fits is kept as text', async () => {
    const { fetch } = fakeFetch(() => json({ ...hostTicket, fields: { orderId: 'ten', plan: 'legacy', tags: { bad: true } } }));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch, model: sampleHostModel });
    expect((await adapter.getTicket(hostTicket.id)).fields).toEqual({ orderId: 'ten', plan: 'legacy' });
    // Without the model, the seed's statuses are expected.
    const seedOnly = createRestAdapter({ baseUrl: 'http://api.test/api', fetch: fakeFetch(() => json(hostTicket)).fetch });
    await expect(seedOnly.getTicket(hostTicket.id)).rejects.toMatchObject({ code: 'validation', field: 'getTicket.status' });
  });
});

describe('createRestAdapter: queue and timeline', () => {
  it('declares status counts and sends the queue filters, several priorities as one list, and countByStatus', async () => {
    const counts = { open: 1, in_progress: 0, closed: 2 };
    const { fetch, calls } = fakeFetch(() => json({ tickets: [], total: 0, page: 1, pageSize: 25, statusCounts: counts }));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    expect(adapter.capabilities?.statusCounts).toBe(true);
    const page = await adapter.listTickets({
      ...DEFAULT_TICKET_QUERY, assignee: 'me', priorities: ['high', 'urgent'], requester: 'eu-7', sort: 'waitingSince', direction: 'asc', countByStatus: true,
    });
    expect(page.statusCounts).toEqual(counts);
    expect(Object.fromEntries(calls[0]!.url.searchParams)).toEqual({
      status: 'all', assignee: 'me', requester: 'eu-7', sort: 'waitingSince', direction: 'asc', page: '1', pageSize: '25', priority: 'high,urgent', countByStatus: 'true',
    });
  });

  it('returns the server’s snippets, checked', async () => {
    const snippet = { source: 'message', text: 'the refund is on its way', highlights: [[4, 10]] };
    const { fetch } = fakeFetch(() => json({ tickets: [ticket], total: 1, page: 1, pageSize: 25, snippets: { [ticket.id]: snippet } }));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    expect((await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: 'refund' })).snippets).toEqual({ [ticket.id]: snippet });
    const bad = createRestAdapter({
      baseUrl: 'http://api.test/api',
      fetch: fakeFetch(() => json({ tickets: [], total: 0, page: 1, pageSize: 25, snippets: { x: { ...snippet, highlights: [[4, 99]] } } })).fetch,
    });
    await expect(bad.listTickets(DEFAULT_TICKET_QUERY)).rejects.toMatchObject({ code: 'validation', field: 'listTickets.snippets.x.highlights[0]' });
  });

  it('sends a bulk update in batches of at most 100 and types each outcome; a bad item is refused alone, unsent', async () => {
    const changes = Array.from({ length: 150 }, (_, i) => ({ ticketId: `TK-${i}`, patch: { status: 'closed' }, expectedVersion: 3 }));
    changes[7] = { ...changes[7]!, patch: { status: 'archived' } };
    const { fetch, calls } = fakeFetch((_url, init) => {
      const { items } = JSON.parse(String(init.body)) as { items: { ticketId: string; expectedVersion: number }[] };
      return json({
        outcomes: items.map((item) =>
          item.ticketId === 'TK-20'
            ? { ticketId: item.ticketId, ok: false, error: { code: 'conflict', message: 'stale', currentVersion: 5, currentTicket: { ...ticket, id: 'TK-20', version: 5 } } }
            : item.ticketId === 'TK-21'
              ? { ticketId: item.ticketId, ok: false, error: { code: 'not_found', message: 'Ticket "TK-21" was not found' } }
              : { ticketId: item.ticketId, ok: true, ticket: { ...ticket, id: item.ticketId, status: 'closed', version: item.expectedVersion + 1 } }),
      });
    });
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    const outcomes = await adapter.updateTickets!(changes);
    expect(calls.map((call) => (JSON.parse(String(call.init.body)) as { items: unknown[] }).items.length)).toEqual([100, 49]);
    expect(calls[0]!.url.pathname).toBe('/api/tickets/bulk-update');
    expect(outcomes.map((o) => o.ticketId)).toEqual(changes.map((c) => c.ticketId));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(147);
    expect(outcomes[7]).toMatchObject({ ok: false, error: { code: 'validation', field: 'changes[7].patch.status' } });
    const conflict = outcomes[20]!;
    expect(conflict.ok).toBe(false);
    if (!conflict.ok) {
      expect(conflict.error).toBeInstanceOf(ConflictError);
      expect(conflict.error).toMatchObject({ expectedVersion: 3, actualVersion: 5, current: { id: 'TK-20', version: 5 } });
    }
    expect(outcomes[21]).toMatchObject({ ok: false, error: { code: 'not_found', id: 'TK-21' } });
  });

  it('a failed bulk request fails its own items only; an abort rejects the call', async () => {
    const changes = Array.from({ length: 120 }, (_, i) => ({ ticketId: `TK-${i}`, patch: { priority: 'high' }, expectedVersion: 1 }));
    let call = 0;
    const { fetch } = fakeFetch((_url, init) => {
      call++;
      if (call === 1) return new Response('down', { status: 503 });
      const { items } = JSON.parse(String(init.body)) as { items: { ticketId: string }[] };
      return json({ outcomes: items.map((item) => ({ ticketId: item.ticketId, ok: true, ticket: { ...ticket, id: item.ticketId } })) });
    });
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    const outcomes = await adapter.updateTickets!(changes);
    expect(outcomes.slice(0, 100).every((o) => !o.ok && o.error.code === 'unavailable')).toBe(true);
    expect(outcomes.slice(100).every((o) => o.ok)).toBe(true);
    const controller = new AbortController();
    controller.abort();
    await expect(adapter.updateTickets!(changes, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('lists a ticket’s activity, checked, and maps a 404', async () => {
    const activity = [{ id: 'act-1', ticketId: ticket.id, createdAt: ticket.createdAt, actor: { id: 'tm-1', name: 'Alex' }, change: { kind: 'status', from: 'open', to: 'closed' } }];
    const { fetch, calls } = fakeFetch((url) => (url.pathname.includes('TK-none') ? json({ error: { code: 'not_found', message: 'nope' } }, 404) : json({ activity })));
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    expect(await adapter.listActivity!(ticket.id)).toEqual(activity);
    expect(calls[0]!.url.pathname).toBe(`/api/tickets/${encodeURIComponent(ticket.id)}/activity`);
    await expect(adapter.listActivity!('TK-none')).rejects.toMatchObject({ code: 'not_found', id: 'TK-none' });
  });

  it('asks for insights with the checked request, checks what comes back, maps a 404 to the assistant', async () => {
    const figures = { raised: 2, unsolved: 1, medianFirstReplyMs: 60_000, medianTimeToCloseMs: null, reopened: 0, perDay: [{ day: '2026-01-01', count: 2 }] };
    const group = { phrase: 'login code', count: 2, previousCount: 1, exampleTicketIds: ['TK-1', 'TK-2'], query: { topic: 'login code' } };
    const insights = {
      createdFrom: '2026-01-01', createdTo: '2026-01-01', timeZone: 'Europe/Paris', previousFrom: '2025-12-31', previousTo: '2025-12-31',
      overall: figures, query: { createdFrom: '2026-01-01', createdTo: '2026-01-01' }, recurringIssues: [group],
      assistants: [{ assistant: { id: 'as-1', name: 'Helper' }, figures, handoffQuestions: [group], query: { assistant: 'as-1' } }],
    };
    const { fetch, calls } = fakeFetch((url) => {
      if (url.searchParams.get('assistantId') === 'as-none') return json({ error: { code: 'not_found', message: 'nope' } }, 404);
      if (url.searchParams.get('assistantId') === 'as-bad') return json({ ...insights, overall: { ...figures, raised: -1 } });
      return json(insights);
    });
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    expect(await adapter.getInsights!({ createdFrom: '2026-01-01', createdTo: '2026-01-01', timeZone: 'Europe/Paris' })).toEqual(insights);
    expect(calls[0]!.url.pathname).toBe('/api/insights');
    expect(Object.fromEntries(calls[0]!.url.searchParams)).toEqual({ createdFrom: '2026-01-01', createdTo: '2026-01-01', timeZone: 'Europe/Paris' });
    await expect(adapter.getInsights!({ createdFrom: '2026-01-01', createdTo: '2026-01-01', assistantId: 'as-none' })).rejects.toMatchObject({ code: 'not_found', id: 'as-none' });
    await expect(adapter.getInsights!({ createdFrom: '2026-01-01', createdTo: '2026-01-01', assistantId: 'as-bad' })).rejects.toMatchObject({ field: 'getInsights.overall.raised' });
    await expect(adapter.getInsights!({ createdFrom: '2026-02-01', createdTo: '2026-01-01' })).rejects.toMatchObject({ field: 'createdTo' });
    expect(calls).toHaveLength(3);
  });

  it('keeps saved views on the server: list, create (checked first), update, remove, and 404 for another’s', async () => {
    const { page: _page, ...query } = DEFAULT_TICKET_QUERY;
    const view = { id: 'view-1', name: 'Mine', query: { ...query, assignee: 'me' }, createdAt: ticket.createdAt, updatedAt: ticket.createdAt };
    const { fetch, calls } = fakeFetch((url, init) => {
      if (url.pathname.endsWith('/views/view-9')) return json({ error: { code: 'not_found', message: 'Saved view "view-9" was not found' } }, 404);
      if (init.method === 'DELETE') return new Response(null, { status: 204 });
      if (init.method === 'GET') return json({ views: [view] });
      return json(view, init.method === 'POST' ? 201 : 200);
    });
    const adapter = createRestAdapter({ baseUrl: 'http://api.test/api', fetch });
    const store = adapter.savedViews!;
    expect(await store.list()).toEqual([view]);
    expect(await store.create({ name: ' Mine ', query: { ...query, assignee: 'me' } })).toEqual(view);
    expect(JSON.parse(String(calls[1]!.init.body))).toMatchObject({ name: 'Mine', query: { assignee: 'me' } });
    expect(JSON.parse(String(calls[1]!.init.body)).query.page).toBeUndefined();
    await store.update('view-1', { name: 'Renamed' });
    expect(calls[2]!.init.method).toBe('PATCH');
    await store.remove('view-1');
    expect(calls[3]!.init.method).toBe('DELETE');
    await expect(store.remove('view-9')).rejects.toMatchObject({ code: 'not_found', resource: 'Saved view', id: 'view-9' });
    await expect(store.create({ name: '  ', query })).rejects.toMatchObject({ code: 'validation', field: 'name' });
    expect(calls).toHaveLength(5);
  });
});
