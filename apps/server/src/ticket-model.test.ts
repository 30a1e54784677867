import { DEFAULT_TICKET_QUERY, defineTicketModel, type ListTicketsRequest, type Ticket, type TicketAdapter, type Viewer } from '@ticketkit/core';
import { createMemoryAdapter, generateTicketData, sampleHostModel } from '@ticketkit/core/memory';
import { createRestAdapter } from '@ticketkit/core/rest';
import { readAllPages } from '@ticketkit/core/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoTokenFor } from './db/demo-tokens';
import { ensureFieldSortIndexes, fieldSortIndexes } from './db/field-indexes';
import { fieldSortTerm } from './db/field-sql';
import { clearData, insertData } from './db/seed-data';
import { listen, type RunningServer } from './http/listen';
import { openTestDatabase, type TestDatabase } from './testing/test-database';

// The server configured with a host's model (sampleHostModel: New, Working, Pending customer, Solved; P4…P1; an order
// number, a plan, tags and an order link), over the data the generator makes for it. Every list query is also asked
// of the memory adapter over the same data: both must give the same tickets, in the same order, with the same total.
const model = sampleHostModel;
const data = generateTicketData({ tickets: 600, seed: 4242, model });
const admin: Viewer = (() => {
  const person = data.teamMembers.find((member) => member.role === 'admin')!;
  return { id: person.id, name: person.name, role: person.role };
})();
const member: Viewer = (() => {
  const person = data.teamMembers.find((m) => m.role === 'member' && data.assistants.some((a) => a.ownerId === m.id))!;
  return { id: person.id, name: person.name, role: person.role };
})();

let test: TestDatabase;
let server: RunningServer;

async function reseed() {
  await clearData(test.db);
  await insertData(test.db, data, { demoTokens: true, model });
}

beforeAll(async () => {
  test = await openTestDatabase();
  server = await listen(test.db, { model });
  await reseed();
  // As at start-up: the sort indexes of the model's sortable fields, so the lists below are also read through them.
  await ensureFieldSortIndexes(test.db, model);
});
afterAll(async () => {
  await server?.close();
  await test?.dispose();
});

const rest = (viewer: Viewer): TicketAdapter =>
  createRestAdapter({ baseUrl: server.url, headers: { Authorization: `Bearer ${demoTokenFor(viewer.id)}` }, model });

/** Calls the API as the admin with a JSON body. */
function call(path: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set('Authorization', `Bearer ${demoTokenFor(admin.id)}`);
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(`${server.url}${path}`, { ...rest, headers, ...(json === undefined ? {} : { body: JSON.stringify(json) }) });
}

async function listAll(adapter: TicketAdapter, request: Partial<ListTicketsRequest>, pageSize = 50) {
  const { ids, totals } = await readAllPages(adapter, request, pageSize);
  expect(new Set(totals).size, 'every page carries the same total').toBe(1);
  return { ids, total: totals[0]! };
}

const byId = new Map(data.tickets.map((ticket) => [ticket.id, ticket]));
const withOrder = data.tickets.filter((ticket) => typeof ticket.fields.orderId === 'number');
const someOrderId = withOrder[17]!.fields.orderId as number;

