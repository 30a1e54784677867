import {
  candidateBit,
  chooseGroups,
  INSIGHT_GROUP_LIMITS,
  rankPhrases,
  type CandidateCombination,
  type InsightGroup,
  type PhraseTally,
  type ResolvedInsightsRequest,
  type TicketQuery,
} from '@ticketkit/core';
import type { Queryable } from './database';
import { Params } from './sql';

const DAY_MS = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();

/** How many tickets of the range (`current`) and of the previous period hold a phrase. */
interface PeriodCount {
  current: number;
  previous: number;
}

/** The phrase counts a ranking reads: per assistant, its key phrases and handoff phrases; and the background. */
export interface PhraseCounts {
  topic: Map<string, Map<string, PeriodCount>>;
  handoff: Map<string, Map<string, PeriodCount>>;
  /** Every ticket in scope: how many hold each phrase, and how many there are. */
  background: { topic: Map<string, number>; handoff: Map<string, number>; size: number };
}

/**
 * A period `[from, to)` as the whole UTC days inside it (read from `phrase_days`) and the partial days at its edges
 * (counted from the tickets themselves): a day of a time zone other than UTC straddles two UTC days.
 */
function splitPeriod(from: number, to: number): { days: [string, string]; edges: [number, number][] } {
  const first = Math.ceil(from / DAY_MS) * DAY_MS;
  const last = Math.floor(to / DAY_MS) * DAY_MS;
  if (first >= last) return { days: [utcDay(first), utcDay(first)], edges: [[from, to]] };
  const edges: [number, number][] = [];
  if (from < first) edges.push([from, first]);
  if (last < to) edges.push([last, to]);
  return { days: [utcDay(first), utcDay(last)], edges };
}

/** Counts every phrase of the range and of the previous period, per assistant of `scope`, and the background. */
export async function countPhrases(db: Queryable, scope: readonly string[], request: ResolvedInsightsRequest): Promise<PhraseCounts> {
  const start = request.dayStarts[0]!;
  const end = request.dayStarts[request.dayStarts.length - 1]!;
  const current = splitPeriod(start, end);
  const previous = splitPeriod(request.previousStart, start);
  const params = new Params();
  const scopeParam = `${params.param(scope)}::text[]`;
  const within = (days: [string, string]) => `(d.day >= ${params.param(days[0])}::date AND d.day < ${params.param(days[1])}::date)`;
  const inCurrent = within(current.days);
  const inPrevious = within(previous.days);
  const startParam = `${params.param(iso(start))}::timestamptz`;
  const edges = [...current.edges, ...previous.edges].map(
    ([from, to]) => `(t.created_at >= ${params.param(iso(from))}::timestamptz AND t.created_at < ${params.param(iso(to))}::timestamptz)`,
  );
  // Whole days from the rollup and the edges from the tickets, each summed on its own, then merged.
  const sql = `
    WITH days AS (
      SELECT d.assistant_id, d.kind, d.phrase,
             coalesce(sum(d.tickets) FILTER (WHERE ${inCurrent}), 0) AS current,
             coalesce(sum(d.tickets) FILTER (WHERE ${inPrevious}), 0) AS previous
      FROM phrase_days d
      WHERE d.assistant_id = ANY(${scopeParam}) AND (${inCurrent} OR ${inPrevious})
      GROUP BY d.assistant_id, d.kind, d.phrase
    ), edges AS (
      SELECT t.assistant_id, k.kind, k.phrase,
             count(*) FILTER (WHERE t.created_at >= ${startParam}) AS current,
             count(*) FILTER (WHERE t.created_at < ${startParam}) AS previous
      FROM tickets t CROSS JOIN LATERAL (
        SELECT 'p' AS kind, p AS phrase FROM unnest(t.topic_phrases) AS p
        UNION ALL SELECT 'h', p FROM unnest(t.handoff_phrases) AS p
      ) k
      WHERE t.assistant_id = ANY(${scopeParam}) AND (${edges.length > 0 ? edges.join(' OR ') : 'FALSE'})
      GROUP BY t.assistant_id, k.kind, k.phrase
    )
    SELECT c.assistant_id, c.kind, c.phrase, sum(c.current)::integer AS current, sum(c.previous)::integer AS previous
    FROM (SELECT * FROM days UNION ALL SELECT * FROM edges) c
    GROUP BY c.assistant_id, c.kind, c.phrase`;
  const [rows, backgroundRows] = await Promise.all([
    db.query<{ assistant_id: string; kind: string; phrase: string; current: number; previous: number }>(sql, params.values),
    // The TF-IDF background, summed over the assistants in scope from phrase_counts (kept when tickets are stored).
    db.query<{ kind: string; phrase: string; count: number }>(
      `SELECT pc.kind, pc.phrase, sum(pc.tickets)::integer AS count FROM phrase_counts pc WHERE pc.assistant_id = ANY($1::text[]) GROUP BY pc.kind, pc.phrase`,
      [scope],
    ),
  ]);
  const counts: PhraseCounts = { topic: new Map(), handoff: new Map(), background: { topic: new Map(), handoff: new Map(), size: 0 } };
  for (const row of rows) {
    const byAssistant = row.kind === 'p' ? counts.topic : counts.handoff;
    let phrases = byAssistant.get(row.assistant_id);
    if (!phrases) byAssistant.set(row.assistant_id, (phrases = new Map()));
    phrases.set(row.phrase, { current: Number(row.current), previous: Number(row.previous) });
  }
  for (const row of backgroundRows) {
    if (row.kind === 'n') counts.background.size = Number(row.count);
    else (row.kind === 'p' ? counts.background.topic : counts.background.handoff).set(row.phrase, Number(row.count));
  }
  return counts;
}

