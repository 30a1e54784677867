import { describe, expect, test } from 'vitest';
import { DEMO_TICKET_COUNT, demoViewers, generateDemoData } from './demo-data';

describe('the demo data', () => {
  const now = Date.UTC(2026, 10, 26, 15, 30);
  const { data, ms } = generateDemoData(now);

  test('is 5,000 tickets, all created before the day it is generated, the same on every start', () => {
    expect(data.tickets).toHaveLength(DEMO_TICKET_COUNT);
    const midnight = Date.UTC(2026, 10, 26);
    expect(data.tickets.every((ticket) => Date.parse(ticket.createdAt) < midnight)).toBe(true);
    // A week of recent tickets, so "Last 7 days" shows something on the day of generation.
    expect(data.tickets.filter((ticket) => Date.parse(ticket.createdAt) >= midnight - 7 * 86_400_000).length).toBeGreaterThan(25);
    const again = generateDemoData(now + 3_600_000).data;
    expect(again.tickets.slice(0, 50)).toEqual(data.tickets.slice(0, 50));
    expect(ms).toBeGreaterThan(0);
  });

  test('offers an administrator and two members who own different assistants', () => {
    const viewers = demoViewers(data);
    expect(viewers.map((viewer) => viewer.role)).toEqual(['admin', 'member', 'member']);
    const [, first, second] = viewers;
    expect(first!.assistants.length).toBeGreaterThan(0);
    expect(second!.assistants.length).toBeGreaterThan(0);
    expect(first!.assistants.filter((name) => second!.assistants.includes(name))).toEqual([]);
    for (const member of [first!, second!]) {
      const owned = data.assistants.filter((assistant) => assistant.ownerId === member.id).map((assistant) => assistant.name);
      expect(member.assistants).toEqual(owned);
    }
  });
});
