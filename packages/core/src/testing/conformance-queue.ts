import { beforeAll, describe, expect, it } from 'vitest';
import type { ListTicketsRequest, SearchSnippet, TicketAdapter, TicketChangeEvent, TicketPage } from '../adapter';
import { conversationState } from '../conversation-state';
import { ConflictError } from '../errors';
import { DEFAULT_TICKET_QUERY } from '../query';
import type { MemoryData } from '../seed/generate';
import { foldSearchText } from '../search-text';
import type { Message, Viewer } from '../types';
import type { SeededConformanceOptions } from './conformance';
import { CONFORMANCE_FIXTURE } from './conformance-data';
import { referenceIds, referenceStatusCounts } from './reference';

/** The longest snippet text the suite accepts: the contract's ~160 characters, with room for ellipses. */
export const MAX_SNIPPET_TEXT = 170;

/** What is wrong with a snippet: highlights outside the text, out of order, or text too long. */
export function snippetProblems(snippet: SearchSnippet, label: string): string[] {
  const problems: string[] = [];
  if (snippet.source !== 'message' && snippet.source !== 'note') problems.push(`${label}: source ${JSON.stringify(snippet.source)} is neither message nor note`);
  if (typeof snippet.text !== 'string' || snippet.text.length === 0) problems.push(`${label}: no text`);
  else if (snippet.text.length > MAX_SNIPPET_TEXT) problems.push(`${label}: text of ${snippet.text.length} characters, more than ${MAX_SNIPPET_TEXT}`);
  let previousEnd = 0;
  for (const [start, end] of snippet.highlights ?? []) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= previousEnd && end > start && end <= snippet.text.length)) {
      problems.push(`${label}: highlight [${start}, ${end}) is not inside the text (length ${snippet.text.length}) after the one before`);
    }
    previousEnd = end;
  }
  if ((snippet.highlights ?? []).length === 0) problems.push(`${label}: no highlight`);
  return problems;
}

/** The highlighted parts of a snippet, folded as the search folds them. */
const highlighted = (snippet: SearchSnippet) => snippet.highlights.map(([start, end]) => foldSearchText(snippet.text.slice(start, end)));

const instant = (iso: string | null) => (iso === null ? null : Date.parse(iso));

/**
 * The queue and timeline half of the seeded conformance suite: the assignee, priority and requester filters, the
 * waiting sorts and fields, status counts, search snippets, and the optional bulk update, history and saved views
 * (each checked when the adapter has it, skipped otherwise).
 */
