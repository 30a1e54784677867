import { describe, expect, it } from 'vitest';
import type { BulkUpdateItem, TicketAdapter, TicketChangeEvent } from '../adapter';
import { updateTicketsOneByOne } from '../bulk';
import { ConflictError } from '../errors';
import { DEFAULT_TICKET_QUERY } from '../query';
import { generateTicketData, type MemoryData } from '../seed/generate';
import type { Viewer } from '../types';
import { createMemoryAdapter } from './memory-adapter';

const NOW = Date.UTC(2026, 10, 20, 9, 0);

function setup(tickets = 40, seed = 11) {
  const data = generateTicketData({ tickets, seed });
  let clock = NOW;
  const adapter = createMemoryAdapter({ data, now: () => (clock += 1_000) });
  const admin = adapter.viewer;
  const memberRecord = data.teamMembers.find((m) => m.role === 'member' && data.tickets.some((t) => t.assistant.ownerId === m.id))!;
  const member: Viewer = { id: memberRecord.id, name: memberRecord.name, role: 'member' };
  return { data, adapter, admin, member };
}

/** A small data set written by hand: every text known, so a search has one place to match. */
function handmade(): MemoryData {
  const base = generateTicketData({ tickets: 3, seed: 5 });
  const [a, b, c] = base.tickets as [MemoryData['tickets'][number], MemoryData['tickets'][number], MemoryData['tickets'][number]];
  const user = (ticket: typeof a) => ({ kind: 'end_user' as const, id: ticket.requester.id, name: ticket.requester.name });
  const at = (minutes: number) => new Date(Date.parse(a.createdAt) + minutes * 60_000).toISOString();
  return {
    ...base,
    tickets: [
      { ...a, subject: 'Parcel lost in transit' },
      { ...b, subject: 'Question about invoice' },
      { ...c, subject: 'Refund for a broken Kühlschrank' },
    ],
    messages: [
      { id: 'a1', ticketId: a.id, author: user(a), body: 'My parcel never arrived. The courier said it was left with the neighbour.', createdAt: at(1) },
      {
        id: 'b1',
        ticketId: b.id,
        author: user(b),
        body: `${'Some long preamble about my account and the history of my orders with your shop. '.repeat(3)}I was charged twice for the Zürich délivery and want a refund of the second charge.\nThanks in advance, and sorry for the long story.`,
        createdAt: at(2),
      },
      { id: 'c1', ticketId: c.id, author: user(c), body: 'The fridge door is cracked.', createdAt: at(3) },
    ],
    notes: [{ id: 'n1', ticketId: a.id, author: { id: 'tm-1', name: 'Alex Morgan' }, body: 'Courier claim filed with reference QX-778.', createdAt: at(5) }],
  };
}

describe('waiting time', () => {
  it('is kept on every reply: the team answering ends the wait, lastMessageAt moves to the reply', async () => {
    const { data, adapter } = setup();
    const waiting = data.tickets.find((ticket) => ticket.waitingSince !== null)!;
    expect(waiting.waitingSince).not.toBeNull();
    const { ticket, message } = await adapter.sendReply(waiting.id, { body: 'We are looking into it.' });
    expect(ticket).toMatchObject({ waitingSince: null, lastMessageAt: message.createdAt });
    expect(await adapter.getTicket(waiting.id)).toMatchObject({ waitingSince: null, lastMessageAt: message.createdAt });
  });

  it('is worked out from the conversation when the data says otherwise', async () => {
    const data = handmade();
    const wrong = { ...data, tickets: data.tickets.map((ticket) => ({ ...ticket, waitingSince: null, lastMessageAt: ticket.createdAt })) };
    const adapter = createMemoryAdapter({ data: wrong });
    const ticket = await adapter.getTicket(data.tickets[0]!.id);
    expect(ticket).toMatchObject({ waitingSince: data.messages[0]!.createdAt, lastMessageAt: data.messages[0]!.createdAt });
  });

  it('a note neither answers nor changes the last message', async () => {
    const { data, adapter } = setup();
    const waiting = data.tickets.find((ticket) => ticket.waitingSince !== null)!;
    await adapter.addNote(waiting.id, { body: 'Checking with the warehouse.' });
    expect(await adapter.getTicket(waiting.id)).toMatchObject({ waitingSince: waiting.waitingSince, lastMessageAt: waiting.lastMessageAt });
  });

  it('sorts longest waiting first with waitingSince asc, and tickets not waiting last either way', async () => {
    const { adapter } = setup(200);
    for (const direction of ['asc', 'desc'] as const) {
      const tickets = [];
      for (let page = 1; page <= 2; page++) tickets.push(...(await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, sort: 'waitingSince', direction, page, pageSize: 100 })).tickets);
      const firstNotWaiting = tickets.findIndex((ticket) => ticket.waitingSince === null);
      expect(firstNotWaiting).toBeGreaterThan(0);
      expect(tickets.slice(firstNotWaiting).every((ticket) => ticket.waitingSince === null)).toBe(true);
      const times = tickets.slice(0, firstNotWaiting).map((ticket) => Date.parse(ticket.waitingSince!));
      expect(times).toEqual([...times].sort((x, y) => (direction === 'asc' ? x - y : y - x)));
    }
  });

  it('moves a ticket in the waiting order when the team replies', async () => {
    const { adapter } = setup(60);
    const request = { ...DEFAULT_TICKET_QUERY, sort: 'waitingSince' as const, direction: 'asc' as const, pageSize: 100 };
    const longest = (await adapter.listTickets(request)).tickets[0]!;
    await adapter.sendReply(longest.id, { body: 'Sorry for the wait.' });
    const after = (await adapter.listTickets(request)).tickets;
    expect(after[0]!.id).not.toBe(longest.id);
    expect(after[after.length - 1]!.waitingSince === null).toBe(true);
    expect(after.findIndex((ticket) => ticket.id === longest.id)).toBeGreaterThan(after.findIndex((ticket) => ticket.waitingSince === null) - 1);
  });
});

