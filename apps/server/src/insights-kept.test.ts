import { defaultTicketModel, defineTicketModel, type InsightsRequest, type TicketAdapter, type Viewer } from '@ticketkit/core';
import { createMemoryAdapter, generateTicketData } from '@ticketkit/core/memory';
import { createRestAdapter } from '@ticketkit/core/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokenFor } from './db/demo-tokens';
import { ensureInsightModel, refreshInsightColumns } from './db/insight-columns';
import { clearData, insertData } from './db/seed-data';
import { listen, type RunningServer } from './http/listen';
import { openTestDatabase, type TestDatabase } from './testing/test-database';

// What the server keeps for insights (per-ticket columns, per-day phrase counts) stays equal to a computation from
// scratch through every kind of write, and the counts still agree with the memory adapter given the same writes.
const data = generateTicketData({ tickets: 600, seed: 1818 });
const adminPerson = data.teamMembers.find((member) => member.role === 'admin')!;
const admin: Viewer = { id: adminPerson.id, name: adminPerson.name, role: 'admin' };
const last = data.tickets.reduce((latest, ticket) => (ticket.createdAt > latest ? ticket.createdAt : latest), '').slice(0, 10);
const dayBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const year: InsightsRequest = { createdFrom: dayBefore(last, 364), createdTo: last, timeZone: 'Europe/Berlin' };

let test: TestDatabase;
let server: RunningServer;
let rest: TicketAdapter;
const memory = createMemoryAdapter({ data, viewer: admin, latency: 0 });

type Kept = { id: string; first_reply_ms: number | null; close_ms: number | null; reopened: boolean };
const keptColumns = () => test.db.query<Kept>('SELECT id, first_reply_ms, close_ms, reopened FROM tickets ORDER BY id');
const phraseDays = () =>
  test.db.query('SELECT assistant_id, day::text AS day, kind, phrase, tickets, ticket_bits::text AS bits FROM phrase_days ORDER BY 1, 2, 3, 4');
/** phrase_days counted again from the tickets: per phrase of an assistant's day, a 1 for each of the day's tickets (by creation, then ID) that holds it. */
const phraseDaysFromScratch = () =>
  test.db.query(
    `WITH held AS (
       SELECT t.assistant_id, (t.created_at AT TIME ZONE 'UTC')::date AS day, 'p' AS kind, p AS phrase FROM tickets t, unnest(t.topic_phrases) AS p
       UNION SELECT t.assistant_id, (t.created_at AT TIME ZONE 'UTC')::date, 'h', p FROM tickets t, unnest(t.handoff_phrases) AS p
     )
     SELECT h.assistant_id, h.day::text AS day, h.kind, h.phrase, x.tickets, x.bits
     FROM held h CROSS JOIN LATERAL (
       SELECT count(*) FILTER (WHERE y.holds)::integer AS tickets, string_agg(CASE WHEN y.holds THEN '1' ELSE '0' END, '' ORDER BY t.created_at, t.id) AS bits
       FROM tickets t CROSS JOIN LATERAL (SELECT h.phrase = ANY(CASE h.kind WHEN 'p' THEN t.topic_phrases ELSE t.handoff_phrases END) AS holds) y
       WHERE t.assistant_id = h.assistant_id AND (t.created_at AT TIME ZONE 'UTC')::date = h.day
     ) x
     ORDER BY 1, 2, 3, 4`,
  );

/** The stored columns equal those recomputed from every ticket's conversation and history. */
async function expectColumnsFromScratch(): Promise<void> {
  const kept = await keptColumns();
  await test.db.transaction(async (tx) => {
    await refreshInsightColumns(tx, null, defaultTicketModel);
    expect(await tx.query('SELECT id, first_reply_ms, close_ms, reopened FROM tickets ORDER BY id')).toEqual(kept);
  });
}

beforeAll(async () => {
  test = await openTestDatabase();
  server = await listen(test.db);
  await clearData(test.db);
  await insertData(test.db, data, { demoTokens: true });
  rest = createRestAdapter({ baseUrl: server.url, headers: { Authorization: `Bearer ${demoTokenFor(admin.id)}` } });
});
afterAll(async () => {
  await server?.close();
  await test?.dispose();
});