/** One ranking: its phrases' counts in both periods, and its candidates once ranked. */
interface Ranking {
  counts: Map<string, PeriodCount>;
  candidates: PhraseTally[];
}

function rankingOf(counts: Map<string, PeriodCount>, background: Map<string, number>, size: number): Ranking {
  const tallies: PhraseTally[] = [];
  for (const [phrase, count] of counts) {
    if (count.current > 0) tallies.push({ phrase, count: count.current, background: background.get(phrase) ?? 0 });
  }
  return { counts, candidates: rankPhrases(tallies, size) };
}

/** The bits of a combination as core's `chooseGroups` reads them, from a 64-bit mask written as text. */
function maskBits(text: string): { low: number; high: number } {
  const mask = BigInt(text);
  return { low: Number(BigInt.asIntN(32, mask)), high: Number(BigInt.asIntN(32, mask >> 32n)) };
}

type CombinationRow = {
  assistant_id: string;
  topic_mask: string;
  handoff_mask: string;
  tickets: number;
  ids: string[];
  created: number[];
};

/**
 * The recurring issues and each assistant's handoff questions: phrases ranked by core's `rankPhrases` from the
 * counts, then one scan of the range's tickets counts how many hold each combination of candidates (a bit per
 * candidate, looked up in a JSON object) with their newest tickets, for core's `chooseGroups`.
 */