describe('queue filters', () => {
  it('assignee me is the viewer, unassigned has none, a member ID has that member', async () => {
    const { adapter, data, admin } = setup(200);
    const all = async (assignee: string) => (await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, assignee, pageSize: 100 })).tickets;
    const mine = await all('me');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((ticket) => ticket.assignee?.id === admin.id)).toBe(true);
    expect((await all('unassigned')).every((ticket) => ticket.assignee === null)).toBe(true);
    const someone = data.tickets.find((ticket) => ticket.assignee && ticket.assignee.id !== admin.id)!.assignee!;
    const theirs = await all(someone.id);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((ticket) => ticket.assignee?.id === someone.id)).toBe(true);
    expect(await all('tm-nobody')).toEqual([]);
  });

  it('follows assignments as they change', async () => {
    const { adapter, data, admin } = setup();
    const ticket = data.tickets.find((t) => t.assignee === null)!;
    const before = (await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, assignee: 'me', pageSize: 100 })).total;
    await adapter.updateTicket(ticket.id, { assigneeId: admin.id }, ticket.version);
    const after = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, assignee: 'me', pageSize: 100 });
    expect(after.total).toBe(before + 1);
    expect(after.tickets.map((t) => t.id)).toContain(ticket.id);
  });

  it('filters by several priorities and by requester', async () => {
    const { adapter, data } = setup(200);
    const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, priorities: ['high', 'urgent'], pageSize: 100 });
    expect(page.total).toBe(data.tickets.filter((t) => t.priority === 'high' || t.priority === 'urgent').length);
    expect(page.tickets.every((t) => t.priority === 'high' || t.priority === 'urgent')).toBe(true);
    const requester = data.tickets[10]!.requester;
    const theirs = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, requester: requester.id, pageSize: 100 });
    expect(theirs.tickets.map((t) => t.id)).toEqual(data.tickets.filter((t) => t.requester.id === requester.id).map((t) => t.id).reverse());
    expect((await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, requester: 'rq-nobody' })).total).toBe(0);
  });

  it('refuses bad filter values with a ValidationError naming the parameter', async () => {
    const { adapter } = setup(5);
    await expect(adapter.listTickets({ ...DEFAULT_TICKET_QUERY, assignee: 'two words' })).rejects.toMatchObject({ code: 'validation', field: 'assignee' });
    await expect(adapter.listTickets({ ...DEFAULT_TICKET_QUERY, priorities: ['p0'] })).rejects.toMatchObject({ code: 'validation', field: 'priorities' });
    await expect(adapter.listTickets({ ...DEFAULT_TICKET_QUERY, requester: '' + '\u0000' })).rejects.toMatchObject({ code: 'validation', field: 'requester' });
    await expect(adapter.listTickets({ ...DEFAULT_TICKET_QUERY, countByStatus: 'yes' as never })).rejects.toMatchObject({ code: 'validation', field: 'countByStatus' });
  });

  it('declares statusCounts and counts every status, ignoring the status filter', async () => {
    const { adapter, data } = setup(200);
    expect(adapter.capabilities).toEqual({ statusCounts: true });
    const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, status: 'closed', priorities: ['urgent'], countByStatus: true });
    const urgent = data.tickets.filter((t) => t.priority === 'urgent');
    expect(page.statusCounts).toEqual({
      open: urgent.filter((t) => t.status === 'open').length,
      in_progress: urgent.filter((t) => t.status === 'in_progress').length,
      closed: urgent.filter((t) => t.status === 'closed').length,
    });
    expect(page.total).toBe(page.statusCounts!.closed);
    expect((await adapter.listTickets(DEFAULT_TICKET_QUERY)).statusCounts).toBeUndefined();
    const none = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: 'qqxqqz', countByStatus: true });
    expect(none.statusCounts).toEqual({ open: 0, in_progress: 0, closed: 0 });
  });
});

