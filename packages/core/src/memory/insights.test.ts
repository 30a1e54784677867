import { describe, expect, it } from 'vitest';
import { DEFAULT_TICKET_QUERY } from '../query';
import { NotFoundError, ValidationError } from '../errors';
import { generateTicketData } from '../seed/generate';
import type { InsightGroup } from '../insights/types';
import { createMemoryAdapter } from './memory-adapter';

const data = generateTicketData({ tickets: 3_000, seed: 7 });
const range = { createdFrom: '2026-09-01', createdTo: '2026-10-30', timeZone: 'Europe/Berlin' };

describe('memory adapter insights', () => {
  const admin = createMemoryAdapter({ data });
  const total = async (query: Partial<typeof DEFAULT_TICKET_QUERY>, adapter = admin) =>
    (await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, ...query, timeZone: range.timeZone, pageSize: 1 })).total;

  it('counts what the list counts: raised, unsolved, per assistant and per day', async () => {
    const insights = await admin.getInsights(range);
    expect(insights.overall.raised).toBeGreaterThan(100);
    expect(insights.overall.raised).toBe(await total(insights.query));
    expect(insights.overall.unsolved).toBe(await total({ ...insights.query, status: 'unsolved' }));
    expect(insights.overall.perDay).toHaveLength(60);
    expect(insights.overall.perDay.reduce((sum, day) => sum + day.count, 0)).toBe(insights.overall.raised);
    const day = insights.overall.perDay[10]!;
    expect(day.count).toBe(await total({ ...insights.query, createdFrom: day.day, createdTo: day.day }));
    expect(insights.assistants.reduce((sum, entry) => sum + entry.figures.raised, 0)).toBe(insights.overall.raised);
    for (const entry of insights.assistants.slice(0, 3)) expect(entry.figures.raised).toBe(await total(entry.query));
    expect(insights.overall.medianFirstReplyMs).toBeGreaterThan(0);
    expect(insights.overall.medianTimeToCloseMs).toBeGreaterThan(0);
    expect(insights.previousFrom).toBe('2026-07-03');
    expect(insights.previousTo).toBe('2026-08-31');
  });

  it('finds recurring issues and handoff questions whose counts equal the lists they open', async () => {
    const insights = await admin.getInsights(range);
    expect(insights.recurringIssues.length).toBeGreaterThan(3);
    const groups: InsightGroup[] = [...insights.recurringIssues, ...insights.assistants.flatMap((entry) => entry.handoffQuestions).slice(0, 6)];
    expect(insights.assistants.some((entry) => entry.handoffQuestions.length > 0)).toBe(true);
    for (const group of groups) {
      const page = await admin.listTickets({ ...DEFAULT_TICKET_QUERY, ...group.query, timeZone: range.timeZone, pageSize: 100 });
      expect(page.total, group.phrase).toBe(group.count);
      expect(page.tickets.map((ticket) => ticket.id)).toEqual(expect.arrayContaining(group.exampleTicketIds));
      const previous = await total({ ...group.query, createdFrom: insights.previousFrom, createdTo: insights.previousTo });
      expect(previous, group.phrase).toBe(group.previousCount);
    }
    // Ranked by distinctiveness, not by raw frequency of filler words.
    for (const group of insights.recurringIssues) expect(group.phrase).not.toMatch(/^(the|my|and|to)$/);
  });

  it('shows a member only the assistants they own, and hides the others as missing', async () => {
    const ownerId = data.assistants[0]!.ownerId;
    const owner = data.teamMembers.find((member) => member.id === ownerId)!;
    const member = admin.withViewer({ id: owner.id, name: owner.name, role: 'member' });
    const insights = await member.getInsights(range);
    const own = data.assistants.filter((assistant) => assistant.ownerId === ownerId).map((assistant) => assistant.id);
    expect(insights.assistants.map((entry) => entry.assistant.id).sort()).toEqual([...own].sort());
    expect(insights.overall.raised).toBe(await total(insights.query, member));
    const other = data.assistants.find((assistant) => assistant.ownerId !== ownerId)!;
    await expect(member.getInsights({ ...range, assistantId: other.id })).rejects.toBeInstanceOf(NotFoundError);
    const single = await admin.getInsights({ ...range, assistantId: other.id });
    expect(single.assistants.map((entry) => entry.assistant.id)).toEqual([other.id]);
    expect(single.overall.raised).toBe(await total(single.query));
  });

  it('follows writes: closing a ticket takes it out of unsolved, and a reply becomes its first reply', async () => {
    const adapter = createMemoryAdapter({ data: generateTicketData({ tickets: 300, seed: 3 }), now: () => Date.parse('2026-11-01T13:00:00Z') });
    const wide = { createdFrom: '2025-11-01', createdTo: '2026-10-31' };
    const before = await adapter.getInsights(wide);
    expect(before.overall.raised).toBe(300);
    const [open] = (await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, status: 'open', pageSize: 1 })).tickets;
    await adapter.updateTicket(open!.id, { status: 'closed' }, open!.version);
    const after = await adapter.getInsights(wide);
    expect(after.overall.unsolved).toBe(before.overall.unsolved - 1);
    expect(after.overall.unsolved).toBe((await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, ...after.query, status: 'unsolved' })).total);
    expect(await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, topic: 'zeppelin' })).toMatchObject({ total: 0 });
    // Reopened from the ticket's history: closed, then open again.
    const closed = await adapter.getTicket(open!.id);
    await adapter.updateTicket(closed.id, { status: 'open' }, closed.version);
    const reopened = await adapter.getInsights(wide);
    expect(reopened.overall.reopened).toBe(before.overall.reopened + 1);
    expect(reopened.overall.unsolved).toBe(before.overall.unsolved);
  });

  it('refuses a bad request, naming the field', async () => {
    await expect(admin.getInsights({ createdFrom: '2026-02-30', createdTo: '2026-03-01' })).rejects.toMatchObject({ field: 'createdFrom' });
    await expect(admin.getInsights({ createdFrom: '2026-03-02', createdTo: '2026-03-01' })).rejects.toMatchObject({ field: 'createdTo' });
    await expect(admin.getInsights({ createdFrom: '2024-01-01', createdTo: '2026-03-01' })).rejects.toBeInstanceOf(ValidationError);
    await expect(admin.getInsights({ ...range, timeZone: 'Mars/Base' })).rejects.toMatchObject({ field: 'timeZone' });
    await expect(admin.listTickets({ ...DEFAULT_TICKET_QUERY, topic: 'a b c' })).rejects.toMatchObject({ field: 'topic' });
  });
});
