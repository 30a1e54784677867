import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListTicketsRequest, TicketAdapter, TicketPage } from '../adapter';
import { dayIn } from '../dates';
import { DEFAULT_TICKET_QUERY, PAGE_SIZE_BOUNDS, TICKET_SORT_FIELDS } from '../query';
import { conversationState } from '../conversation-state';
import { defaultTicketModel, type TicketModel } from '../model';
import { foldSearchText } from '../search-text';
import { snippetProblems } from './conformance-queue';
import type { Ticket, TicketPriority, TicketStatus, Viewer } from '../types';

/**
 * Options of the conformance suite's **live** mode: it judges an adapter against the data its backend already holds,
 * seeding nothing. It discovers tickets through `listTickets` and checks what the pages return against each other:
 * paging and totals, every filter and sort (the queue's assignee, priorities and requester too), the waiting fields
 * against the conversation, status counts and snippets when the adapter gives them, scope, typed errors, abort, and
 * (on one ticket you name) a conflict, with its history when the adapter has `listActivity`.
 *
 * Run it against a staging copy or at a quiet moment: tickets created or changed by others during the run can make
 * the paging and filter checks fail. Nothing is written except to `conflictTicketId`.
 */
export interface LiveConformanceOptions {
  /** Selects live mode. */
  mode: 'live';
  /** Shown in the suite's title, e.g. `my backend (staging)`. */
  name: string;
  /** The backend's ticket model (its statuses and priority order); the seed's by default. */
  model?: TicketModel;
  /** Builds an adapter over the existing data, acting as `viewer` (e.g. with that person's token). */
  create(setup: { viewer: Viewer }): TicketAdapter | Promise<TicketAdapter>;
  /** An administrator of the backend: sees every ticket. The suite discovers tickets as this viewer. */
  admin: Viewer;
  /**
   * A member of the backend, who owns the assistants of some tickets but not all. Without one, the scope checks are
   * skipped.
   */
  member?: Viewer;
  /**
   * A ticket only the admin may see (its assistant is not the member's). Default: the first discovered ticket whose
   * assistant the member does not own.
   */
  adminOnlyTicketId?: string;
  /**
   * The one ticket the suite may write to, to check that a stale `expectedVersion` is refused with `ConflictError`.
   * The suite changes its priority once (bumping its version), tries a stale write, then puts the priority back
   * (another version). Without it, the conflict check is skipped and nothing is written.
   */
  conflictTicketId?: string;
  /** An ID that no ticket has. Default: one shaped like the discovered IDs (a large number, a nil UUID, or `<id>-0-missing`). */
  missingTicketId?: string;
  /** Page size used to walk the lists; default 25. */
  pageSize?: number;
  /**
   * The most tickets read for any one list; default 2,000. When a list holds more, checks run on its first
   * `maxTickets` and those that need the whole list (pages add up to the total, a filter returns exactly the
   * discovered tickets it matches) are left out for it.
   */
  maxTickets?: number;
  /** A time zone whose calendar days the date-range check also uses, besides UTC; default `Pacific/Auckland`. */
  timeZone?: string;
  /** Time allowed for each check, in ms; default 60,000. */
  timeoutMs?: number;
  /** Called once after the whole suite. */
  teardown?(): void | Promise<void>;
}

/** What walking a list page by page gave. */
interface Walk {
  request: Partial<ListTicketsRequest>;
  pageSize: number;
  pages: TicketPage[];
  tickets: Ticket[];
  total: number;
  /** Whether every ticket of the list was read (false when `maxTickets` stopped the walk). */
  complete: boolean;
}

const describeRequest = (request: Partial<ListTicketsRequest>): string => JSON.stringify(request);

async function walk(adapter: TicketAdapter, request: Partial<ListTicketsRequest>, pageSize: number, maxTickets: number): Promise<Walk> {
  const pages: TicketPage[] = [];
  const tickets: Ticket[] = [];
  for (let page = 1; ; page++) {
    const result = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, ...request, page, pageSize });
    pages.push(result);
    tickets.push(...result.tickets);
    if (result.tickets.length < pageSize || tickets.length >= result.total) break;
    if (tickets.length >= maxTickets) return { request, pageSize, pages, tickets, total: pages[0]!.total, complete: false };
    if (page > maxTickets) throw new Error(`listTickets(${describeRequest(request)}) kept returning full pages past page ${page}`);
  }
  return { request, pageSize, pages, tickets, total: pages[0]!.total, complete: true };
}