describe('search snippets', () => {
  const adapter = createMemoryAdapter({ data: handmade() });
  const search = (text: string) => adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: text });
  const highlighted = (snippet: { text: string; highlights: ReadonlyArray<readonly [number, number]> }) =>
    snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));

  it('explains a match found only in the conversation, with the words highlighted', async () => {
    const page = await search('neighbour');
    const ticket = page.tickets[0]!;
    expect(page.snippets?.[ticket.id]).toMatchObject({ source: 'message' });
    const snippet = page.snippets![ticket.id]!;
    expect(snippet.text).toContain('left with the neighbour');
    expect(highlighted(snippet)).toEqual(['neighbour']);
  });

  it('says nothing when the subject holds every word', async () => {
    const page = await search('parcel');
    expect(page.total).toBe(1);
    expect(page.snippets).toBeUndefined();
  });

  it('cuts a long message around the first match, at most 160 characters, ignoring accents and case', async () => {
    const page = await search('ZURICH charged');
    const snippet = page.snippets![page.tickets[0]!.id]!;
    expect(snippet.text.length).toBeLessThanOrEqual(160);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(highlighted(snippet)).toEqual(['charged', 'Zürich']);
    expect(snippet.text).not.toContain('\n');
  });

  it('highlights accented text in the original characters', async () => {
    const page = await search('delivery');
    const snippet = page.snippets![page.tickets[0]!.id]!;
    expect(highlighted(snippet)).toEqual(['délivery']);
  });

  it('finds words in notes and says so', async () => {
    const page = await search('qx-778');
    expect(page.total).toBe(1);
    const snippet = page.snippets![page.tickets[0]!.id]!;
    expect(snippet).toMatchObject({ source: 'note' });
    expect(highlighted(snippet)).toEqual(['QX-778']);
  });

  it('uses the conversation for the words the subject lacks', async () => {
    const page = await search('refund fridge');
    const snippet = page.snippets![page.tickets[0]!.id]!;
    expect(highlighted(snippet)).toEqual(['fridge']);
  });

  it('finds a new reply and a new note at once', async () => {
    const fresh = createMemoryAdapter({ data: handmade() });
    const ticketId = handmade().tickets[2]!.id;
    await fresh.addNote(ticketId, { body: 'Supplier code ZEBRA-9 for the door.' });
    const page = await fresh.listTickets({ ...DEFAULT_TICKET_QUERY, search: 'zebra-9' });
    expect(page.tickets.map((t) => t.id)).toEqual([ticketId]);
    expect(page.snippets![ticketId]).toMatchObject({ source: 'note' });
  });
});

