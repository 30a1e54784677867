import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListTicketsRequest, TicketAdapter } from '../adapter';
import { addDays, dayIn, nextDay } from '../dates';
import { DEFAULT_TICKET_QUERY, TICKET_SORT_FIELDS } from '../query';
import type { MemoryData } from '../seed/generate';
import { TICKET_STATUSES, type Viewer } from '../types';
import { CONFORMANCE_FIXTURE, adminViewer, createConformanceData, memberViewer } from './conformance-data';
import { referenceIds } from './reference';
import { describeWriteConformance } from './conformance-writes';
import { describeQueueConformance } from './conformance-queue';
import { describeLiveConformance, type LiveConformanceOptions } from './conformance-live';

/**
 * Options of the conformance suite's **seeded** mode (the default): the suite hands your `create` its own small data
 * set, you put it in your backend, and every result is compared with a reference computation over that data.
 */
export interface SeededConformanceOptions {
  /** Selects seeded mode; the default when `mode` is left out. */
  mode?: 'seeded';
  /** Shown in the suite's title, e.g. `memory adapter`. */
  name: string;
  /** Builds a fresh adapter over the given data, scoped to the viewer. Writes of one test must not leak into the next. */
  create(setup: { data: MemoryData; viewer: Viewer }): TicketAdapter | Promise<TicketAdapter>;
  /** Called once after the whole suite. */
  teardown?(): void | Promise<void>;
}

/**
 * How the conformance suite gets an adapter to test: seeded mode ({@link SeededConformanceOptions}, the suite's own
 * data) or live mode ({@link LiveConformanceOptions}, `mode: 'live'`, the data your backend already holds).
 */
export type ConformanceOptions = SeededConformanceOptions | LiveConformanceOptions;

/** Every ticket ID a request matches, read page by page; checks that pages report the same total. */
export async function readAllPages(adapter: TicketAdapter, request: Partial<ListTicketsRequest>, pageSize: number): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  for (let page = 1; page < 1_000; page++) {
    const result = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, ...request, page, pageSize });
    totals.push(result.total);
    ids.push(...result.tickets.map((ticket) => ticket.id));
    if (result.tickets.length < pageSize || ids.length >= result.total) break;
  }
  return { ids, totals };
}

/**
 * Registers a Vitest suite that checks an adapter against the contract. Two modes:
 *
 * - **seeded** (default), `describeAdapterConformance({ name, create({ data, viewer }) })`: the suite's own data is
 *   put in your backend; paging, filters, search, sort, scope, versions, replies, notes, typed errors and aborts are
 *   compared with a simple reference computation over that data, and so are the queue's filters (assignee,
 *   priorities, requester), the waiting fields and sorts, search snippets and (for an adapter that has them) status
 *   counts, bulk updates, history and saved views.
 * - **live**, `describeAdapterConformance({ mode: 'live', name, create({ viewer }), admin, member, conflictTicketId })`:
 *   runs against the data already there, seeding nothing; tickets are discovered through `listTickets` and the
 *   pages are checked against each other. It writes only to `conflictTicketId`. See {@link LiveConformanceOptions}.
 */