export function describeQueueConformance(options: SeededConformanceOptions, data: MemoryData, admin: Viewer, member: Viewer): void {
  const messagesOf = new Map<string, Message[]>();
  for (const message of data.messages) messagesOf.set(message.ticketId, [...(messagesOf.get(message.ticketId) ?? []), message]);
  const assignedMember = data.tickets.find((ticket) => ticket.assignee && ticket.assignee.id !== admin.id)!.assignee!.id;
  const requester = data.tickets[0]!.requester.id;

  describe('the queue', () => {
    let adapter: TicketAdapter;
    let scoped: TicketAdapter;
    beforeAll(async () => {
      adapter = await options.create({ data, viewer: admin });
      scoped = await options.create({ data, viewer: member });
    });
    const readAll = async (on: TicketAdapter, request: Partial<ListTicketsRequest>): Promise<{ ids: string[]; pages: TicketPage[] }> => {
      const ids: string[] = [];
      const pages: TicketPage[] = [];
      for (let page = 1; page < 100; page++) {
        const result = await on.listTickets({ ...DEFAULT_TICKET_QUERY, ...request, page, pageSize: 25 });
        pages.push(result);
        ids.push(...result.tickets.map((ticket) => ticket.id));
        if (result.tickets.length < 25) break;
      }
      return { ids, pages };
    };
    const expectIds = async (request: Partial<ListTicketsRequest>, viewer: Viewer = admin): Promise<string[]> => {
      const expected = referenceIds(data, viewer, request);
      const { ids, pages } = await readAll(viewer === admin ? adapter : scoped, request);
      expect(ids, `listTickets(${JSON.stringify(request)}) as ${viewer.id}`).toEqual(expected);
      expect(pages[0]!.total, 'total').toBe(expected.length);
      return ids;
    };

    it('the data has tickets waiting for the team and tickets the team answered last', () => {
      expect(data.tickets.some((ticket) => ticket.waitingSince !== null)).toBe(true);
      expect(data.tickets.some((ticket) => ticket.waitingSince === null)).toBe(true);
    });

    it('every ticket carries lastMessageAt and waitingSince as its conversation makes them', async () => {
      const problems: string[] = [];
      const { pages } = await readAll(adapter, {});
      for (const ticket of pages.flatMap((page) => page.tickets)) {
        const expected = conversationState(ticket.createdAt, messagesOf.get(ticket.id) ?? []);
        const actual = { lastMessageAt: instant(ticket.lastMessageAt), waitingSince: instant(ticket.waitingSince) };
        const wanted = { lastMessageAt: instant(expected.lastMessageAt), waitingSince: instant(expected.waitingSince) };
        if (actual.lastMessageAt !== wanted.lastMessageAt || actual.waitingSince !== wanted.waitingSince) {
          problems.push(`${ticket.id}: lastMessageAt ${ticket.lastMessageAt}, waitingSince ${ticket.waitingSince}; expected ${expected.lastMessageAt}, ${expected.waitingSince}`);
        }
      }
      expect(problems).toEqual([]);
    });

    for (const assignee of ['me', 'unassigned', 'member'] as const) {
      it(`filters by assignee ${assignee === 'member' ? 'a member ID' : assignee}`, async () => {
        const ids = await expectIds({ assignee: assignee === 'member' ? assignedMember : assignee });
        expect(ids.length).toBeGreaterThan(0);
      });
    }

    it('assignee "me" is the viewer, for a member too; an ID no one has matches nothing', async () => {
      await expectIds({ assignee: 'me' }, member);
      await expectIds({ assignee: 'tm-nobody-at-all' });
    });

    it('filters by several priorities at once, and by requester', async () => {
      expect((await expectIds({ priorities: ['high', 'urgent'] })).length).toBeGreaterThan(0);
      await expectIds({ priorities: ['low'], status: 'unsolved' });
      expect(await expectIds({ requester })).toContain(data.tickets[0]!.id);
      await expectIds({ requester: 'rq-nobody-at-all' });
    });

    it('combines the queue filters with status, search and the waiting sort', async () => {
      await expectIds({ status: 'unsolved', assignee: 'unassigned', sort: 'waitingSince', direction: 'asc' });
      await expectIds({ priorities: ['normal', 'high'], search: 'the', sort: 'lastMessageAt', direction: 'desc' });
    });

    it('refuses bad assignee, priority and requester values with a ValidationError naming the parameter', async () => {
      const refused = async (request: Partial<ListTicketsRequest>) => adapter.listTickets({ ...DEFAULT_TICKET_QUERY, ...request }).then(() => null, (error: unknown) => error);
      expect(await refused({ assignee: 'two words' })).toMatchObject({ code: 'validation', field: 'assignee' });
      expect(await refused({ priorities: ['not-a-priority'] })).toMatchObject({ code: 'validation', field: 'priorities' });
      expect(await refused({ requester: 'x'.repeat(101) })).toMatchObject({ code: 'validation', field: 'requester' });
    });

    it('counts per status for the other filters, when the adapter declares statusCounts', async (context) => {
      if (!adapter.capabilities?.statusCounts) context.skip();
      const requests: Partial<ListTicketsRequest>[] = [{}, { status: 'closed', priorities: ['high', 'urgent'] }, { status: 'open', search: 'the', assignee: 'unassigned' }];
      for (const request of requests) {
        const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, ...request, countByStatus: true });
        expect(page.statusCounts, `statusCounts of ${JSON.stringify(request)}`).toEqual(referenceStatusCounts(data, admin, request));
      }
      const own = await scoped.listTickets({ ...DEFAULT_TICKET_QUERY, status: 'open', countByStatus: true });
      expect(own.statusCounts, 'statusCounts of a member').toEqual(referenceStatusCounts(data, member, {}));
    });

    it('explains a match found only in the conversation with a snippet, the word highlighted', async () => {
      const ticketId = data.tickets[CONFORMANCE_FIXTURE.conversationTicketIndex]!.id;
      const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: CONFORMANCE_FIXTURE.conversationWord.toLowerCase() });
      expect(page.tickets.map((ticket) => ticket.id)).toEqual([ticketId]);
      const snippet = page.snippets?.[ticketId];
      expect(snippet, `snippets of the page: ${JSON.stringify(page.snippets)}`).toBeDefined();
      expect(snippetProblems(snippet!, `snippet of ${ticketId}`)).toEqual([]);
      expect(snippet!.source).toBe('message');
      expect(highlighted(snippet!)).toEqual([CONFORMANCE_FIXTURE.conversationWord.toLowerCase()]);
    });

    it('finds a word of an internal note, with a note snippet', async () => {
      const ticketId = data.tickets[CONFORMANCE_FIXTURE.noteTicketIndex]!.id;
      const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: CONFORMANCE_FIXTURE.noteWord.toUpperCase() });
      expect(page.tickets.map((ticket) => ticket.id)).toEqual([ticketId]);
      const snippet = page.snippets?.[ticketId];
      expect(snippet, `snippets of the page: ${JSON.stringify(page.snippets)}`).toBeDefined();
      expect(snippetProblems(snippet!, `snippet of ${ticketId}`)).toEqual([]);
      expect(snippet!.source).toBe('note');
      expect(highlighted(snippet!)).toEqual([CONFORMANCE_FIXTURE.noteWord.toLowerCase()]);
    });

    it('gives no snippet when the subject, ID or requester holds every word', async () => {
      const ticket = data.tickets[CONFORMANCE_FIXTURE.accentedTicketIndex]!;
      const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: CONFORMANCE_FIXTURE.requester.email });
      expect(page.tickets.map((t) => t.id)).toEqual([ticket.id]);
      expect(page.snippets?.[ticket.id]).toBeUndefined();
      const byId = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: data.tickets[17]!.id });
      expect(byId.snippets?.[data.tickets[17]!.id]).toBeUndefined();
    });
  });

  describe('the queue: writes', () => {
    const fresh = () => options.create({ data, viewer: admin });
    const waiting = data.tickets.find((ticket) => ticket.waitingSince !== null && ticket.status !== 'closed')!;
    const open = data.tickets.filter((ticket) => ticket.status !== 'closed');

    it('a reply ends the wait: waitingSince null, lastMessageAt the reply, last in the waiting order', async () => {
      const adapter = await fresh();
      const { message, ticket } = await adapter.sendReply(waiting.id, { body: 'Thanks for waiting, this is sorted now.' });
      expect({ waitingSince: ticket.waitingSince, lastMessageAt: instant(ticket.lastMessageAt) }).toEqual({ waitingSince: null, lastMessageAt: instant(message.createdAt) });
      const read = await adapter.getTicket(waiting.id);
      expect({ waitingSince: read.waitingSince, lastMessageAt: instant(read.lastMessageAt) }).toEqual({ waitingSince: null, lastMessageAt: instant(message.createdAt) });
      const first = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, sort: 'lastMessageAt', direction: 'desc', pageSize: 1 });
      expect(first.tickets[0]!.id, 'newest last message first').toBe(waiting.id);
    });

    it('updateTickets writes each item with its own version; a conflict carries the current ticket; nothing else is stopped', async (context) => {
      const adapter = await fresh();
      if (!adapter.updateTickets) context.skip();
      const targets = open.slice(0, 4);
      const moved = await adapter.updateTicket(targets[1]!.id, { priority: targets[1]!.priority === 'urgent' ? 'low' : 'urgent' }, targets[1]!.version);
      const changes = [
        ...targets.map((ticket) => ({ ticketId: ticket.id, patch: { status: 'closed' }, expectedVersion: ticket.version })),
        { ticketId: 'TK-404404', patch: { status: 'closed' }, expectedVersion: 1 },
      ];
      const outcomes = await adapter.updateTickets!(changes);
      expect(outcomes.map((outcome) => [outcome.ticketId, outcome.ok])).toEqual([
        [targets[0]!.id, true],
        [targets[1]!.id, false],
        [targets[2]!.id, true],
        [targets[3]!.id, true],
        ['TK-404404', false],
      ]);
      const conflict = outcomes[1]!;
      expect(conflict.ok === false && conflict.error.code).toBe('conflict');
      if (!conflict.ok) {
        expect(conflict.error, 'a ConflictError').toBeInstanceOf(ConflictError);
        expect((conflict.error as ConflictError).current, 'the conflict carries the current ticket').toMatchObject({ id: moved.id, version: moved.version, priority: moved.priority });
      }
      expect(outcomes[4]).toMatchObject({ ok: false, error: { code: 'not_found' } });
      for (const outcome of outcomes.slice(0, 4)) {
        if (outcome.ok) expect(outcome.ticket).toMatchObject({ status: 'closed' });
      }
      expect(await adapter.getTicket(targets[1]!.id)).toMatchObject({ status: moved.status, version: moved.version });
      expect(await adapter.getTicket(targets[2]!.id)).toMatchObject({ status: 'closed', version: targets[2]!.version + 1 });
    });

    it('listActivity records one event per changed property, by the viewer, oldest first (bulk too)', async (context) => {
      const adapter = await fresh();
      if (!adapter.listActivity) context.skip();
      const ticket = open.find((t) => t.assignee === null) ?? open[0]!;
      const assignee = data.teamMembers.find((m) => m.id !== ticket.assignee?.id)!;
      const events: TicketChangeEvent[] = [];
      const stop = adapter.subscribe?.((event) => events.push(event));
      const before = await adapter.listActivity!(ticket.id);
      const priority = ticket.priority === 'urgent' ? 'low' : 'urgent';
      const after = await adapter.updateTicket(ticket.id, { priority, assigneeId: assignee.id }, ticket.version);
      if (adapter.updateTickets) await adapter.updateTickets([{ ticketId: ticket.id, patch: { status: 'closed' }, expectedVersion: after.version }]);
      else await adapter.updateTicket(ticket.id, { status: 'closed' }, after.version);
      const history = (await adapter.listActivity!(ticket.id)).slice(before.length);
      expect(history.map((activity) => activity.change)).toEqual([
        { kind: 'priority', from: ticket.priority, to: priority },
        { kind: 'assignee', from: ticket.assignee, to: { id: assignee.id, name: assignee.name } },
        { kind: 'status', from: ticket.status, to: 'closed' },
      ]);
      for (const activity of history) {
        expect(activity).toMatchObject({ ticketId: ticket.id, actor: { id: admin.id } });
        expect(Number.isNaN(Date.parse(activity.createdAt))).toBe(false);
      }
      const times = history.map((activity) => Date.parse(activity.createdAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      if (stop) {
        // Live events may arrive a moment later over a network.
        for (let wait = 0; wait < 50 && events.filter((e) => e.type === 'activity.added').length < 3; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
        stop();
        const heard = events.flatMap((event) => (event.type === 'activity.added' ? [event.activity.id] : []));
        expect(heard, 'activity.added events').toEqual(history.map((activity) => activity.id));
      }
    });

    it('saved views belong to the viewer: create, list, rename, remove', async (context) => {
      const adapter = await fresh();
      if (!adapter.savedViews) context.skip();
      const views = adapter.savedViews!;
      const { page: _page, ...query } = { ...DEFAULT_TICKET_QUERY, status: 'unsolved', assignee: 'me', priorities: ['high', 'urgent'], sort: 'waitingSince' as const, direction: 'asc' as const, pageSize: 50 };
      const before = await views.list();
      const view = await views.create({ name: 'Conformance queue', query, columns: ['subject', 'requester'], density: 'compact' });
      expect(view).toMatchObject({ name: 'Conformance queue', query, columns: ['subject', 'requester'], density: 'compact' });
      expect((await views.list()).map((v) => v.id)).toEqual([...before.map((v) => v.id), view.id]);
      const other = (await options.create({ data, viewer: member })).savedViews!;
      expect((await other.list()).map((v) => v.id), 'another viewer’s views').not.toContain(view.id);
      expect(await other.remove(view.id).then(() => null, (error: unknown) => error), 'removing another viewer’s view').toMatchObject({ code: 'not_found' });
      expect(await views.update(view.id, { name: 'Renamed' })).toMatchObject({ id: view.id, name: 'Renamed', query });
      expect(await views.create({ name: '   ', query }).then(() => null, (error: unknown) => error)).toMatchObject({ code: 'validation', field: 'name' });
      await views.remove(view.id);
      expect((await views.list()).map((v) => v.id)).toEqual(before.map((v) => v.id));
    });
  });
}
