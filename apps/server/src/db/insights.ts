import {
  byTicketsRaised,
  NotFoundError,
  resolveInsightsRequest,
  type AssistantInsights,
  type InsightFigures,
  type InsightsRequest,
  type TicketInsights,
  type TicketModel,
  type Viewer,
} from '@ticketkit/core';
import type { Queryable } from './database';
import { doneStatuses, ensureInsightModel } from './insight-columns';
import { countPhrases, groupsOf, periodDays } from './insight-groups';
import { Params } from './sql';

type FigureRow = {
  assistant_id: string | null;
  by_assistant: number;
  raised: number;
  unsolved: number;
  reopened: number;
  first_reply: number | null;
  to_close: number | null;
};

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Insights for `viewer` over the tickets of the database, the same result the memory adapter gives for the same data.
 * The figures are aggregates over the insight columns kept per ticket (one index range per assistant); the groups
 * rank phrase counts summed from `phrase_days` with core's `rankPhrases` and `chooseGroups`, the memory adapter's
 * rules, and read which tickets hold the candidates from its bits (see insight-groups.ts). @throws ValidationError naming the bad field; NotFoundError for an assistant out of
 * scope.
 */
export async function getInsights(db: Queryable, viewer: Viewer, request: InsightsRequest, model: TicketModel): Promise<TicketInsights> {
  const resolved = resolveInsightsRequest(request);
  const ownerParams = new Params();
  const ownerCondition = viewer.role === 'admin' ? 'TRUE' : `a.owner_id = ${ownerParams.param(viewer.id)}`;
  const [assistants] = await Promise.all([
    db.query<{ id: string; name: string }>(`SELECT a.id, a.name FROM assistants a WHERE ${ownerCondition} ORDER BY a.id`, ownerParams.values),
    ensureInsightModel(db, model),
  ]);
  if (resolved.assistantId !== null && !assistants.some((assistant) => assistant.id === resolved.assistantId)) {
    throw new NotFoundError('Assistant', resolved.assistantId);
  }
  // The viewer's scope as the assistants it holds: every condition below is an index range per assistant.
  const scope = resolved.assistantId !== null ? [resolved.assistantId] : assistants.map((assistant) => assistant.id);
  const { days, dayStarts } = resolved;
  const start = dayStarts[0]!;
  const end = dayStarts[dayStarts.length - 1]!;

  // Two aggregates over the index range of each assistant, on connections of their own: the tickets per assistant
  // and day (hashed), and the figures per assistant and overall. One query with both as grouping sets sorted the
  // range's tickets by assistant and day first, which took longer than the two together (and spilled to disk).
  const inRange = (params: Params) => `t.assistant_id = ANY(${params.param(scope)}::text[])
      AND t.created_at >= ${params.param(iso(start))}::timestamptz AND t.created_at < ${params.param(iso(end))}::timestamptz`;
  const dayParams = new Params();
  const daySql = `
    SELECT t.assistant_id, width_bucket(t.created_at, ${dayParams.param(dayStarts.map(iso))}::timestamptz[]) AS day, count(*)::integer AS raised
    FROM tickets t
    WHERE ${inRange(dayParams)}
    GROUP BY 1, 2`;
  const figureParams = new Params();
  const figureSql = `
    SELECT t.assistant_id, GROUPING(t.assistant_id) AS by_assistant,
           count(*)::integer AS raised,
           count(*) FILTER (WHERE NOT (t.status = ANY(${figureParams.param(doneStatuses(model))}::text[])))::integer AS unsolved,
           count(*) FILTER (WHERE t.reopened)::integer AS reopened,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY t.first_reply_ms) AS first_reply,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY t.close_ms) AS to_close
    FROM tickets t
    WHERE ${inRange(figureParams)}
    GROUP BY GROUPING SETS ((t.assistant_id), ())`;
  const range = { createdFrom: resolved.createdFrom, createdTo: resolved.createdTo };
  const scopeQuery = resolved.assistantId ? { ...range, assistant: resolved.assistantId } : range;
  const shown = assistants.filter((assistant) => resolved.assistantId === null || assistant.id === resolved.assistantId);
  // The figures, and the groups (counts, then the candidates' combinations), on connections of their own at once.
  const [dayRows, figureRows, groups] = await Promise.all([
    db.query<{ assistant_id: string; day: number; raised: number }>(daySql, dayParams.values),
    db.query<FigureRow>(figureSql, figureParams.values),
    periodDays(db, scope, resolved).then(async (days) =>
      groupsOf(db, scope, days, await countPhrases(db, scope, days), {
        recurring: (phrase) => ({ ...scopeQuery, topic: phrase }),
        handoff: (assistantId, phrase) => ({ ...range, assistant: assistantId, handoffTopic: phrase }),
      }),
    ),
  ]);

  const emptyFigures = (): InsightFigures => ({
    raised: 0,
    unsolved: 0,
    medianFirstReplyMs: null,
    medianTimeToCloseMs: null,
    reopened: 0,
    perDay: days.map((day) => ({ day, count: 0 })),
  });
  const overall = emptyFigures();
  const byAssistant = new Map(assistants.map((assistant) => [assistant.id, emptyFigures()]));
  for (const row of dayRows) {
    const figures = byAssistant.get(row.assistant_id);
    if (!figures) continue;
    const day = Number(row.day) - 1;
    figures.perDay[day]!.count = Number(row.raised);
    overall.perDay[day]!.count += Number(row.raised);
  }
  for (const row of figureRows) {
    const figures = Number(row.by_assistant) === 1 ? overall : byAssistant.get(row.assistant_id!);
    if (!figures) continue;
    figures.raised = Number(row.raised);
    figures.unsolved = Number(row.unsolved);
    figures.reopened = Number(row.reopened);
    figures.medianFirstReplyMs = row.first_reply === null ? null : Number(row.first_reply);
    figures.medianTimeToCloseMs = row.to_close === null ? null : Number(row.to_close);
  }

  const result: AssistantInsights[] = shown
    .map((assistant) => ({
      assistant: { id: assistant.id, name: assistant.name },
      figures: byAssistant.get(assistant.id)!,
      query: { ...range, assistant: assistant.id },
      handoffQuestions: groups.handoff.get(assistant.id) ?? [],
    }))
    .sort(byTicketsRaised);
  return {
    createdFrom: resolved.createdFrom,
    createdTo: resolved.createdTo,
    timeZone: resolved.timeZone,
    previousFrom: resolved.previousFrom,
    previousTo: resolved.previousTo,
    overall,
    query: scopeQuery,
    assistants: result,
    recurringIssues: groups.recurring,
  };
}