export function describeAdapterConformance(options: ConformanceOptions): void {
  if (options.mode === 'live') {
    describeLiveConformance(options);
    return;
  }
  if (options.mode !== undefined && options.mode !== 'seeded') {
    throw new Error(`describeAdapterConformance: mode must be 'seeded' or 'live', got ${JSON.stringify(options.mode)}`);
  }
  const data = createConformanceData();
  const admin = adminViewer(data);
  const member = memberViewer(data);

  describe(`${options.name}: adapter conformance`, () => {
    if (options.teardown) afterAll(() => options.teardown!());

    describe('reading as an admin', () => {
      let adapter: TicketAdapter;
      beforeAll(async () => {
        adapter = await options.create({ data, viewer: admin });
      });
      const expectIds = async (request: Partial<ListTicketsRequest>, pageSize = 100): Promise<string[]> => {
        const expected = referenceIds(data, admin, request);
        const { ids, totals } = await readAllPages(adapter, request, pageSize);
        expect(ids).toEqual(expected);
        expect(new Set(totals)).toEqual(new Set([expected.length]));
        return ids;
      };

      it('pages tile the whole list with no overlap or gap, each with the total', async () => {
        const ids = await expectIds({}, 7);
        expect(ids).toHaveLength(data.tickets.length);
      });

      it('a page past the end is empty and still carries the total', async () => {
        const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, page: 50, pageSize: 10 });
        expect(page.tickets).toEqual([]);
        expect(page.total).toBe(data.tickets.length);
        expect(page.page).toBe(50);
        expect(page.pageSize).toBe(10);
      });

      for (const status of TICKET_STATUSES) {
        it(`filters by status ${status}`, async () => {
          const ids = await expectIds({ status }, 9);
          expect(ids.length).toBeGreaterThan(0);
        });
      }

      it('filters by a created-date range (UTC calendar days, inclusive)', async () => {
        const createdFrom = data.tickets[10]!.createdAt.slice(0, 10);
        const createdTo = data.tickets[30]!.createdAt.slice(0, 10);
        const ids = await expectIds({ createdFrom, createdTo });
        expect(ids).toContain(data.tickets[10]!.id);
        expect(ids).toContain(data.tickets[30]!.id);
      });

      it('reads the date range as calendar days in the given time zone', async () => {
        const timeZone = 'Pacific/Auckland';
        const edge = data.tickets.find((ticket) => dayIn(Date.parse(ticket.createdAt), timeZone) !== ticket.createdAt.slice(0, 10))!;
        const createdFrom = dayIn(Date.parse(edge.createdAt), timeZone);
        const request = { createdFrom, createdTo: nextDay(nextDay(createdFrom)) };
        const zoned = await expectIds({ ...request, timeZone });
        const utc = await expectIds(request);
        expect(zoned).toContain(edge.id);
        expect(utc).not.toContain(edge.id);
      });

      for (const change of CONFORMANCE_FIXTURE.clockChanges) {
        it(`starts ${change.day} in ${change.timeZone} at its first instant, ${change.startsAt}`, async () => {
          const { timeZone, day } = change;
          const start = Date.parse(change.startsAt);
          const createdAt = (ticket: { createdAt: string }) => Date.parse(ticket.createdAt);
          const atStart = data.tickets.filter((ticket) => createdAt(ticket) === start).map((ticket) => ticket.id);
          const before = data.tickets.filter((ticket) => createdAt(ticket) < start && createdAt(ticket) >= start - 3_600_000).map((ticket) => ticket.id);
          expect(atStart).toHaveLength(1);
          expect(before).toHaveLength(2);
          // The day alone, the day before alone, and a range that ends with the day before.
          const onDay = await expectIds({ createdFrom: day, createdTo: day, timeZone });
          const dayBefore = await expectIds({ createdFrom: addDays(day, -1), createdTo: addDays(day, -1), timeZone });
          const untilDay = await expectIds({ createdTo: addDays(day, -1), timeZone, sort: 'createdAt', direction: 'asc' });
          expect(onDay).toEqual(expect.arrayContaining(atStart));
          for (const id of before) expect(onDay).not.toContain(id);
          expect(dayBefore).toEqual(expect.arrayContaining(before));
          expect(dayBefore).not.toContain(atStart[0]);
          expect(untilDay.slice(-2)).toEqual(before);
        });
      }

      it('combines status, date range and search', async () => {
        await expectIds({ status: 'closed', createdFrom: data.tickets[5]!.createdAt.slice(0, 10), search: 'the' }, 4);
      });

      it('finds a ticket by its ID', async () => {
        const ticket = data.tickets[17]!;
        const ids = await expectIds({ search: ticket.id });
        expect(ids).toEqual([ticket.id]);
      });

      it('finds tickets by a word of the subject, in any case', async () => {
        const word = data.tickets[20]!.subject.split(' ').sort((a, b) => b.length - a.length)[0]!;
        const ids = await expectIds({ search: word.toUpperCase() });
        expect(ids).toContain(data.tickets[20]!.id);
      });

      it('finds tickets by the requester email', async () => {
        const ids = await expectIds({ search: CONFORMANCE_FIXTURE.requester.email });
        expect(ids).toEqual([data.tickets[CONFORMANCE_FIXTURE.accentedTicketIndex]!.id]);
      });

      it('finds tickets by text of the conversation', async () => {
        const ids = await expectIds({ search: CONFORMANCE_FIXTURE.conversationWord.toLowerCase() });
        expect(ids).toEqual([data.tickets[CONFORMANCE_FIXTURE.conversationTicketIndex]!.id]);
      });

      it('ignores accents and case, and needs every word to match', async () => {
        const target = data.tickets[CONFORMANCE_FIXTURE.accentedTicketIndex]!.id;
        expect(await expectIds({ search: 'jose muller' })).toContain(target);
        expect(await expectIds({ search: 'JOSÉ MÜLLER' })).toContain(target);
        expect(await expectIds({ search: 'muller@conformance zebulon' })).toEqual([]);
      });

      it('returns nothing (total 0) for a search that matches nothing', async () => {
        const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: 'qqxqqz' });
        expect(page).toMatchObject({ tickets: [], total: 0 });
      });

      for (const sort of TICKET_SORT_FIELDS) {
        for (const direction of ['asc', 'desc'] as const) {
          it(`sorts by ${sort} ${direction}, stable across pages`, async () => {
            await expectIds({ sort, direction }, 8);
            const again = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, sort, direction, page: 2, pageSize: 8 });
            expect(again.tickets.map((t) => t.id)).toEqual(referenceIds(data, admin, { sort, direction }).slice(8, 16));
          });
        }
      }

      it('returns a ticket with the fields it was seeded with', async () => {
        const seeded = data.tickets[3]!;
        const ticket = await adapter.getTicket(seeded.id);
        expect(ticket).toMatchObject({ id: seeded.id, subject: seeded.subject, status: seeded.status, priority: seeded.priority });
        expect(ticket.requester.email).toBe(seeded.requester.email);
        expect(ticket.assistant.ownerId).toBe(seeded.assistant.ownerId);
        expect(Date.parse(ticket.createdAt)).toBe(Date.parse(seeded.createdAt));
      });

      it('lists the conversation oldest first, and the team members', async () => {
        const ticketId = data.tickets[CONFORMANCE_FIXTURE.conversationTicketIndex]!.id;
        const messages = await adapter.listMessages(ticketId);
        expect(messages.map((m) => m.id).sort()).toEqual(data.messages.filter((m) => m.ticketId === ticketId).map((m) => m.id).sort());
        const times = messages.map((m) => Date.parse(m.createdAt));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        const team = await adapter.listTeamMembers();
        expect(team.map((m) => m.id).sort()).toEqual(data.teamMembers.map((m) => m.id).sort());
      });

      it('rejects with typed errors: not found, and validation naming the field', async () => {
        await expect(adapter.getTicket('TK-404404')).rejects.toMatchObject({ code: 'not_found' });
        await expect(adapter.listTickets({ ...DEFAULT_TICKET_QUERY, page: 0 })).rejects.toMatchObject({ code: 'validation', field: 'page' });
        await expect(adapter.listTickets({ ...DEFAULT_TICKET_QUERY, pageSize: 1_000 })).rejects.toMatchObject({ code: 'validation', field: 'pageSize' });
        await expect(adapter.listTickets({ ...DEFAULT_TICKET_QUERY, status: 'lost' as never })).rejects.toMatchObject({ code: 'validation', field: 'status' });
        // An unknown zone is refused with or without a date range (it would silently be ignored without one).
        await expect(adapter.listTickets({ ...DEFAULT_TICKET_QUERY, timeZone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'validation', field: 'timeZone' });
      });

      it('rejects with an AbortError when the signal is already aborted', async () => {
        const controller = new AbortController();
        controller.abort();
        await expect(adapter.listTickets(DEFAULT_TICKET_QUERY, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
        await expect(adapter.getTicket(data.tickets[0]!.id, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
      });
    });

    describe('scope of a member', () => {
      let adapter: TicketAdapter;
      const own = data.tickets.find((ticket) => ticket.assistant.ownerId === member.id)!;
      const other = data.tickets.find((ticket) => ticket.assistant.ownerId !== member.id)!;
      beforeAll(async () => {
        adapter = await options.create({ data, viewer: member });
      });

      it('lists only tickets of the assistants the member owns', async () => {
        const expected = referenceIds(data, member, {});
        const { ids, totals } = await readAllPages(adapter, {}, 10);
        expect(ids).toEqual(expected);
        expect(totals[0]).toBe(expected.length);
        expect(expected.length).toBeLessThan(data.tickets.length);
      });

      it('reads its own tickets', async () => {
        expect((await adapter.getTicket(own.id)).id).toBe(own.id);
      });

      it('a ticket of someone else does not exist for them: the same not-found as a missing ID, on every method', async () => {
        // A 403 naming the owner would let sequential IDs enumerate every ticket and its assistant.
        const missing = 'TK-404404';
        const calls: [string, (id: string) => Promise<unknown>][] = [
          ['getTicket', (id) => adapter.getTicket(id)],
          ['listMessages', (id) => adapter.listMessages(id)],
          ['listNotes', (id) => adapter.listNotes(id)],
          ['updateTicket', (id) => adapter.updateTicket(id, { status: 'closed' }, other.version)],
          ['addNote', (id) => adapter.addNote(id, { body: 'Not mine' })],
          ['sendReply', (id) => adapter.sendReply(id, { body: 'Not mine' })],
        ];
        for (const [method, call] of calls) {
          const outOfScope = await call(other.id).then(() => null, (error: unknown) => error);
          const absent = await call(missing).then(() => null, (error: unknown) => error);
          expect({ method, code: (outOfScope as { code?: unknown } | null)?.code }).toEqual({ method, code: 'not_found' });
          expect({ method, code: (absent as { code?: unknown } | null)?.code }).toEqual({ method, code: 'not_found' });
          expect(String((outOfScope as Error).message)).not.toContain(other.assistant.name);
        }
      });
    });

    describeWriteConformance(options, data, admin);
    describeQueueConformance(options, data, admin, member);
  });
}