/** What is wrong with the pages of a walk: totals that differ, short pages before the end, duplicates, a gap. */
function pagingProblems(result: Walk): string[] {
  const where = `listTickets(${describeRequest(result.request)}, pageSize ${result.pageSize})`;
  const problems: string[] = [];
  const seen = new Map<string, number>();
  result.pages.forEach((page, index) => {
    const number = index + 1;
    if (page.total !== result.total) problems.push(`${where}: page ${number} says total ${page.total}, page 1 said ${result.total}`);
    if (page.page !== number) problems.push(`${where}: page ${number} came back as page ${page.page}`);
    if (page.pageSize !== result.pageSize) problems.push(`${where}: page ${number} came back with pageSize ${page.pageSize}`);
    if (page.tickets.length > result.pageSize) problems.push(`${where}: page ${number} holds ${page.tickets.length} tickets, more than the page size`);
    if (index < result.pages.length - 1 && page.tickets.length < result.pageSize) problems.push(`${where}: page ${number} holds ${page.tickets.length} tickets but is not the last`);
    for (const ticket of page.tickets) {
      const first = seen.get(ticket.id);
      if (first !== undefined) problems.push(`${where}: ticket ${ticket.id} is on page ${first} and again on page ${number}`);
      else seen.set(ticket.id, number);
    }
  });
  if (result.complete && result.tickets.length !== result.total) {
    problems.push(`${where}: the pages hold ${result.tickets.length} tickets in all, but the total is ${result.total}`);
  }
  return problems;
}

