import { DEFAULT_TICKET_QUERY, type ListTicketsRequest, type TicketAdapter, type Viewer } from '@ticketkit/core';
import { createMemoryAdapter, generateTicketData } from '@ticketkit/core/memory';
import { createRestAdapter } from '@ticketkit/core/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokenFor } from './db/demo-tokens';
import { clearData, insertData } from './db/seed-data';
import { listen, type RunningServer } from './http/listen';
import { openTestDatabase, type TestDatabase } from './testing/test-database';

// The queue's list features asked of the memory adapter and of the server (through the REST adapter) over the same
// generated data: the same tickets in the same order, the same totals, counts per status and search snippets.
const data = generateTicketData({ tickets: 800, seed: 1616 });
const viewerOf = (id: string): Viewer => {
  const person = data.teamMembers.find((member) => member.id === id)!;
  return { id: person.id, name: person.name, role: person.role };
};
const admin = viewerOf(data.teamMembers.find((member) => member.role === 'admin')!.id);
const member = viewerOf(data.teamMembers.find((m) => m.role === 'member' && data.assistants.some((a) => a.ownerId === m.id))!.id);
const assignee = data.tickets.find((ticket) => ticket.assignee !== null)!.assignee!.id;
const requester = data.tickets.find((ticket) => data.tickets.filter((t) => t.requester.id === ticket.requester.id).length > 1)?.requester.id ?? data.tickets[0]!.requester.id;

/** A word of 6+ letters of a text, to search for. */
const wordOf = (text: string) => text.split(/[^A-Za-z]+/).find((word) => word.length >= 6)!;
const messageWord = wordOf(data.messages.find((message) => message.author.kind === 'team' && wordOf(message.body))!.body);
const noteWord = wordOf(data.notes.find((note) => wordOf(note.body))!.body);

let test: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  test = await openTestDatabase();
  server = await listen(test.db);
  await clearData(test.db);
  await insertData(test.db, data, { demoTokens: true });
});
afterAll(async () => {
  await server?.close();
  await test?.dispose();
});

const memory = (viewer: Viewer): TicketAdapter => createMemoryAdapter({ data, viewer, latency: 0 });
const rest = (viewer: Viewer): TicketAdapter => createRestAdapter({ baseUrl: server.url, headers: { Authorization: `Bearer ${demoTokenFor(viewer.id)}` } });

const requests: Partial<ListTicketsRequest>[] = [
  { status: 'unsolved', sort: 'waitingSince', direction: 'asc', countByStatus: true },
  { sort: 'waitingSince', direction: 'desc', pageSize: 100, page: 4 },
  { sort: 'lastMessageAt', direction: 'desc', countByStatus: true },
  { sort: 'lastMessageAt', direction: 'asc', page: 3 },
  { assignee: 'me', status: 'unsolved', countByStatus: true },
  { assignee: 'unassigned', priorities: ['high', 'urgent'], sort: 'waitingSince', direction: 'asc', countByStatus: true },
  { assignee, sort: 'priority', direction: 'desc' },
  { requester },
  { search: 'refund', countByStatus: true },
  { search: 'charged twice', sort: 'waitingSince', direction: 'asc' },
  { search: 'the', status: 'open', pageSize: 50 },
  { search: messageWord, assignee: 'unassigned' },
  { search: noteWord, countByStatus: true },
  // Insights' filters: an assistant, a key phrase (as typed: case and accents fold), a handoff key phrase.
  { assistant: data.assistants[0]!.id, countByStatus: true },
  { topic: 'Refund', status: 'all' },
  { topic: 'login code', sort: 'waitingSince', direction: 'asc', countByStatus: true },
  { handoffTopic: 'refund', assistant: data.assistants[1]!.id },
  { topic: 'café', handoffTopic: 'password' },
];

describe('queue lists: server and memory adapter agree', () => {
  for (const viewer of [admin, member]) {
    for (const request of requests) {
      it(`${viewer.role}: ${JSON.stringify(request)}`, async () => {
        const full = { ...DEFAULT_TICKET_QUERY, ...request };
        const [fromServer, fromMemory] = await Promise.all([rest(viewer).listTickets(full), memory(viewer).listTickets(full)]);
        expect(fromServer.total).toBe(fromMemory.total);
        expect(fromServer.tickets.map((t) => t.id)).toEqual(fromMemory.tickets.map((t) => t.id));
        expect(fromServer.tickets).toEqual(fromMemory.tickets);
        expect(fromServer.statusCounts).toEqual(fromMemory.statusCounts);
        expect(fromServer.snippets).toEqual(fromMemory.snippets);
        if ((request.search || request.topic || request.assistant) && viewer === admin && !request.assignee && !request.handoffTopic) expect(fromServer.total).toBeGreaterThan(0);
      });
    }
  }
});