describe('the server on a configured model', () => {
  it('lists Unsolved: every ticket whose status is not in the done category', async () => {
    const { ids, total } = await listAll(rest(admin), { status: 'unsolved' });
    const expected = data.tickets.filter((ticket) => ticket.status !== 'solved');
    expect(total).toBe(expected.length);
    expect(total).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(expected.map((ticket) => ticket.id)));
  });

  it('filters by a status of the model, pending_customer, and says the seed’s statuses are not the model’s', async () => {
    const { ids } = await listAll(rest(admin), { status: 'pending_customer' });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => byId.get(id)!.status === 'pending_customer')).toBe(true);
    const response = await call('/tickets?status=open');
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'validation', field: 'status' });
  });

  it('filters by f.orderId (a number, equal) and f.tags=vip (has the option)', async () => {
    const page = await (await call(`/tickets?f.orderId=${someOrderId}`)).json();
    expect(page.total).toBeGreaterThan(0);
    for (const ticket of page.tickets as Ticket[]) expect(ticket.fields.orderId).toBe(someOrderId);
    const vip = await listAll(rest(admin), { fields: { tags: 'vip' } });
    const expected = data.tickets.filter((ticket) => (ticket.fields.tags as string[] | undefined)?.includes('vip'));
    expect(vip.total).toBe(expected.length);
    expect(vip.total).toBeGreaterThan(0);
  });

  it('sorts by fields.orderId both ways, tickets without an order number last either way', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const { ids } = await listAll(rest(admin), { sort: 'fields.orderId', direction }, 100);
      expect(ids).toHaveLength(data.tickets.length);
      const values = ids.map((id) => byId.get(id)!.fields.orderId as number | undefined);
      const present = values.filter((value) => value !== undefined);
      expect(values.slice(0, present.length).every((value) => value !== undefined), direction).toBe(true);
      expect(present).toEqual([...present].sort((a, b) => (direction === 'asc' ? a - b : b - a)));
      expect(present.length).toBeLessThan(values.length); // some tickets have none, and they came last
    }
  });

  it('a page sorted by a field can be read in order from its index, in both directions', async () => {
    const indexes = fieldSortIndexes(model);
    expect(indexes).toHaveLength(4); // orderId and plan, each way
    expect(await ensureFieldSortIndexes(test.db, model)).toEqual({ created: [], dropped: [] });
    for (const direction of ['asc', 'desc'] as const) {
      const request = { ...DEFAULT_TICKET_QUERY, sort: 'fields.orderId' as const, direction };
      const plan = await test.db.transaction(async (tx) => {
        // Few rows: make the planner show whether the index can give the order, rather than what is cheapest here.
        await tx.query('SET LOCAL enable_sort = off');
        await tx.query('SET LOCAL enable_seqscan = off');
        const rows = await tx.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN SELECT t.id FROM tickets t ORDER BY ${fieldSortTerm(model.field('orderId')!, request.direction)}, t.created_at DESC, t.id ASC LIMIT 25`,
        );
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain(indexes.find((index) => index.name.includes('orderid') && index.name.endsWith(`_${direction}`))!.name);
      expect(plan).not.toContain('Sort');
    }
  });

  it('bad field filters and sorts are 400 naming the parameter, never a 500', async () => {
    for (const [query, field] of [
      ['f.orderId=ten', 'f.orderId'],
      ['f.orderId=', 'f.orderId'],
      ['f.tags=gold', 'f.tags'],
      ['f.orderUrl=shop', 'f.orderUrl'],
      ['f.nope=1', 'f.nope'],
      ['f.plan=pro&f.plan=free', 'f.plan'],
      ['sort=fields.tags', 'sort'],
      ['sort=fields.nope', 'sort'],
      ['fields=x', 'fields'],
    ] as const) {
      const response = await call(`/tickets?${query}`);
      expect({ query, status: response.status, field: (await response.json()).error?.field }).toEqual({ query, status: 400, field });
    }
  });

  describe('writes', () => {
    // Each write test leaves the data as it found it for the tests after it.
    afterEach(reseed);

    it('changes the editable plan with the version, clears it with null, and refuses orderId naming patch.fields.orderId', async () => {
      const target = data.tickets[3]!;
      const path = `/tickets/${encodeURIComponent(target.id)}`;
      const set = await call(path, { method: 'PATCH', json: { expectedVersion: target.version, patch: { fields: { plan: 'enterprise' } } } });
      expect(set.status).toBe(200);
      const updated = (await set.json()) as Ticket;
      expect(updated).toMatchObject({ version: target.version + 1, fields: { ...target.fields, plan: 'enterprise' } });
      // A stale version is refused, and nothing of it is written.
      const stale = await call(path, { method: 'PATCH', json: { expectedVersion: target.version, patch: { fields: { plan: 'free' } } } });
      expect(stale.status).toBe(409);
      const cleared = await call(path, { method: 'PATCH', json: { expectedVersion: updated.version, patch: { fields: { plan: null } } } });
      expect(((await cleared.json()) as Ticket).fields).not.toHaveProperty('plan');
      const read = (await (await call(path)).json()) as Ticket;
      expect(read.fields).not.toHaveProperty('plan');
      expect(read.version).toBe(target.version + 2);

      const refused = await call(path, { method: 'PATCH', json: { expectedVersion: read.version, patch: { fields: { orderId: 1 } } } });
      expect(refused.status).toBe(400);
      expect((await refused.json()).error).toMatchObject({ code: 'validation', field: 'patch.fields.orderId' });
      for (const [patch, field] of [
        [{ fields: { plan: 'gold' } }, 'patch.fields.plan'],
        [{ fields: { tags: 'vip' } }, 'patch.fields.tags'],
        [{ fields: { nope: 1 } }, 'patch.fields.nope'],
        [{ fields: [] }, 'patch.fields'],
        [{ status: 'closed' }, 'patch.status'],
        [{ priority: 'urgent' }, 'patch.priority'],
      ] as const) {
        const response = await call(path, { method: 'PATCH', json: { expectedVersion: read.version, patch } });
        expect({ patch, status: response.status, field: (await response.json()).error?.field }).toEqual({ patch, status: 400, field });
      }
      expect(((await (await call(path)).json()) as Ticket).version).toBe(read.version);
    });

    it('a new priority and a new tag list come back as sent, and the list sorts and filters by them', async () => {
      const target = data.tickets.find((ticket) => ticket.status !== 'solved' && ticket.priority !== 'p1')!;
      const updated = await rest(admin).updateTicket(target.id, { priority: 'p1', fields: { tags: ['vip', 'bug'] } }, target.version);
      expect(updated).toMatchObject({ priority: 'p1', fields: { tags: ['vip', 'bug'] } });
      const page = await rest(admin).listTickets({ ...DEFAULT_TICKET_QUERY, status: 'unsolved', fields: { tags: 'bug' }, sort: 'priority', direction: 'desc', pageSize: 100 });
      expect(page.tickets.map((ticket) => ticket.id)).toContain(target.id);
      expect(page.tickets[0]!.priority).toBe('p1');
    });
  });

  describe('agrees with the memory adapter over the same data', () => {
    const requests: Partial<ListTicketsRequest>[] = [
      {},
      { status: 'unsolved' },
      { status: 'pending_customer' },
      { status: 'new', sort: 'priority', direction: 'desc' },
      { fields: { orderId: String(someOrderId) } },
      { fields: { tags: 'vip' } },
      { fields: { plan: 'pro' }, status: 'unsolved' },
      { fields: { tags: 'refund', plan: 'enterprise' } },
      { sort: 'fields.orderId', direction: 'asc' },
      { sort: 'fields.orderId', direction: 'desc' },
      { sort: 'fields.plan', direction: 'asc' },
      { sort: 'fields.plan', direction: 'desc' },
      { sort: 'priority', direction: 'asc' },
      { status: 'unsolved', fields: { tags: 'vip' }, sort: 'fields.orderId', direction: 'desc' },
      { search: 'refund', fields: { plan: 'free' }, sort: 'fields.plan' },
    ];
    for (const viewer of [admin, member]) {
      for (const request of requests) {
        it(`${viewer.role}: ${JSON.stringify(request)}`, async () => {
          const memory = createMemoryAdapter({ data, model, viewer });
          const [fromServer, fromMemory] = await Promise.all([listAll(rest(viewer), request, 40), listAll(memory, request, 40)]);
          expect(fromServer.total).toBe(fromMemory.total);
          expect(fromServer.ids).toEqual(fromMemory.ids);
          // Whole tickets too, on the first page: fields, priorities and statuses read back as the memory adapter has them.
          const first = { ...DEFAULT_TICKET_QUERY, ...request, pageSize: 10 };
          const [serverPage, memoryPage] = await Promise.all([rest(viewer).listTickets(first), memory.listTickets(first)]);
          expect(serverPage.tickets).toEqual(memoryPage.tickets);
        });
      }
    }
  });
});

// Every field type filtered and sorted, with text that needs folding (accents, capitals), against the memory adapter.
describe('every field type agrees with the memory adapter', () => {
  const typesModel = defineTicketModel({
    fields: [
      { id: 'note', label: 'Note', type: 'text', filterable: true, sortable: true, editable: true },
      { id: 'due', label: 'Due', type: 'date', filterable: true, sortable: true },
      { id: 'contact', label: 'Contact', type: 'email', filterable: true, sortable: true },
      { id: 'page', label: 'Page', type: 'url', filterable: true, sortable: true },
      { id: 'level', label: 'Level', type: 'choice', options: [{ id: 'gold', label: 'Gold' }, { id: 'silver', label: 'Silver' }, { id: 'bronze', label: 'Bronze' }], filterable: true, sortable: true },
      { id: 'labels', label: 'Labels', type: 'multichoice', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }], filterable: true, sortable: true },
      { id: 'score', label: 'Score', type: 'number', filterable: true, sortable: true },
    ],
  });
  const notes = ['Café Crème', 'ÉCOLE du soir', 'naïve Ärger', 'Zoë', 'àpropos', 'Über alles', 'ecole 100%', 'under_score'];
  const generated = generateTicketData({ tickets: 300, seed: 99, model: typesModel });
  const typed = {
    ...generated,
    tickets: generated.tickets.map((ticket, index) =>
      index < 48 ? { ...ticket, fields: { ...ticket.fields, note: notes[index % notes.length]!, score: index % 5 === 0 ? 2.5 : index } } : ticket),
  };
  let typesServer: RunningServer;
  beforeAll(async () => {
    await clearData(test.db);
    await insertData(test.db, typed, { demoTokens: true, model: typesModel });
    // Another model on the same database: sampleHostModel's sort indexes go, this one's come.
    const changed = await ensureFieldSortIndexes(test.db, typesModel);
    expect(changed.dropped).toHaveLength(4);
    expect(changed.created).toHaveLength(14);
    typesServer = await listen(test.db, { model: typesModel });
  });
  afterAll(async () => {
    await typesServer?.close();
  });

  it('a text field written through the API is found by its folded text and sorted by its lower case, like the rest', async () => {
    const target = typed.tickets[200]!;
    const path = `/tickets/${encodeURIComponent(target.id)}`;
    const send = (raw: string) =>
      fetch(`${typesServer.url}${path}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${demoTokenFor(admin.id)}`, 'Content-Type': 'application/json' },
        body: `{"expectedVersion":${target.version},"patch":{"fields":{"note":${raw}}}}`,
      });
    // Text PostgreSQL cannot hold is 400 naming the field, never a 500 and never rewritten.
    for (const raw of ['"a\\u0000b"', '"\\ud800 x"', '42', '["a"]']) {
      const refused = await send(raw);
      expect({ raw, status: refused.status, field: (await refused.json()).error?.field }).toEqual({ raw, status: 400, field: 'patch.fields.note' });
    }
    const written = await send(JSON.stringify('Ñandú Straße'));
    expect(written.status).toBe(200);
    const adapter = createRestAdapter({ baseUrl: typesServer.url, headers: { Authorization: `Bearer ${demoTokenFor(admin.id)}` }, model: typesModel });
    const found = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, fields: { note: 'nandu' } });
    expect(found.tickets.map((ticket) => ticket.id)).toEqual([target.id]);
    const memory = createMemoryAdapter({ data: typed, model: typesModel, viewer: admin });
    await memory.updateTicket(target.id, { fields: { note: 'Ñandú Straße' } }, target.version);
    for (const direction of ['asc', 'desc'] as const) {
      const request = { sort: 'fields.note', direction } as const;
      expect((await listAll(adapter, request, 100)).ids).toEqual((await listAll(memory, request, 100)).ids);
    }
    // Cleared with null: no longer found, and last in the sort.
    const cleared = await adapter.updateTicket(target.id, { fields: { note: null } }, target.version + 1);
    expect(cleared.fields).not.toHaveProperty('note');
    expect((await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, fields: { note: 'nandu' } })).total).toBe(0);
    await clearData(test.db);
    await insertData(test.db, typed, { demoTokens: true, model: typesModel });
  });

  const due = typed.tickets.find((ticket) => typeof ticket.fields.due === 'string')!.fields.due as string;
  const requests: Partial<ListTicketsRequest>[] = [
    { fields: { note: 'cafe' } },
    { fields: { note: 'ECOLE' } },
    { fields: { note: 'arger' } },
    { fields: { note: '100%' } },
    { fields: { note: 'r_s' } },
    { fields: { contact: 'ACCOUNT1' } },
    { fields: { page: 'orders/101' } },
    { fields: { due } },
    { fields: { level: 'gold' }, status: 'unsolved' },
    { fields: { labels: 'b' } },
    { fields: { score: '2.5' } },
    { fields: { score: '2.50' } },
    ...['note', 'due', 'contact', 'page', 'level', 'labels', 'score'].flatMap((id) =>
      (['asc', 'desc'] as const).map((direction): Partial<ListTicketsRequest> => ({ sort: `fields.${id}`, direction }))),
  ];
  for (const request of requests) {
    it(JSON.stringify(request), async () => {
      const memory = createMemoryAdapter({ data: typed, model: typesModel, viewer: admin });
      const adapter = createRestAdapter({ baseUrl: typesServer.url, headers: { Authorization: `Bearer ${demoTokenFor(admin.id)}` }, model: typesModel });
      const [fromServer, fromMemory] = await Promise.all([listAll(adapter, request, 100), listAll(memory, request, 100)]);
      expect(fromServer.total).toBe(fromMemory.total);
      expect(fromServer.ids).toEqual(fromMemory.ids);
      if (request.fields) expect(fromServer.total, 'the filter matches something').toBeGreaterThan(0);
    });
  }
});