/** Differences between the IDs a list returned and those it should have, in order. */
function idProblems(label: string, actual: readonly Ticket[], expected: readonly Ticket[]): string[] {
  const actualIds = actual.map((ticket) => ticket.id);
  const expectedIds = expected.map((ticket) => ticket.id);
  const actualSet = new Set(actualIds);
  const expectedSet = new Set(expectedIds);
  const missing = expectedIds.filter((id) => !actualSet.has(id));
  const extra = actualIds.filter((id) => !expectedSet.has(id));
  const problems: string[] = [];
  const few = (ids: string[]) => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`;
  if (missing.length > 0) problems.push(`${label}: missing ${missing.length} expected ticket(s): ${few(missing)}`);
  if (extra.length > 0) problems.push(`${label}: returned ${extra.length} ticket(s) it should not have: ${few(extra)}`);
  if (problems.length === 0) {
    const at = actualIds.findIndex((id, index) => id !== expectedIds[index]);
    if (at >= 0) problems.push(`${label}: the right tickets in another order; position ${at} is ${actualIds[at]}, expected ${expectedIds[at]}`);
  }
  return problems;
}

/** The sorts every backend has: the built-in ones (a model's custom field sorts are the host's to add). */
type BuiltInSort = (typeof TICKET_SORT_FIELDS)[number];

/** The value sorted on; NaN for a ticket without one (not waiting), which sorts last in either direction. */
const sortKey = (ticket: Ticket, field: BuiltInSort, model: TicketModel): number => {
  if (field === 'priority') return model.priorityRank(ticket.priority);
  const value = ticket[field];
  return value === null || value === undefined ? Number.NaN : Date.parse(value);
};

/** Neighbours out of order: by the field in the direction, and ties newest created first. */
function orderProblems(result: Walk, field: BuiltInSort, direction: 'asc' | 'desc', model: TicketModel): string[] {
  const problems: string[] = [];
  const sign = direction === 'asc' ? 1 : -1;
  for (let i = 1; i < result.tickets.length; i++) {
    const a = result.tickets[i - 1]!;
    const b = result.tickets[i]!;
    const keyA = sortKey(a, field, model);
    const keyB = sortKey(b, field, model);
    const emptyA = field === 'waitingSince' && a.waitingSince === null;
    const emptyB = field === 'waitingSince' && b.waitingSince === null;
    // Tickets without a value come last whatever the direction; among themselves they tie.
    const primary = emptyA || emptyB ? (emptyA === emptyB ? 0 : emptyA ? -1 : 1) : (keyB - keyA) * sign;
    const tieBroken = Date.parse(a.createdAt) >= Date.parse(b.createdAt);
    if (primary < 0 || Number.isNaN(primary)) {
      problems.push(`sorted by ${field} ${direction}: ${a.id} (${field} ${String(fieldValue(a, field))}) comes before ${b.id} (${String(fieldValue(b, field))}) at position ${i}`);
    } else if (primary === 0 && !tieBroken) {
      problems.push(`sorted by ${field} ${direction}: ${a.id} and ${b.id} tie, but the older-created ${a.id} comes first at position ${i} (ties go newest created first)`);
    }
  }
  return problems;
}

const fieldValue = (ticket: Ticket, field: BuiltInSort) => (field === 'priority' ? ticket.priority : ticket[field]);

/** An ID no ticket has, shaped like the ones discovered. */
function missingIdLike(ids: readonly string[]): string {
  if (ids.length > 0 && ids.every((id) => /^\d+$/.test(id))) return String(ids.reduce((max, id) => Math.max(max, Number(id)), 0) + 1_000_000);
  if (ids.length > 0 && ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))) return '00000000-0000-4000-8000-000000000000';
  return `${ids[0] ?? 'ticket'}-0-missing`;
}

/** The longest word of a subject made of letters only (at least 3), for a search. */
function wordOf(subject: string): string | undefined {
  return subject
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 3)
    .sort((a, b) => b.length - a.length)[0];
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

const errorSummary = (error: unknown) =>
  error === null ? 'resolved' : { name: (error as { name?: unknown }).name, code: (error as { code?: unknown }).code, message: String((error as Error).message ?? error) };

/** Registers the live-data suite; see {@link LiveConformanceOptions}. */
export function describeLiveConformance(options: LiveConformanceOptions): void {
  const pageSize = options.pageSize ?? 25;
  const maxTickets = options.maxTickets ?? 2_000;
  const zone = options.timeZone ?? 'Pacific/Auckland';
  const timeout = options.timeoutMs ?? 60_000;
  const { admin, member } = options;
  const model = options.model ?? defaultTicketModel;
  const statuses = model.statuses.map((status) => status.id);
  if (pageSize < PAGE_SIZE_BOUNDS.min || pageSize > PAGE_SIZE_BOUNDS.max) {
    throw new Error(`describeAdapterConformance (live): pageSize must be ${PAGE_SIZE_BOUNDS.min}–${PAGE_SIZE_BOUNDS.max}, got ${pageSize}`);
  }
  if (admin.role !== 'admin') throw new Error(`describeAdapterConformance (live): admin must have role 'admin', got ${JSON.stringify(admin.role)}`);
  if (member && member.role !== 'member') throw new Error(`describeAdapterConformance (live): member must have role 'member', got ${JSON.stringify(member.role)}`);

  let adapter: TicketAdapter;
  let all: Walk;
  const read = (request: Partial<ListTicketsRequest>, size = pageSize) => walk(adapter, request, size, maxTickets);
  /** The discovered tickets a predicate keeps, when the discovery and the filtered walk are both whole. */
  const expectFilter = (result: Walk, label: string, keep: (ticket: Ticket) => boolean) => {
    const problems = [...pagingProblems(result)];
    for (const ticket of result.tickets) if (!keep(ticket)) problems.push(`${label}: returned ${ticket.id}, which does not match`);
    if (result.total > all.total) problems.push(`${label}: total ${result.total} is more than the unfiltered total ${all.total}`);
    if (all.complete && result.complete) problems.push(...idProblems(label, result.tickets, all.tickets.filter(keep)));
    expect(problems, label).toEqual([]);
  };
  /** A search: the ticket it was taken from is found, within the unfiltered list. */
  const expectSearchFinds = async (search: string, target: Ticket) => {
    const label = `search ${JSON.stringify(search)}`;
    const result = await read({ search }, PAGE_SIZE_BOUNDS.max);
    const problems = pagingProblems(result);
    if (result.total > all.total) problems.push(`${label}: total ${result.total} is more than the unfiltered total ${all.total}`);
    if (result.complete && !result.tickets.some((ticket) => ticket.id === target.id)) problems.push(`${label}: did not find ${target.id}, whose data holds it`);
    if (all.complete) {
      const known = new Set(all.tickets.map((ticket) => ticket.id));
      for (const ticket of result.tickets) if (!known.has(ticket.id)) problems.push(`${label}: returned ${ticket.id}, which the unfiltered list does not hold`);
    }
    expect(problems, label).toEqual([]);
  };

  describe(`${options.name}: adapter conformance on live data`, () => {
    if (options.teardown) afterAll(() => options.teardown!());
    beforeAll(async () => {
      adapter = await options.create({ viewer: admin });
      all = await read({});
      if (all.tickets.length < 2) {
        throw new Error(`Live conformance needs at least 2 tickets visible to the admin ${admin.id}; listTickets returned ${all.tickets.length} (total ${all.total}).`);
      }
    }, timeout);

    describe('reading as an admin', () => {
      it(`pages of ${pageSize} tile the list with no duplicate or missing ID, each with the same total`, () => {
        expect(pagingProblems(all), 'paging of the unfiltered list').toEqual([]);
        expect(all.total).toBeGreaterThanOrEqual(all.tickets.length);
      });

      it('other page sizes give the same order: 1 a page, and the largest', async () => {
        const first = await Promise.all([1, 2, 3].map((page) => adapter.listTickets({ ...DEFAULT_TICKET_QUERY, page, pageSize: 1 })));
        expect(first.map((page) => page.tickets.map((t) => t.id)), 'pages 1–3 of 1 ticket').toEqual(all.tickets.slice(0, 3).map((t) => [t.id]));
        for (const page of first) expect(page.total, 'total with pageSize 1').toBe(all.total);
        const big = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, page: 1, pageSize: PAGE_SIZE_BOUNDS.max });
        const expected = all.complete || all.tickets.length >= PAGE_SIZE_BOUNDS.max ? all.tickets.slice(0, PAGE_SIZE_BOUNDS.max) : null;
        if (expected) expect(big.tickets.map((t) => t.id), `page 1 of ${PAGE_SIZE_BOUNDS.max}`).toEqual(expected.map((t) => t.id));
        expect(big.tickets.length).toBe(Math.min(PAGE_SIZE_BOUNDS.max, all.total));
      }, timeout);

      it('a page past the end is empty and still carries the total', async () => {
        const page = Math.ceil(all.total / pageSize) + 1;
        const result = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, page, pageSize });
        expect({ tickets: result.tickets.map((t) => t.id), total: result.total, page: result.page, pageSize: result.pageSize }, `page ${page} of ${pageSize}`).toEqual({
          tickets: [],
          total: all.total,
          page,
          pageSize,
        });
      }, timeout);

      for (const status of statuses) {
        it(`status ${status}: every ticket has it, and they are the discovered tickets that have it`, async () => {
          expectFilter(await read({ status }), `status ${status}`, (ticket) => ticket.status === status);
        }, timeout);
      }

      it('"unsolved": every ticket whose status is not done, and they are the discovered tickets that are not done', async () => {
        expectFilter(await read({ status: 'unsolved' }), 'status unsolved', (ticket) => model.categoryOf(ticket.status) !== 'done');
      }, timeout);

      it('the totals of the statuses add up to the total', async () => {
        const totals = await Promise.all(statuses.map(async (status) => (await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, status, pageSize: 1 })).total));
        expect(totals.reduce((sum, total) => sum + total, 0), `totals per status ${JSON.stringify(Object.fromEntries(statuses.map((s, i) => [s, totals[i]])))}`).toBe(all.total);
      }, timeout);

      for (const timeZone of ['UTC', zone]) {
        it(`created-date range in ${timeZone}: calendar days, inclusive`, async () => {
          // Days of two discovered tickets a quarter and a half down the list (newest first by default).
          const a = all.tickets[Math.floor(all.tickets.length / 4)]!;
          const b = all.tickets[Math.floor(all.tickets.length / 2)]!;
          const days = [dayIn(Date.parse(a.createdAt), timeZone), dayIn(Date.parse(b.createdAt), timeZone)].sort();
          const [createdFrom, createdTo] = days as [string, string];
          const within = (ticket: Ticket) => {
            const day = dayIn(Date.parse(ticket.createdAt), timeZone);
            return day >= createdFrom && day <= createdTo;
          };
          expectFilter(await read({ createdFrom, createdTo, timeZone }), `created ${createdFrom}…${createdTo} in ${timeZone}`, within);
          const single = await read({ createdFrom: createdTo, createdTo, timeZone });
          expectFilter(single, `created on ${createdTo} in ${timeZone}`, (ticket) => dayIn(Date.parse(ticket.createdAt), timeZone) === createdTo);
          if (single.complete) expect(single.tickets.map((t) => t.id), `created on ${createdTo} in ${timeZone}`).toContain(days[1] === dayIn(Date.parse(a.createdAt), timeZone) ? a.id : b.id);
        }, timeout);
      }

      it('search by a word of a discovered subject, in upper case, finds its ticket', async () => {
        const target = all.tickets.find((ticket) => wordOf(ticket.subject)) ?? null;
        expect(target, 'a discovered ticket whose subject has a word of 3 letters or more').not.toBeNull();
        await expectSearchFinds(wordOf(target!.subject)!.toUpperCase(), target!);
      }, timeout);

      it('search by a ticket ID finds that ticket', async () => {
        const target = all.tickets[Math.floor(all.tickets.length / 3)]!;
        await expectSearchFinds(target.id, target);
      }, timeout);

      it("search by a requester's email, and by their name, finds their ticket", async () => {
        const target = all.tickets[Math.floor((all.tickets.length * 2) / 3)]!;
        await expectSearchFinds(target.requester.email, target);
        await expectSearchFinds(target.requester.name, target);
      }, timeout);

      it('search combined with a status keeps to both', async () => {
        const target = all.tickets.find((ticket) => wordOf(ticket.subject))!;
        const search = wordOf(target.subject)!;
        const searched = await read({ search });
        const both = await read({ search, status: target.status });
        const found = new Set(searched.tickets.map((ticket) => ticket.id));
        expectFilter(both, `search ${JSON.stringify(search)} and status ${target.status}`, (ticket) => ticket.status === target.status && (!searched.complete || found.has(ticket.id)));
        expect(both.total, 'total of search and status').toBeLessThanOrEqual(searched.total);
        if (both.complete) expect(both.tickets.map((t) => t.id)).toContain(target.id);
      }, timeout);

      it('a search that matches nothing returns no tickets and total 0', async () => {
        const result = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: 'zqxjvkw qqxqqz' });
        expect({ tickets: result.tickets.map((t) => t.id), total: result.total }).toEqual({ tickets: [], total: 0 });
      }, timeout);

      for (const sort of TICKET_SORT_FIELDS) {
        for (const direction of ['asc', 'desc'] as const) {
          it(`sorts by ${sort} ${direction}: in order across pages, ties newest created first, the same tickets`, async () => {
            const result = await read({ sort, direction });
            const problems = [...pagingProblems(result), ...orderProblems(result, sort, direction, model)];
            if (result.total !== all.total) problems.push(`sorted by ${sort} ${direction}: total ${result.total}, unsorted ${all.total}`);
            if (all.complete && result.complete) {
              const sorted = [...all.tickets].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
              const byId = [...result.tickets].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
              problems.push(...idProblems(`sorted by ${sort} ${direction} (as a set)`, byId, sorted));
            }
            expect(problems, `sort ${sort} ${direction}`).toEqual([]);
          }, timeout);
        }
      }

      it('lastMessageAt and waitingSince follow the conversation (the first tickets listed)', async () => {
        const problems: string[] = [];
        for (const ticket of all.tickets.slice(0, 10)) {
          const expected = conversationState(ticket.createdAt, await adapter.listMessages(ticket.id));
          const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));
          if (!same(ticket.lastMessageAt, expected.lastMessageAt) || !same(ticket.waitingSince, expected.waitingSince)) {
            problems.push(`${ticket.id}: lastMessageAt ${ticket.lastMessageAt}, waitingSince ${ticket.waitingSince}; its conversation makes them ${expected.lastMessageAt}, ${expected.waitingSince}`);
          }
        }
        expect(problems, 'waiting fields against listMessages').toEqual([]);
      }, timeout);

      it('assignee: unassigned, me (the admin) and a member ID each keep to their tickets', async () => {
        expectFilter(await read({ assignee: 'unassigned' }), 'assignee unassigned', (ticket) => ticket.assignee === null);
        expectFilter(await read({ assignee: 'me' }), `assignee me (${admin.id})`, (ticket) => ticket.assignee?.id === admin.id);
        const someone = all.tickets.find((ticket) => ticket.assignee !== null && ticket.assignee.id !== admin.id)?.assignee;
        if (someone) {
          const result = await read({ assignee: someone.id });
          expectFilter(result, `assignee ${someone.id}`, (ticket) => ticket.assignee?.id === someone.id);
          expect(result.total, `assignee ${someone.id}: a discovered ticket has them`).toBeGreaterThan(0);
        }
      }, timeout);

      it('priorities: several at once keep to any of them', async () => {
        const wanted = model.priorities.slice(-2).map((priority) => priority.id);
        expectFilter(await read({ priorities: wanted }), `priorities ${wanted.join(',')}`, (ticket) => wanted.includes(ticket.priority));
      }, timeout);

      it("requester: a discovered ticket's requester keeps to their tickets and finds it", async () => {
        const target = all.tickets[Math.floor(all.tickets.length / 5)]!;
        const result = await read({ requester: target.requester.id });
        expectFilter(result, `requester ${target.requester.id}`, (ticket) => ticket.requester.id === target.requester.id);
        if (result.complete) expect(result.tickets.map((ticket) => ticket.id)).toContain(target.id);
      }, timeout);

      it('statusCounts (when the adapter declares it): per status, the totals of each status filter, whatever the status filter', async (context) => {
        if (!adapter.capabilities?.statusCounts) context.skip();
        const totals = Object.fromEntries(
          await Promise.all(statuses.map(async (status) => [status, (await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, status, pageSize: 1 })).total] as const)),
        );
        for (const status of ['all', statuses[0]!]) {
          const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, status, pageSize: 1, countByStatus: true });
          expect(page.statusCounts, `statusCounts with status ${status}`).toEqual(totals);
        }
      }, timeout);

      it('snippets, when a search returns them, are well formed, for tickets of the page, and highlight the search', async () => {
        const words = (await adapter.listMessages(all.tickets[0]!.id)).flatMap((message) => message.body.split(/[^\p{L}]+/u)).filter((word) => word.length >= 6);
        const word = words.sort((a, b) => b.length - a.length)[0];
        if (word === undefined) return;
        const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: word, pageSize: PAGE_SIZE_BOUNDS.max });
        const ids = new Set(page.tickets.map((ticket) => ticket.id));
        const problems: string[] = [];
        for (const [id, snippet] of Object.entries(page.snippets ?? {})) {
          if (!ids.has(id)) problems.push(`snippet for ${id}, which is not on the page`);
          problems.push(...snippetProblems(snippet, `snippet of ${id}`));
          const parts = snippet.highlights.map(([start, end]) => foldSearchText(snippet.text.slice(start, end)));
          if (!parts.some((part) => part.includes(foldSearchText(word)))) problems.push(`snippet of ${id}: no highlight holds ${JSON.stringify(word)}: ${JSON.stringify(parts)}`);
        }
        expect(problems, `snippets of a search for ${JSON.stringify(word)}`).toEqual([]);
      }, timeout);

      it('getTicket returns what the list showed of a ticket', async () => {
        const listed = all.tickets[Math.floor(all.tickets.length / 2)]!;
        const ticket = await adapter.getTicket(listed.id);
        const pick = (t: Ticket) => ({ id: t.id, subject: t.subject, status: t.status, priority: t.priority, version: t.version, createdAt: Date.parse(t.createdAt), requester: t.requester.email, ownerId: t.assistant.ownerId });
        expect(pick(ticket), `getTicket(${JSON.stringify(listed.id)})`).toEqual(pick(listed));
      }, timeout);

      it('a missing ID is NotFound', async () => {
        const missing = options.missingTicketId ?? missingIdLike(all.tickets.map((ticket) => ticket.id));
        expect(errorSummary(await rejection(adapter.getTicket(missing))), `getTicket(${JSON.stringify(missing)})`).toMatchObject({ code: 'not_found' });
      }, timeout);

      it('an aborted signal rejects with an AbortError', async () => {
        const controller = new AbortController();
        controller.abort();
        const { signal } = controller;
        expect(errorSummary(await rejection(adapter.listTickets(DEFAULT_TICKET_QUERY, { signal }))), 'listTickets').toMatchObject({ name: 'AbortError' });
        expect(errorSummary(await rejection(adapter.getTicket(all.tickets[0]!.id, { signal }))), 'getTicket').toMatchObject({ name: 'AbortError' });
      }, timeout);
    });

    describe.skipIf(!member)(`scope of the member ${member?.id ?? '(none given)'}`, () => {
      let own: TicketAdapter;
      beforeAll(async () => {
        own = await options.create({ viewer: member! });
      }, timeout);

      it('lists only tickets of the assistants they own: the discovered tickets of those assistants', async () => {
        const result = await walk(own, {}, pageSize, maxTickets);
        expectFilter(result, `the member ${member!.id}'s list`, (ticket) => ticket.assistant.ownerId === member!.id);
        for (const ticket of result.tickets.slice(0, 1)) expect((await own.getTicket(ticket.id)).id, 'the member reads their own ticket').toBe(ticket.id);
      }, timeout);

      it('a ticket only the admin may see does not exist for them: NotFound, and not found by a search for its ID', async () => {
        const id = options.adminOnlyTicketId ?? all.tickets.find((ticket) => ticket.assistant.ownerId !== member!.id)?.id;
        expect(id, `an admin-only ticket: none of the ${all.tickets.length} discovered tickets has an assistant the member does not own; name one with adminOnlyTicketId`).toBeDefined();
        const calls: [string, () => Promise<unknown>][] = [
          ['getTicket', () => own.getTicket(id!)],
          ['listMessages', () => own.listMessages(id!)],
          ['listNotes', () => own.listNotes(id!)],
        ];
        for (const [method, call] of calls) {
          expect(errorSummary(await rejection(call())), `${method}(${JSON.stringify(id)}) as the member`).toMatchObject({ code: 'not_found' });
        }
        const searched = await own.listTickets({ ...DEFAULT_TICKET_QUERY, search: id!, pageSize: PAGE_SIZE_BOUNDS.max });
        expect(searched.tickets.map((t) => t.id), `search ${JSON.stringify(id)} as the member`).not.toContain(id);
      }, timeout);
    });

    describe.skipIf(!options.conflictTicketId)(`a conflict on ticket ${options.conflictTicketId ?? '(none given)'}`, () => {
      it('a stale expectedVersion is refused with a ConflictError and changes nothing; the priority is put back after', async () => {
        const id = options.conflictTicketId!;
        const before = await adapter.getTicket(id);
        const [lowest, next] = model.priorities;
        const priority: TicketPriority = before.priority === lowest!.id ? (next ?? lowest)!.id : lowest!.id;
        const status: TicketStatus = statuses.find((id) => id !== before.status) ?? before.status;
        const moved = await adapter.updateTicket(id, { priority }, before.version);
        let current = moved;
        try {
          expect({ priority: moved.priority, newer: moved.version > before.version }, `updateTicket(${JSON.stringify(id)}, { priority: '${priority}' }, ${before.version})`).toEqual({ priority, newer: true });
          const stale = await rejection(adapter.updateTicket(id, { status }, before.version));
          expect(errorSummary(stale), `updateTicket(${JSON.stringify(id)}, { status: '${status}' }, stale version ${before.version})`).toMatchObject({ code: 'conflict' });
          current = await adapter.getTicket(id);
          expect({ status: current.status, priority: current.priority, version: current.version }, 'the ticket after the refused write').toEqual({ status: before.status, priority, version: moved.version });
        } finally {
          await adapter.updateTicket(id, { priority: before.priority }, current.version);
        }
        expect((await adapter.getTicket(id)).priority, 'the priority put back').toBe(before.priority);
        if (adapter.listActivity) {
          const history = await adapter.listActivity(id);
          const last = history.slice(-2).map((activity) => ({ actor: activity.actor?.id, change: activity.change }));
          expect(last, `listActivity(${JSON.stringify(id)}): the priority changed and put back, by the admin`).toEqual([
            { actor: admin.id, change: { kind: 'priority', from: before.priority, to: priority } },
            { actor: admin.id, change: { kind: 'priority', from: priority, to: before.priority } },
          ]);
        }
      }, timeout);
    });
  });
}