describe('the generated data on the server', () => {
  it('keeps every ticket’s handoff and waiting times, and its generated history, as the memory adapter has them', async () => {
    const withHandoff = data.tickets.filter((t) => t.handoffMessageId);
    expect(withHandoff.length).toBeGreaterThan(0);
    const ticket = withHandoff.find((t) => t.assignee !== null && (data.activity ?? []).some((a) => a.ticketId === t.id))!;
    const [fromServer, fromMemory] = await Promise.all([rest(admin).getTicket(ticket.id), memory(admin).getTicket(ticket.id)]);
    expect(fromServer).toEqual(fromMemory);
    expect(fromServer.handoffMessageId).toBe(ticket.handoffMessageId);
    const [history, expected] = await Promise.all([rest(admin).listActivity!(ticket.id), memory(admin).listActivity!(ticket.id)]);
    expect(history.length).toBeGreaterThan(0);
    expect(history).toEqual(expected);
  });
});

// Before the bulk updates below, which change the server's tickets (insights read the data as generated).
describe('insights: server and memory adapter agree', () => {
  const last = data.tickets.reduce((latest, ticket) => (ticket.createdAt > latest ? ticket.createdAt : latest), '').slice(0, 10);
  const dayBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const ranges = [
    { createdFrom: dayBefore(last, 29), createdTo: last },
    { createdFrom: dayBefore(last, 364), createdTo: last, timeZone: 'America/Santiago' },
    { createdFrom: dayBefore(last, 89), createdTo: last, timeZone: 'Asia/Kolkata', assistantId: data.assistants.find((a) => a.ownerId === member.id)!.id },
  ];
  for (const viewer of [admin, member]) {
    for (const request of ranges) {
      it(`${viewer.role}: ${JSON.stringify(request)}`, async () => {
        const [fromServer, fromMemory] = await Promise.all([rest(viewer).getInsights!(request), memory(viewer).getInsights!(request)]);
        expect(fromServer.overall.raised).toBeGreaterThan(0);
        expect(fromServer.recurringIssues.length).toBeGreaterThan(0);
        expect(fromServer).toEqual(fromMemory);
      });
    }
  }
});

describe('bulk updates and history: server and memory adapter agree', () => {
  it('the same outcomes, in order, and the same activity', async () => {
    const server = rest(member);
    const local = memory(member);
    const mine = data.tickets.filter((t) => t.assistant.ownerId === member.id && t.status !== 'closed').slice(0, 4);
    const theirs = data.tickets.find((t) => t.assistant.ownerId !== member.id)!;
    const someone = data.teamMembers.find((m) => m.id !== mine[0]!.assignee?.id)!;
    const changes = [
      { ticketId: mine[0]!.id, expectedVersion: mine[0]!.version, patch: { status: 'closed', assigneeId: someone.id } },
      { ticketId: mine[1]!.id, expectedVersion: mine[1]!.version + 1, patch: { status: 'closed' } },
      { ticketId: theirs.id, expectedVersion: theirs.version, patch: { status: 'closed' } },
      { ticketId: mine[2]!.id, expectedVersion: mine[2]!.version, patch: { priority: mine[2]!.priority === 'urgent' ? 'low' : 'urgent' } },
      { ticketId: mine[3]!.id, expectedVersion: mine[3]!.version, patch: { assigneeId: 'tm-nobody' } },
    ];
    const [fromServer, fromMemory] = [await server.updateTickets!(changes), await local.updateTickets!(changes)];
    const shape = (outcomes: typeof fromServer) =>
      outcomes.map((o) =>
        o.ok
          ? { ticketId: o.ticketId, ok: true, status: o.ticket.status, priority: o.ticket.priority, assignee: o.ticket.assignee, version: o.ticket.version }
          : { ticketId: o.ticketId, ok: false, code: o.error.code, field: (o.error as { field?: string }).field, current: (o.error as { current?: { version: number } }).current?.version },
      );
    expect(shape(fromServer)).toEqual(shape(fromMemory));
    for (const ticketId of [mine[0]!.id, mine[2]!.id]) {
      const [a, b] = [await server.listActivity!(ticketId), await local.listActivity!(ticketId)];
      expect(a.map(({ actor, change }) => ({ actor, change }))).toEqual(b.map(({ actor, change }) => ({ actor, change })));
      expect(a.length).toBeGreaterThan(0);
    }
  });
});
