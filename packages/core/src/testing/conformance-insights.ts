import { beforeAll, describe, expect, it } from 'vitest';
import type { ListTicketsRequest, TicketAdapter } from '../adapter';
import { DEFAULT_TICKET_QUERY, type TicketQuery } from '../query';
import type { MemoryData } from '../seed/generate';
import type { InsightGroup, InsightsRequest } from '../insights/types';
import type { Viewer } from '../types';
import type { SeededConformanceOptions } from './conformance';

/** The whole year of the conformance data, in a zone with clock changes, as the list would read it. */
const REQUEST: InsightsRequest = { createdFrom: '2025-11-02', createdTo: '2026-11-01', timeZone: 'America/Santiago' };

async function listTotal(adapter: TicketAdapter, query: Partial<TicketQuery>): Promise<number> {
  const request: ListTicketsRequest = { ...DEFAULT_TICKET_QUERY, ...query, pageSize: 1, timeZone: REQUEST.timeZone };
  return (await adapter.listTickets(request)).total;
}

/**
 * Insights agree with the list: every count equals the `listTickets` total of the query it carries, for an admin and
 * for a member (who sees only their own assistants). Skipped for an adapter without `getInsights`.
 */
export function describeInsightsConformance(options: SeededConformanceOptions, data: MemoryData, admin: Viewer, member: Viewer): void {
  describe('insights', () => {
    for (const [role, viewer] of [['an admin', admin], ['a member', member]] as const) {
      describe(`as ${role}`, () => {
        let adapter: TicketAdapter;
        beforeAll(async () => {
          adapter = await options.create({ data, viewer });
        });

        it('counts what the list counts: raised, unsolved, per assistant, per day and every group', async (context) => {
          if (!adapter.getInsights) return context.skip();
          const insights = await adapter.getInsights(REQUEST);
          expect(insights.overall.raised).toBeGreaterThan(0);
          expect(insights.overall.raised).toBe(await listTotal(adapter, insights.query));
          expect(insights.overall.unsolved).toBe(await listTotal(adapter, { ...insights.query, status: 'unsolved' }));
          expect(insights.overall.perDay.reduce((sum, day) => sum + day.count, 0)).toBe(insights.overall.raised);
          for (const entry of insights.assistants) expect(entry.figures.raised, entry.assistant.id).toBe(await listTotal(adapter, entry.query));
          const groups: InsightGroup[] = [...insights.recurringIssues, ...insights.assistants.flatMap((entry) => entry.handoffQuestions)];
          expect(groups.length).toBeGreaterThan(0);
          for (const group of groups) {
            expect(group.count, group.phrase).toBe(await listTotal(adapter, group.query));
            expect(group.exampleTicketIds.length).toBeGreaterThan(0);
          }
        });

        it('covers exactly the assistants the viewer may see', async (context) => {
          if (!adapter.getInsights) return context.skip();
          const insights = await adapter.getInsights(REQUEST);
          const visible = data.assistants.filter((assistant) => viewer.role === 'admin' || assistant.ownerId === viewer.id).map((assistant) => assistant.id);
          expect(insights.assistants.map((entry) => entry.assistant.id).sort()).toEqual([...visible].sort());
          const hidden = data.assistants.find((assistant) => !visible.includes(assistant.id));
          if (hidden) await expect(adapter.getInsights({ ...REQUEST, assistantId: hidden.id })).rejects.toMatchObject({ code: 'not_found' });
        });
      });
    }
  });
}