export async function groupsOf(
  db: Queryable,
  scope: readonly string[],
  request: ResolvedInsightsRequest,
  counts: PhraseCounts,
  queries: { recurring(phrase: string): Partial<TicketQuery>; handoff(assistantId: string, phrase: string): Partial<TicketQuery> },
): Promise<{ recurring: InsightGroup[]; handoff: Map<string, InsightGroup[]> }> {
  const { background } = counts;
  const topicCounts = new Map<string, PeriodCount>();
  for (const phrases of counts.topic.values()) {
    for (const [phrase, count] of phrases) {
      const sum = topicCounts.get(phrase);
      if (sum) {
        sum.current += count.current;
        sum.previous += count.previous;
      } else topicCounts.set(phrase, { ...count });
    }
  }
  const recurring = rankingOf(topicCounts, background.topic, background.size);
  const handoff = new Map(scope.map((id) => [id, rankingOf(counts.handoff.get(id) ?? new Map(), background.handoff, background.size)]));
  const bit = (index: number) => 2 ** index;
  const topicMap = Object.fromEntries(recurring.candidates.map((candidate, index) => [candidate.phrase, bit(index)]));
  const handoffMap = Object.fromEntries(
    [...handoff].map(([id, ranking]) => [id, Object.fromEntries(ranking.candidates.map((candidate, index) => [candidate.phrase, bit(index)]))]),
  );
  const any = recurring.candidates.length > 0 || [...handoff.values()].some((ranking) => ranking.candidates.length > 0);
  const start = request.dayStarts[0]!;
  const end = request.dayStarts[request.dayStarts.length - 1]!;
  // Split by assistant into two halves run at once on two connections: each ticket's subqueries are the cost, and a
  // server has more than one core.
  const half = Math.ceil(scope.length / 2);
  const parts = [scope.slice(0, half), scope.slice(half)].filter((part) => part.length > 0);
  const combinations = (part: readonly string[]) => {
    const params = new Params();
    return db.query<CombinationRow>(
        `WITH bits AS MATERIALIZED (
           -- The candidates' bits, parsed once rather than once per ticket.
           SELECT ${params.param(JSON.stringify(topicMap))}::jsonb AS topic, ${params.param(JSON.stringify(handoffMap))}::jsonb AS handoff
         ), x AS MATERIALIZED (
           SELECT t.assistant_id, t.id, t.created_at,
                  (SELECT coalesce(bit_or((bits.topic ->> p)::int8), 0) FROM unnest(t.topic_phrases) AS p) AS topic_mask,
                  (SELECT coalesce(bit_or((bits.handoff -> t.assistant_id ->> p)::int8), 0) FROM unnest(t.handoff_phrases) AS p) AS handoff_mask
           FROM bits, tickets t
           WHERE t.assistant_id = ANY(${params.param(part)}::text[])
             AND t.created_at >= ${params.param(iso(start))}::timestamptz AND t.created_at < ${params.param(iso(end))}::timestamptz
         )
         SELECT x.assistant_id, x.topic_mask::text AS topic_mask, x.handoff_mask::text AS handoff_mask, count(*)::integer AS tickets,
                (array_agg(x.id ORDER BY x.created_at DESC, x.id DESC))[1:${INSIGHT_GROUP_LIMITS.examples}] AS ids,
                (array_agg((extract(epoch FROM x.created_at) * 1000)::float8 ORDER BY x.created_at DESC, x.id DESC))[1:${INSIGHT_GROUP_LIMITS.examples}] AS created
         FROM x
         WHERE x.topic_mask <> 0 OR x.handoff_mask <> 0
         GROUP BY x.assistant_id, x.topic_mask, x.handoff_mask`,
        params.values,
    );
  };
  const rows = any ? (await Promise.all(parts.map(combinations))).flat() : [];
  const parsed = rows.map((row) => ({
    assistant: row.assistant_id,
    topic: maskBits(row.topic_mask),
    handoff: maskBits(row.handoff_mask),
    tickets: Number(row.tickets),
    examples: row.ids.map((id, i) => ({ id, created: Number(row.created[i]) })),
  }));
  const groups = (ranking: Ranking, combinations: (CandidateCombination & { examples: { id: string; created: number }[] })[], limit: number, query: (phrase: string) => Partial<TicketQuery>): InsightGroup[] => {
    const merged = new Map<string, CandidateCombination>();
    for (const combination of combinations) {
      const key = `${combination.low}:${combination.high}`;
      const kept = merged.get(key);
      if (kept) kept.tickets += combination.tickets;
      else merged.set(key, { low: combination.low, high: combination.high, tickets: combination.tickets });
    }
    return chooseGroups(ranking.candidates.length, [...merged.values()], limit).map((index) => {
      const { phrase, count } = ranking.candidates[index]!;
      const [low, high] = candidateBit(index);
      const examples = combinations
        .filter((combination) => (combination.low & low) !== 0 || (combination.high & high) !== 0)
        .flatMap((combination) => combination.examples)
        .sort((a, b) => b.created - a.created || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .slice(0, INSIGHT_GROUP_LIMITS.examples);
      return { phrase, count, previousCount: ranking.counts.get(phrase)?.previous ?? 0, exampleTicketIds: examples.map((example) => example.id), query: query(phrase) };
    });
  };
  return {
    recurring: groups(
      recurring,
      parsed.filter((row) => row.topic.low !== 0 || row.topic.high !== 0).map((row) => ({ ...row.topic, tickets: row.tickets, examples: row.examples })),
      INSIGHT_GROUP_LIMITS.recurringIssues,
      queries.recurring,
    ),
    handoff: new Map(
      [...handoff].map(([id, ranking]) => [
        id,
        groups(
          ranking,
          parsed
            .filter((row) => row.assistant === id && (row.handoff.low !== 0 || row.handoff.high !== 0))
            .map((row) => ({ ...row.handoff, tickets: row.tickets, examples: row.examples })),
          INSIGHT_GROUP_LIMITS.handoffQuestions,
          (phrase) => queries.handoff(id, phrase),
        ),
      ]),
    ),
  };
}