describe('insights kept per ticket and per day', () => {
  it('after loading, equal a computation from scratch', async () => {
    await expectColumnsFromScratch();
    expect(await phraseDays()).toEqual(await phraseDaysFromScratch());
  });

  it('follow a close, a reopen, a team reply, a note and a priority change, on both backends', async () => {
    const open = data.tickets.filter((ticket) => ticket.status !== 'closed');
    const closed = data.tickets.filter((ticket) => ticket.status === 'closed');
    const unanswered = open.find((ticket) => !data.messages.some((message) => message.ticketId === ticket.id && message.author.kind === 'team'))!;
    const writes: ((adapter: TicketAdapter) => Promise<unknown>)[] = [
      (adapter) => adapter.updateTicket(open[0]!.id, { status: 'closed' }, open[0]!.version),
      (adapter) => adapter.updateTicket(closed[0]!.id, { status: 'open' }, closed[0]!.version),
      (adapter) => adapter.updateTicket(closed[1]!.id, { status: 'in_progress' }, closed[1]!.version),
      (adapter) => adapter.updateTicket(closed[1]!.id, { status: 'closed' }, closed[1]!.version + 1),
      (adapter) => adapter.sendReply(unanswered.id, { body: 'We are on it.' }),
      (adapter) => adapter.addNote(closed[2]!.id, { body: 'Checked again.' }),
      (adapter) => adapter.updateTicket(closed[3]!.id, { priority: 'urgent' }, closed[3]!.version),
    ];
    const before = await rest.getInsights!(year);
    for (const write of writes) {
      await write(rest);
      await write(memory);
    }
    await expectColumnsFromScratch();
    const [fromServer, fromMemory] = await Promise.all([rest.getInsights!(year), memory.getInsights!(year)]);
    // Write times differ between the backends (each stamps its own now), so medians may; the counts may not.
    const counts = (result: typeof fromServer) => ({
      raised: result.overall.raised,
      unsolved: result.overall.unsolved,
      reopened: result.overall.reopened,
      perAssistant: result.assistants.map((entry) => [entry.assistant.id, entry.figures.raised, entry.figures.unsolved, entry.figures.reopened]),
      groups: result.recurringIssues.map((group) => [group.phrase, group.count, group.previousCount]),
    });
    expect(counts(fromServer)).toEqual(counts(fromMemory));
    expect(counts(fromServer)).not.toEqual(counts(before));
  });

  it('follow new tickets: the per-day phrase counts are rewritten with them', async () => {
    const extra = generateTicketData({ tickets: 40, seed: 99 });
    const renamed = (id: string) => `NEW-${id}`;
    await insertData(test.db, {
      tickets: extra.tickets.map((ticket, index) => ({ ...ticket, id: renamed(ticket.id), assistant: data.tickets[index]!.assistant, handoffMessageId: ticket.handoffMessageId ? `new-${ticket.handoffMessageId}` : null })),
      messages: extra.messages.map((message) => ({ ...message, id: `new-${message.id}`, ticketId: renamed(message.ticketId) })),
      notes: [],
      teamMembers: [],
      assistants: [],
      activity: extra.activity?.map((activity) => ({ ...activity, id: `new-${activity.id}`, ticketId: renamed(activity.ticketId) })),
    });
    expect(await phraseDays()).toEqual(await phraseDaysFromScratch());
    await expectColumnsFromScratch();
  });

  it('are recomputed once when the server runs with a model whose done statuses differ', async () => {
    const model = defineTicketModel({
      statuses: [...defaultTicketModel.statuses.map((status) => (status.id === 'in_progress' ? { ...status, category: 'done' as const } : status))],
    });
    await ensureInsightModel(test.db, model);
    const kept = await keptColumns();
    await refreshInsightColumns(test.db, null, model);
    expect(await keptColumns()).toEqual(kept);
    await ensureInsightModel(test.db, defaultTicketModel);
    await expectColumnsFromScratch();
  });
});