describe('bulk updates', () => {
  it('writes each item with its own version, reports a conflict with the current ticket, never all-or-nothing', async () => {
    const { adapter, data } = setup();
    const targets = data.tickets.filter((t) => t.status !== 'closed').slice(0, 5);
    // Someone else moves the third ticket first.
    const moved = await adapter.updateTicket(targets[2]!.id, { priority: 'urgent' }, targets[2]!.version);
    const changes: BulkUpdateItem[] = [
      ...targets.map((t) => ({ ticketId: t.id, patch: { status: 'closed' }, expectedVersion: t.version })),
      { ticketId: 'TK-404404', patch: { status: 'closed' }, expectedVersion: 1 },
      { ticketId: targets[0]!.id, patch: { status: 'lost' }, expectedVersion: targets[0]!.version + 1 },
    ];
    const outcomes = await adapter.updateTickets(changes);
    expect(outcomes.map((o) => [o.ticketId, o.ok])).toEqual(changes.map((c, i) => [c.ticketId, i !== 2 && i < 5]));
    const conflict = outcomes[2]!;
    expect(conflict.ok).toBe(false);
    if (!conflict.ok) {
      expect(conflict.error).toBeInstanceOf(ConflictError);
      expect((conflict.error as ConflictError).current).toMatchObject({ id: moved.id, version: moved.version, priority: 'urgent', status: moved.status });
    }
    expect(outcomes[5]).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(outcomes[6]).toMatchObject({ ok: false, error: { code: 'validation', field: 'changes[6].patch.status' } });
    for (const [index, target] of targets.entries()) {
      const now = await adapter.getTicket(target.id);
      if (index === 2) expect(now).toMatchObject({ status: moved.status, version: moved.version });
      else expect(now).toMatchObject({ status: 'closed', version: target.version + 1 });
    }
  });

  it('keeps to the viewer’s scope item by item', async () => {
    const { adapter, data, member } = setup();
    const own = data.tickets.find((t) => t.assistant.ownerId === member.id)!;
    const other = data.tickets.find((t) => t.assistant.ownerId !== member.id)!;
    const outcomes = await adapter.withViewer(member).updateTickets([
      { ticketId: other.id, patch: { priority: 'low' }, expectedVersion: other.version },
      { ticketId: own.id, patch: { priority: own.priority === 'low' ? 'high' : 'low' }, expectedVersion: own.version },
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([false, true]);
    expect(outcomes[0]).toMatchObject({ error: { code: 'not_found' } });
  });

  it('updateTicketsOneByOne does the same through updateTicket, with bounded concurrency and progress', async () => {
    const data = generateTicketData({ tickets: 30, seed: 4 });
    const inner = createMemoryAdapter({ data, latency: 5 });
    let inFlight = 0;
    let most = 0;
    const counting: Pick<TicketAdapter, 'updateTicket' | 'getTicket'> = {
      getTicket: (id, options) => inner.getTicket(id, options),
      async updateTicket(id, patch, version, options) {
        inFlight++;
        most = Math.max(most, inFlight);
        try {
          return await inner.updateTicket(id, patch, version, options);
        } finally {
          inFlight--;
        }
      },
    };
    const stale = data.tickets[3]!;
    await inner.updateTicket(stale.id, { priority: 'urgent' }, stale.version);
    const changes = data.tickets.slice(0, 12).map((t) => ({ ticketId: t.id, patch: { assigneeId: 'tm-2' }, expectedVersion: t.version }));
    const progress: number[] = [];
    const outcomes = await updateTicketsOneByOne(counting, changes, { concurrency: 3, onProgress: (done, total) => progress.push(done * 100 + total) });
    expect(most).toBe(3);
    expect(progress).toEqual(Array.from({ length: 12 }, (_, i) => (i + 1) * 100 + 12));
    expect(outcomes.map((o) => o.ticketId)).toEqual(changes.map((c) => c.ticketId));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(11);
    const conflict = outcomes[3]!;
    expect(conflict.ok === false && conflict.error instanceof ConflictError && conflict.error.current?.priority).toBe('urgent');
  });

  it('updateTicketsOneByOne stops starting writes when aborted, and refuses a bad concurrency', async () => {
    const data = generateTicketData({ tickets: 20, seed: 4 });
    const inner = createMemoryAdapter({ data, latency: 5 });
    const controller = new AbortController();
    const changes = data.tickets.map((t) => ({ ticketId: t.id, patch: { priority: 'low' }, expectedVersion: t.version }));
    const run = updateTicketsOneByOne(inner, changes, { concurrency: 2, signal: controller.signal, onProgress: (done) => done === 4 && controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const written = (await Promise.all(data.tickets.map((t) => inner.getTicket(t.id)))).filter((t, i) => t.version !== data.tickets[i]!.version);
    expect(written.length).toBeGreaterThanOrEqual(4);
    expect(written.length).toBeLessThanOrEqual(6);
    await expect(updateTicketsOneByOne(inner, changes, { concurrency: 0 })).rejects.toMatchObject({ field: 'concurrency' });
  });
});

describe('history', () => {
  it('records one activity per changed property, by the viewer, and tells listeners', async () => {
    const { adapter, data, admin } = setup();
    const ticket = data.tickets.find((t) => t.status === 'open' && t.assignee === null)!;
    const events: TicketChangeEvent[] = [];
    adapter.subscribe((event) => events.push(event));
    const assignee = data.teamMembers[4]!;
    const after = await adapter.updateTicket(ticket.id, { status: 'in_progress', priority: ticket.priority === 'urgent' ? 'low' : 'urgent', assigneeId: assignee.id }, ticket.version);
    const history = (await adapter.listActivity(ticket.id)).slice((await adapter.listActivity(ticket.id)).length - 3);
    expect(history.map((a) => a.change)).toEqual([
      { kind: 'status', from: 'open', to: 'in_progress' },
      { kind: 'priority', from: ticket.priority, to: after.priority },
      { kind: 'assignee', from: null, to: { id: assignee.id, name: assignee.name } },
    ]);
    expect(history.every((a) => a.actor?.id === admin.id && a.createdAt === after.updatedAt && a.ticketId === ticket.id)).toBe(true);
    expect(new Set(history.map((a) => a.id)).size).toBe(3);
    expect(events.filter((e) => e.type === 'activity.added').map((e) => e.type === 'activity.added' && e.activity.id)).toEqual(history.map((a) => a.id));
    // A property set to the value it had is not a change.
    const count = (await adapter.listActivity(ticket.id)).length;
    await adapter.updateTicket(ticket.id, { status: 'in_progress' }, after.version);
    expect(await adapter.listActivity(ticket.id)).toHaveLength(count);
  });

  it('records bulk writes too, and keeps it per ticket, oldest first, in scope', async () => {
    const { adapter, data, member } = setup();
    const [a, b] = data.tickets.filter((t) => t.status !== 'closed');
    const earlier = { a: (await adapter.listActivity(a!.id)).length, b: (await adapter.listActivity(b!.id)).length };
    await adapter.updateTickets([
      { ticketId: a!.id, patch: { status: 'closed' }, expectedVersion: a!.version },
      { ticketId: b!.id, patch: { status: 'closed' }, expectedVersion: b!.version },
    ]);
    await adapter.updateTicket(a!.id, { status: 'open' }, a!.version + 1);
    expect((await adapter.listActivity(a!.id)).slice(earlier.a).map((x) => x.change)).toEqual([
      { kind: 'status', from: a!.status, to: 'closed' },
      { kind: 'status', from: 'closed', to: 'open' },
    ]);
    expect(await adapter.listActivity(b!.id)).toHaveLength(earlier.b + 1);
    const other = data.tickets.find((t) => t.assistant.ownerId !== member.id)!;
    await expect(adapter.withViewer(member).listActivity(other.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('is kept through exportState and importState', async () => {
    const { adapter, data } = setup();
    const ticket = data.tickets[0]!;
    await adapter.updateTicket(ticket.id, { priority: ticket.priority === 'low' ? 'high' : 'low' }, ticket.version);
    const copy = createMemoryAdapter({ data: generateTicketData({ tickets: 1 }) });
    copy.importState(adapter.exportState());
    expect(await copy.listActivity(ticket.id)).toEqual(await adapter.listActivity(ticket.id));
  });
});

describe('saved views', () => {
  it('belong to the viewer: create, list, rename, change, remove', async () => {
    const { adapter, member } = setup(5);
    const views = adapter.savedViews;
    const query = { ...DEFAULT_TICKET_QUERY, status: 'unsolved', assignee: 'me', sort: 'waitingSince' as const, direction: 'asc' as const };
    const { page: _page, ...kept } = query;
    const view = await views.create({ name: '  My queue ', query, columns: ['subject', 'waiting'], density: 'compact' });
    expect(view).toMatchObject({ name: 'My queue', query: kept, columns: ['subject', 'waiting'], density: 'compact' });
    expect(view.query).not.toHaveProperty('page');
    expect(await views.list()).toEqual([view]);
    expect(await adapter.withViewer(member).savedViews.list()).toEqual([]);
    await expect(adapter.withViewer(member).savedViews.remove(view.id)).rejects.toMatchObject({ code: 'not_found' });
    const renamed = await views.update(view.id, { name: 'Waiting longest' });
    expect(renamed).toMatchObject({ id: view.id, name: 'Waiting longest', query: kept, density: 'compact' });
    expect(Date.parse(renamed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(view.updatedAt));
    await views.remove(view.id);
    expect(await views.list()).toEqual([]);
  });

  it('refuses a blank name, a bad query and an unknown view, naming the field', async () => {
    const { adapter } = setup(5);
    const views = adapter.savedViews;
    await expect(views.create({ name: ' ', query: DEFAULT_TICKET_QUERY })).rejects.toMatchObject({ code: 'validation', field: 'name' });
    await expect(views.create({ name: 'x', query: { ...DEFAULT_TICKET_QUERY, priorities: ['p9'] } })).rejects.toMatchObject({ code: 'validation', field: 'query.priorities' });
    await expect(views.create({ name: 'x', query: DEFAULT_TICKET_QUERY, density: 'tiny' as never })).rejects.toMatchObject({ field: 'density' });
    await expect(views.update('view-404', { name: 'y' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
