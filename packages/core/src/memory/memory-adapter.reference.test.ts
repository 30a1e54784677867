import { describe, expect, it } from 'vitest';
import type { ListTicketsRequest } from '../adapter';
import { generateTicketData } from '../seed/generate';
import { DEFAULT_TICKET_QUERY } from '../query';
import { adminViewer, memberViewer, readAllPages, referenceIds, referenceStatusCounts } from '../testing';
import { createMemoryAdapter } from './memory-adapter';

// Large enough that rare searches take the "sort the few candidates" path and common ones walk the presorted order.
const data = generateTicketData({ tickets: 3_000, seed: 77 });
const admin = adminViewer(data);
const member = memberViewer(data);
const adapter = createMemoryAdapter({ data: structuredClone(data), viewer: admin });

const requests: Partial<ListTicketsRequest>[] = [
  { search: data.tickets[1234]!.id },
  { search: data.tickets[99]!.requester.email },
  { search: 'refund', sort: 'priority', direction: 'asc' },
  { search: 'the', status: 'open', sort: 'updatedAt' },
  { search: 'müller', createdFrom: '2026-03-01', createdTo: '2026-06-30', timeZone: 'America/New_York' },
  { search: 'csv export', direction: 'asc' },
  { search: 'tk-12' },
  { status: 'in_progress', sort: 'priority', direction: 'desc' },
  { sort: 'waitingSince', direction: 'asc' },
  { sort: 'waitingSince', direction: 'desc', status: 'unsolved' },
  { sort: 'lastMessageAt', direction: 'desc', search: 'refund' },
  { assignee: 'me', sort: 'waitingSince', direction: 'asc' },
  { assignee: 'unassigned', status: 'unsolved' },
  { assignee: data.teamMembers[4]!.id, priorities: ['high', 'urgent'] },
  { priorities: ['low'], search: 'the', sort: 'lastMessageAt', direction: 'asc' },
  { requester: data.tickets[42]!.requester.id },
  { requester: data.tickets[7]!.requester.id, search: data.tickets[7]!.requester.email },
  { assignee: 'unassigned', search: data.tickets[99]!.requester.email },
  // Filtered on status, owner and assignee only: totals and counts from the store's tally, the page walked to its end.
  {},
  { status: 'unsolved' },
  { assignee: 'me', status: 'unsolved' },
  { assignee: 'unassigned', sort: 'updatedAt', direction: 'asc' },
  { status: 'closed', assignee: data.teamMembers[2]!.id, sort: 'priority' },
];

describe('memory adapter against the reference on 3,000 tickets', () => {
  it.each(requests)('matches the reference for %j', async (request) => {
    const expected = referenceIds(data, admin, request);
    expect(expected.length, 'a request that matches something').toBeGreaterThan(0);
    const { ids } = await readAllPages(adapter, request, 100);
    expect(ids).toEqual(expected);
    const scoped = await readAllPages(adapter.withViewer(member), request, 100);
    expect(scoped.ids).toEqual(referenceIds(data, member, request));
  });

  it.each(requests)('counts by status as the reference does for %j', async (request) => {
    const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, ...request, status: 'open', countByStatus: true });
    expect(page.statusCounts).toEqual(referenceStatusCounts(data, admin, request));
    const scoped = await adapter.withViewer(member).listTickets({ ...DEFAULT_TICKET_QUERY, ...request, countByStatus: true });
    expect(scoped.statusCounts).toEqual(referenceStatusCounts(data, member, request));
  });
});

describe('the tally behind queries filtered on status, owner and assignee only', () => {
  it('stays right through status and assignee changes, pages deep into the list included', async () => {
    const own = structuredClone(data);
    const writer = createMemoryAdapter({ data: structuredClone(data), viewer: admin });
    const statuses = ['open', 'in_progress', 'closed'] as const;
    for (let step = 0; step < 60; step += 1) {
      const ticket = own.tickets[(step * 379) % own.tickets.length]!;
      const status = statuses[step % 3]!;
      const member = step % 4 === 0 ? null : own.teamMembers[step % own.teamMembers.length]!;
      const written = await writer.updateTicket(ticket.id, { status, assigneeId: member?.id ?? null }, ticket.version);
      Object.assign(ticket, { status, assignee: written.assignee, version: written.version, updatedAt: written.updatedAt });
    }
    const cases: Partial<ListTicketsRequest>[] = [{}, { status: 'unsolved' }, { assignee: 'me' }, { assignee: 'unassigned', status: 'closed' }, { status: 'in_progress', sort: 'updatedAt' }];
    for (const request of cases) {
      for (const viewer of [admin, member]) {
        const scoped = writer.withViewer(viewer);
        const expected = referenceIds(own, viewer, request);
        expect((await readAllPages(scoped, request, 100)).ids).toEqual(expected);
        const counted = await scoped.listTickets({ ...DEFAULT_TICKET_QUERY, ...request, countByStatus: true });
        expect(counted.total).toBe(expected.length);
        expect(counted.statusCounts).toEqual(referenceStatusCounts(own, viewer, request));
        // A page far from the first: the walk that stops once the page is full starts at the right place.
        const deep = await scoped.listTickets({ ...DEFAULT_TICKET_QUERY, ...request, page: 7, pageSize: 13 });
        expect(deep.tickets.map((ticket) => ticket.id)).toEqual(expected.slice(78, 91));
      }
    }
  });
});
