import type { SavedView, Ticket, TicketActivity, TicketPage } from '@ticketkit/core';
import { describe, expect, it } from 'vitest';
import { demoTokenFor } from '../db/demo-tokens';
import { useApiServer } from '../testing/api-fixture';

// The queue and timeline routes of the HTTP API (issues #16, #17): list filters and counts, waiting times, search
// snippets, bulk updates, history and saved views, each with the bad-input and scope rules of the other routes.
const server = useApiServer();
const { data, admin, member, own, other, call, snapshot } = server;

async function list(query: string, token?: string): Promise<TicketPage> {
  const response = await call(`/tickets?${query}`, token === undefined ? {} : { token });
  expect(response.status, query).toBe(200);
  return (await response.json()) as TicketPage;
}

async function listAll(query: string, token?: string): Promise<Ticket[]> {
  const tickets: Ticket[] = [];
  for (let page = 1; ; page++) {
    const result = await list(`${query}&pageSize=100&page=${page}`, token);
    tickets.push(...result.tickets);
    if (tickets.length >= result.total) return tickets;
  }
}

async function expectInvalid(response: Response, field: string) {
  const body = await response.json();
  expect({ status: response.status, field: body?.error?.field }).toEqual({ status: 400, field });
}

describe('list filters, sorts and counts', () => {
  it('filters by assignee: me, unassigned, a member ID', async () => {
    const assigned = data.tickets.find((ticket) => ticket.assignee !== null)!;
    const assigneeId = assigned.assignee!.id;
    const byId = await listAll(`assignee=${encodeURIComponent(assigneeId)}`);
    expect(byId.map((t) => t.id).sort()).toEqual(data.tickets.filter((t) => t.assignee?.id === assigneeId).map((t) => t.id).sort());
    const mine = await listAll('assignee=me', demoTokenFor(assigneeId));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((t) => t.assignee?.id === assigneeId)).toBe(true);
    const unassigned = await listAll('assignee=unassigned');
    expect(unassigned.length).toBe(data.tickets.filter((t) => t.assignee === null).length);
    expect(unassigned.every((t) => t.assignee === null)).toBe(true);
  });

  it('filters by several priorities and a requester; a priority the model lacks is 400 on `priority`', async () => {
    const page = await listAll('priority=high,urgent');
    expect(page.length).toBe(data.tickets.filter((t) => t.priority === 'high' || t.priority === 'urgent').length);
    const requester = data.tickets[0]!.requester.id;
    const theirs = await listAll(`requester=${encodeURIComponent(requester)}`);
    expect(theirs.map((t) => t.id).sort()).toEqual(data.tickets.filter((t) => t.requester.id === requester).map((t) => t.id).sort());
    await expectInvalid(await call('/tickets?priority=high,extreme'), 'priority');
    await expectInvalid(await call('/tickets?priorities=high'), 'priorities');
    await expectInvalid(await call('/tickets?assignee=two%20words'), 'assignee');
    await expectInvalid(await call('/tickets?countByStatus=yes'), 'countByStatus');
  });

  it('counts every status under the other filters, the status filter ignored, within the scope', async () => {
    const page = await list('status=closed&priority=urgent&countByStatus=true', demoTokenFor(member.id));
    const visible = data.tickets.filter((t) => t.assistant.ownerId === member.id && t.priority === 'urgent');
    expect(page.statusCounts).toEqual({
      open: visible.filter((t) => t.status === 'open').length,
      in_progress: visible.filter((t) => t.status === 'in_progress').length,
      closed: visible.filter((t) => t.status === 'closed').length,
    });
    expect(page.total).toBe(page.statusCounts!.closed);
    expect((await list('status=open')).statusCounts).toBeUndefined();
  });

  it('sorts by waiting time with the tickets nobody waits on last in both directions, and by last message', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const sorted = await listAll(`sort=waitingSince&direction=${direction}`);
      const waiting = sorted.filter((t) => t.waitingSince !== null);
      expect(sorted.slice(waiting.length).every((t) => t.waitingSince === null), direction).toBe(true);
      const times = waiting.map((t) => Date.parse(t.waitingSince!));
      expect(times).toEqual([...times].sort((a, b) => (direction === 'asc' ? a - b : b - a)));
    }
    const byLast = await listAll('sort=lastMessageAt&direction=desc');
    const times = byLast.map((t) => Date.parse(t.lastMessageAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('waiting times', () => {
  it('a reply sets lastMessageAt to the reply and clears waitingSince, in the same write', async () => {
    const waiting = data.tickets.find((t) => t.waitingSince !== null && t.assistant.ownerId === member.id)!;
    const response = await call(`/tickets/${encodeURIComponent(waiting.id)}/replies`, { method: 'POST', json: { body: 'On it.' } });
    expect(response.status).toBe(201);
    const { message, ticket } = (await response.json()) as { message: { createdAt: string }; ticket: Ticket };
    expect(ticket.waitingSince).toBeNull();
    expect(ticket.lastMessageAt).toBe(message.createdAt);
    expect(((await (await call(`/tickets/${encodeURIComponent(waiting.id)}`)).json()) as Ticket).waitingSince).toBeNull();
  });
});

describe('search snippets', () => {
  it('explains a match found only in the conversation, with the word highlighted', async () => {
    const target = own;
    const response = await call(`/tickets/${encodeURIComponent(target.id)}/replies`, {
      method: 'POST',
      json: { body: 'Your parcel left our Zürich warehouse this morning; the courier is Quokkaexpress and it should arrive Friday.' },
    });
    expect(response.status).toBe(201);
    const page = await list('search=quokkaexpress');
    expect(page.tickets.map((t) => t.id)).toEqual([target.id]);
    const snippet = page.snippets?.[target.id];
    expect(snippet?.source).toBe('message');
    expect(snippet!.text.length).toBeLessThanOrEqual(160);
    expect(snippet!.highlights.map(([start, end]) => snippet!.text.slice(start, end))).toEqual(['Quokkaexpress']);
    // Accents folded: "zurich" finds "Zürich" and the range covers the word as written.
    const folded = await list('search=zurich%20quokkaexpress');
    const both = folded.snippets![target.id]!;
    expect(both.highlights.map(([start, end]) => both.text.slice(start, end))).toEqual(['Zürich', 'Quokkaexpress']);
  });

  it('finds a new note at once and says the snippet comes from a note', async () => {
    const response = await call(`/tickets/${encodeURIComponent(own.id)}/notes`, { method: 'POST', json: { body: 'Supplier code ZEBRA-9 for the door.' } });
    expect(response.status).toBe(201);
    const page = await list('search=zebra-9');
    expect(page.tickets.map((t) => t.id)).toEqual([own.id]);
    expect(page.snippets?.[own.id]).toEqual({ source: 'note', text: 'Supplier code ZEBRA-9 for the door.', highlights: [[14, 21]] });
  });

  it('gives no snippet when the words are in the subject', async () => {
    const word = own.subject.split(/\s+/).find((w) => w.length > 4)!;
    const page = await list(`search=${encodeURIComponent(word)}&pageSize=100`);
    expect(page.tickets.some((t) => t.id === own.id)).toBe(true);
    expect(page.snippets?.[own.id]).toBeUndefined();
    expect((await list(`search=${encodeURIComponent(own.id)}`)).snippets).toBeUndefined();
  });
});

describe('bulk update', () => {
  it('writes each item with its own version and answers in order: written, conflict with the current ticket, out of scope, refused patch', async () => {
    const memberToken = demoTokenFor(member.id);
    const mine = data.tickets.filter((t) => t.assistant.ownerId === member.id && t.status !== 'closed').slice(0, 2);
    const items = [
      { ticketId: mine[0]!.id, expectedVersion: mine[0]!.version, patch: { status: 'closed' } },
      { ticketId: mine[1]!.id, expectedVersion: mine[1]!.version + 5, patch: { status: 'closed' } },
      { ticketId: other.id, expectedVersion: other.version, patch: { status: 'closed' } },
      { ticketId: mine[1]!.id, expectedVersion: mine[1]!.version, patch: { status: 'archived' } },
      { ticketId: mine[1]!.id, expectedVersion: mine[1]!.version, patch: { assigneeId: 'tm-nobody' } },
    ];
    const response = await call('/tickets/bulk-update', { method: 'POST', json: { items }, token: memberToken });
    expect(response.status).toBe(200);
    const { outcomes } = (await response.json()) as { outcomes: Array<Record<string, unknown>> };
    expect(outcomes.map((o) => o.ticketId)).toEqual(items.map((i) => i.ticketId));
    expect(outcomes[0]).toMatchObject({ ok: true, ticket: { id: mine[0]!.id, status: 'closed', version: mine[0]!.version + 1 } });
    expect(outcomes[1]).toMatchObject({ ok: false, error: { code: 'conflict', currentVersion: mine[1]!.version, currentTicket: { id: mine[1]!.id, status: mine[1]!.status } } });
    expect(outcomes[2]).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(outcomes[3]).toMatchObject({ ok: false, error: { code: 'validation', field: 'patch.status' } });
    expect(outcomes[4]).toMatchObject({ ok: false, error: { code: 'validation', field: 'patch.assigneeId' } });
    const after = (await (await call(`/tickets/${encodeURIComponent(mine[1]!.id)}`)).json()) as Ticket;
    expect(after.version).toBe(mine[1]!.version);
  });

  it('a body of the wrong shape is 400 naming the place and writes nothing', async () => {
    const before = await snapshot();
    const item = { ticketId: own.id, expectedVersion: own.version, patch: { status: 'closed' } };
    await expectInvalid(await call('/tickets/bulk-update', { method: 'POST', json: { items: [item, { ...item, expectedVersion: -1 }] } }), 'items[1].expectedVersion');
    await expectInvalid(await call('/tickets/bulk-update', { method: 'POST', json: { items: [] } }), 'items');
    await expectInvalid(await call('/tickets/bulk-update', { method: 'POST', json: { items: Array.from({ length: 101 }, () => item) } }), 'items');
    await expectInvalid(await call('/tickets/bulk-update', { method: 'POST', json: { items: [{ ...item, extra: 1 }] } }), 'items[0].extra');
    expect(await snapshot()).toEqual(before);
  });
});

describe('history', () => {
  it('records one activity per changed property of each write, by the viewer, and lists it oldest first', async () => {
    const path = `/tickets/${encodeURIComponent(own.id)}`;
    // The data may carry history already; this write's comes after it.
    const earlier = ((await (await call(`${path}/activity`)).json()) as { activity: TicketActivity[] }).activity.length;
    const to = data.teamMembers.find((m) => m.id !== own.assignee?.id)!;
    const newStatus = own.status === 'closed' ? 'open' : 'closed';
    const first = await call(path, { method: 'PATCH', json: { expectedVersion: own.version, patch: { status: newStatus, priority: own.priority, assigneeId: to.id } } });
    expect(first.status).toBe(200);
    // A stale write is refused, with the ticket as it now stands, and records nothing.
    const stale = await call(path, { method: 'PATCH', json: { expectedVersion: own.version, patch: { priority: 'urgent' } } });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatchObject({ code: 'conflict', currentVersion: own.version + 1, currentTicket: { id: own.id, version: own.version + 1, status: newStatus } });
    const response = await call(`${path}/activity`);
    expect(response.status).toBe(200);
    const activity = ((await response.json()) as { activity: TicketActivity[] }).activity.slice(earlier);
    expect(activity.map((a) => a.change)).toEqual([
      { kind: 'status', from: own.status, to: newStatus },
      { kind: 'assignee', from: own.assignee, to: { id: to.id, name: to.name } },
    ]);
    expect(activity.every((a) => a.actor?.id === admin.id && a.ticketId === own.id)).toBe(true);
    expect(activity[0]!.createdAt).toBe(((await first.json()) as Ticket).updatedAt);
  });

  it('is 404 out of scope, as a missing ticket', async () => {
    const response = await call(`/tickets/${encodeURIComponent(other.id)}/activity`, { token: demoTokenFor(member.id) });
    expect(response.status).toBe(404);
    expect((await call('/tickets/TK-none/activity')).status).toBe(404);
  });
});

describe('saved views', () => {
  it('are created, listed, changed and deleted by their owner only', async () => {
    const created = await call('/views', { method: 'POST', json: { name: '  Urgent, mine ', query: { status: 'unsolved', assignee: 'me', priorities: ['urgent', 'high'], sort: 'waitingSince', direction: 'asc', pageSize: 50 }, columns: ['subject', 'waiting'], density: 'compact' } });
    expect(created.status).toBe(201);
    const view = (await created.json()) as SavedView;
    expect(view).toMatchObject({ name: 'Urgent, mine', columns: ['subject', 'waiting'], density: 'compact' });
    // Stored normalised: priorities in the model's order, defaults filled in, no page.
    expect(view.query).toMatchObject({ status: 'unsolved', assignee: 'me', priorities: ['high', 'urgent'], search: '', pageSize: 50 });
    expect('page' in view.query).toBe(false);
    expect(((await (await call('/views')).json()) as { views: SavedView[] }).views.map((v) => v.id)).toEqual([view.id]);
    // Another member does not see it, cannot change it or delete it.
    const memberToken = demoTokenFor(member.id);
    expect(((await (await call('/views', { token: memberToken })).json()) as { views: SavedView[] }).views).toEqual([]);
    expect((await call(`/views/${view.id}`, { method: 'PATCH', json: { name: 'Mine now' }, token: memberToken })).status).toBe(404);
    expect((await call(`/views/${view.id}`, { method: 'DELETE', token: memberToken })).status).toBe(404);
    const renamed = await call(`/views/${view.id}`, { method: 'PATCH', json: { name: 'Renamed' } });
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as SavedView)).toMatchObject({ id: view.id, name: 'Renamed', density: 'compact' });
    expect((await call(`/views/${view.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(((await (await call('/views')).json()) as { views: SavedView[] }).views).toEqual([]);
    expect((await call(`/views/${view.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses bad input with 400 naming the field', async () => {
    await expectInvalid(await call('/views', { method: 'POST', json: { name: ' ', query: {} } }), 'name');
    await expectInvalid(await call('/views', { method: 'POST', json: { name: 'x'.repeat(81), query: {} } }), 'name');
    await expectInvalid(await call('/views', { method: 'POST', json: { name: 'A', query: { sort: 'nope' } } }), 'query.sort');
    await expectInvalid(await call('/views', { method: 'POST', json: { name: 'A', query: { page: 2 } } }), 'query.page');
    await expectInvalid(await call('/views', { method: 'POST', json: { name: 'A', query: {}, density: 'tiny' } }), 'density');
    await expectInvalid(await call('/views', { method: 'POST', json: { name: 'A', query: {}, extra: true } }), 'extra');
    await expectInvalid(await call('/views/some-view', { method: 'PATCH', json: {} }), 'body');
    const [{ count }] = (await server.db.query<{ count: number }>('SELECT count(*)::int AS count FROM saved_views')) as [{ count: number }];
    expect(count).toBe(0);
  });
});
