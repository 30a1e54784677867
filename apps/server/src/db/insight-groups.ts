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
import { DAY_ORDER } from './insight-columns';
import { Params } from './sql';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The phrase counts a ranking reads: per assistant, its key phrases and handoff phrases in the range; and the background. */
export interface PhraseCounts {
  topic: Map<string, Map<string, number>>;
  handoff: Map<string, Map<string, number>>;
  /** Every ticket in scope: how many hold each phrase, and how many there are. */
  background: { topic: Map<string, number>; handoff: Map<string, number>; size: number };
}

/**
 * A UTC day (days since 1970) of one assistant that a period covers only in part: the period holds its tickets `lo`
 * to `hi` (exclusive) in `phrase_days`' order (tickets created before an instant of a day come first). A day of a time
 * zone other than UTC straddles two UTC days, so a period's first and last UTC days are often partial.
 */
interface PartialDay {
  assistant: string;
  day: number;
  current: boolean;
  lo: number;
  hi: number;
}

/** The UTC days of the range (`current`) and of the previous period, `first` to `last` each; whole but for `partial`. */
export interface PeriodDays {
  current: { first: number; last: number };
  previous: { first: number; last: number };
  partial: PartialDay[];
}

/** The UTC days of the range and of the previous period, with the tickets of the partial ones per assistant of `scope`. */
export async function periodDays(db: Queryable, scope: readonly string[], request: ResolvedInsightsRequest): Promise<PeriodDays> {
  const start = request.dayStarts[0]!;
  const end = request.dayStarts[request.dayStarts.length - 1]!;
  const daysOf = (from: number, to: number) => ({ first: Math.floor(from / DAY_MS), last: Math.ceil(to / DAY_MS) - 1 });
  const days: PeriodDays = { current: daysOf(start, end), previous: daysOf(request.previousStart, start), partial: [] };
  const parts: { day: number; current: boolean; from: number; to: number }[] = [];
  for (const [from, to, current] of [[request.previousStart, start, false], [start, end, true]] as const) {
    for (const day of new Set([Math.floor(from / DAY_MS), Math.ceil(to / DAY_MS) - 1])) {
      const part = { day, current, from: Math.max(from, day * DAY_MS), to: Math.min(to, (day + 1) * DAY_MS) };
      if (part.from !== day * DAY_MS || part.to !== (day + 1) * DAY_MS) parts.push(part);
    }
  }
  if (parts.length === 0 || scope.length === 0) return days;
  // Where each part starts and ends among the day's tickets: counted on the (assistant_id, created_at) index.
  const rows = await db.query<{ assistant_id: string; day: number; current: boolean; lo: number; hi: number }>(
    `SELECT a.id AS assistant_id, p.day, p.current,
            (SELECT count(*) FROM tickets t WHERE t.assistant_id = a.id AND t.created_at >= p.day_start AND t.created_at < p.part_from)::integer AS lo,
            (SELECT count(*) FROM tickets t WHERE t.assistant_id = a.id AND t.created_at >= p.day_start AND t.created_at < p.part_to)::integer AS hi
     FROM unnest($1::text[]) AS a(id)
     CROSS JOIN unnest($2::integer[], $3::boolean[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[]) AS p(day, current, day_start, part_from, part_to)`,
    [
      scope,
      parts.map((part) => part.day),
      parts.map((part) => part.current),
      parts.map((part) => iso(part.day * DAY_MS)),
      parts.map((part) => iso(part.from)),
      parts.map((part) => iso(part.to)),
    ],
  );
  days.partial = rows.map((row) => ({ assistant: row.assistant_id, day: Number(row.day), current: row.current, lo: Number(row.lo), hi: Number(row.hi) }));
  return days;
}

/** A phrase of an assistant: what `phrase_days` keeps a row per day for. */
interface PhraseKey {
  assistant: string;
  kind: 'p' | 'h';
  phrase: string;
}

/**
 * How many tickets of one period hold each phrase, per assistant, from `phrase_days` alone: a whole day's count as
 * stored, a partial day's as the set bits of its part. Every phrase of the assistants of `scope`, or only `phrases`.
 */
async function sumPeriod(
  db: Queryable,
  days: PeriodDays,
  current: boolean,
  which: { scope: readonly string[] } | { phrases: readonly PhraseKey[] },
): Promise<{ assistant_id: string; kind: string; phrase: string; tickets: number }[]> {
  const params = new Params();
  const period = current ? days.current : days.previous;
  const partial = days.partial.filter((part) => part.current === current);
  const selection =
    'scope' in which
      ? `FROM phrase_days d WHERE d.assistant_id = ANY(${params.param(which.scope)}::text[]) AND`
      : `FROM unnest(${params.param(which.phrases.map((key) => key.assistant))}::text[], ${params.param(which.phrases.map((key) => key.kind))}::text[],
                     ${params.param(which.phrases.map((key) => key.phrase))}::text[]) AS w(assistant_id, kind, phrase)
         JOIN phrase_days d ON d.assistant_id = w.assistant_id AND d.kind = w.kind AND d.phrase = w.phrase WHERE`;
  return db.query(
    `WITH partial AS (
       SELECT * FROM unnest(${params.param(partial.map((part) => part.assistant))}::text[], ${params.param(partial.map((part) => part.day))}::integer[],
                            ${params.param(partial.map((part) => part.lo))}::integer[], ${params.param(partial.map((part) => part.hi))}::integer[])
                     AS p(assistant_id, day, lo, hi)
     ), rows AS (
       SELECT d.* ${selection} d.day >= DATE '1970-01-01' + ${params.param(period.first)}::integer AND d.day <= DATE '1970-01-01' + ${params.param(period.last)}::integer
     )
     SELECT d.assistant_id, d.kind, d.phrase,
            -- A partial day: how many of its bits lo to hi are set (the bit string as text, its ones counted).
            sum(CASE WHEN p.day IS NULL THEN d.tickets
                     ELSE length(replace(substring(d.ticket_bits FROM p.lo + 1 FOR p.hi - p.lo)::text, '0', '')) END)::integer AS tickets
     FROM rows d LEFT JOIN partial p ON p.assistant_id = d.assistant_id AND DATE '1970-01-01' + p.day = d.day
     GROUP BY d.assistant_id, d.kind, d.phrase`,
    params.values,
  );
}

/** Counts every phrase of the range per assistant of `scope`, and the background. */
export async function countPhrases(db: Queryable, scope: readonly string[], days: PeriodDays): Promise<PhraseCounts> {
  const [rows, backgroundRows] = await Promise.all([
    sumPeriod(db, days, true, { scope }),
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
    phrases.set(row.phrase, Number(row.tickets));
  }
  for (const row of backgroundRows) {
    if (row.kind === 'n') counts.background.size = Number(row.count);
    else (row.kind === 'p' ? counts.background.topic : counts.background.handoff).set(row.phrase, Number(row.count));
  }
  return counts;
}

/** The candidates of one ranking, best first. */
function rankingOf(counts: Map<string, number>, background: Map<string, number>, size: number): PhraseTally[] {
  const tallies: PhraseTally[] = [];
  for (const [phrase, count] of counts) if (count > 0) tallies.push({ phrase, count, background: background.get(phrase) ?? 0 });
  return rankPhrases(tallies, size);
}

/** Which candidates (a bit each, see core's `candidateBit`) each ticket of a block holds. */
interface Masks {
  low: Int32Array;
  high: Int32Array;
}

/** One assistant's UTC day in the range: its tickets `lo` to `hi` in `phrase_days`' order, and the candidates each holds. */
interface Block {
  assistant: string;
  day: number;
  lo: number;
  hi: number;
  topic: Masks;
  handoff: Masks;
}

/** A ticket by its assistant, UTC day and place in the day (`phrase_days`' order). */
interface Found {
  assistant: string;
  day: number;
  k: number;
}

/**
 * Which of the candidates each ticket of the range holds, from the candidates' `phrase_days` rows (a bit per ticket
 * of the day): one block per assistant and day that any candidate's tickets are in.
 */
async function candidateBlocks(db: Queryable, days: PeriodDays, wanted: readonly (PhraseKey & { index: number })[]): Promise<Block[]> {
  if (wanted.length === 0) return [];
  // A row per wanted phrase, its days packed into one bytea: hundreds of rows rather than tens of thousands (a row
  // costs the driver more than its bytes).
  const rows = await db.query<{ n: number; days: Uint8Array }>(
    `SELECT w.n, string_agg(int4send(d.day - DATE '1970-01-01') || varbit_send(d.ticket_bits), ''::bytea ORDER BY d.day) AS days
     FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS w(assistant_id, kind, phrase, n)
     JOIN phrase_days d ON d.assistant_id = w.assistant_id AND d.kind = w.kind AND d.phrase = w.phrase
                       AND d.day >= DATE '1970-01-01' + $4::integer AND d.day <= DATE '1970-01-01' + $5::integer
     GROUP BY w.n`,
    [wanted.map((w) => w.assistant), wanted.map((w) => w.kind), wanted.map((w) => w.phrase), days.current.first, days.current.last],
  );
  const partOf = new Map(days.partial.filter((part) => part.current).map((part) => [`${part.assistant}/${part.day}`, part]));
  const blocks = new Map<string, Block>();
  for (const row of rows) {
    const { assistant, kind, index } = wanted[Number(row.n) - 1]!;
    // Each day as int4send and varbit_send write it: the day, the number of bits, then the bits, the first highest.
    const bytes = row.days;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at < bytes.byteLength; ) {
      const day = view.getInt32(at);
      const size = view.getInt32(at + 4);
      const bits = at + 8;
      at = bits + Math.ceil(size / 8);
      const key = `${assistant}/${day}`;
      let block = blocks.get(key);
      if (!block) {
        const masks = () => ({ low: new Int32Array(size), high: new Int32Array(size) });
        // Clamped to the day's bits: the part was counted by another statement, so tickets stored in between could
        // make it longer than the bits read (that request's groups are then as of the bits).
        const part = partOf.get(key);
        block = { assistant, day, lo: Math.min(part?.lo ?? 0, size), hi: Math.min(part?.hi ?? size, size), topic: masks(), handoff: masks() };
        blocks.set(key, block);
      }
      const masks = kind === 'p' ? block.topic : block.handoff;
      const [low, high] = candidateBit(index);
      for (let k = block.lo; k < block.hi; k++) {
        if ((bytes[bits + (k >> 3)]! & (0x80 >> (k & 7))) === 0) continue;
        masks.low[k]! |= low;
        masks.high[k]! |= high;
      }
    }
  }
  return [...blocks.values()];
}

/** Adds a ticket's combination of candidates (none: not counted) to `into`, keyed by its 64 bits. */
function addCombination(into: Map<number, CandidateCombination>, low: number, high: number): void {
  if (low === 0 && high === 0) return;
  const key = (high >>> 0) * 4_294_967_296 + (low >>> 0);
  const kept = into.get(key);
  if (kept) kept.tickets++;
  else into.set(key, { low, high, tickets: 1 });
}

/**
 * The newest tickets holding candidate `index` (of the blocks of `assistant`, or of every assistant): an assistant's
 * days newest first, and its tickets of a day last first, are its tickets newest first (creation, then ID); so the
 * newest of all are among the first few found this way per assistant.
 */
function newestHolding(blocks: readonly Block[], assistant: string | null, masks: (block: Block) => Masks, index: number): Found[] {
  const [low, high] = candidateBit(index);
  const found: Found[] = [];
  const perAssistant = new Map<string, number>();
  for (const block of blocks) {
    if (assistant !== null && block.assistant !== assistant) continue;
    let taken = perAssistant.get(block.assistant) ?? 0;
    const { low: lows, high: highs } = masks(block);
    for (let k = block.hi - 1; k >= block.lo && taken < INSIGHT_GROUP_LIMITS.examples; k--) {
      if ((lows[k]! & low) !== 0 || (highs[k]! & high) !== 0) {
        found.push({ assistant: block.assistant, day: block.day, k });
        taken++;
      }
    }
    perAssistant.set(block.assistant, taken);
  }
  return found;
}

/** The IDs and creation times (ms) of tickets found by their place in their day, keyed `assistant/day/k`. */
async function ticketsAt(db: Queryable, found: readonly Found[]): Promise<Map<string, { id: string; created: number }>> {
  const tickets = new Map<string, { id: string; created: number }>();
  if (found.length === 0) return tickets;
  const rows = await db.query<{ assistant_id: string; day: number; k: number; id: string; created: number }>(
    `WITH wanted AS (
       SELECT * FROM unnest($1::text[], $2::integer[], $3::integer[]) AS w(assistant_id, day, k)
     )
     SELECT x.assistant_id, x.day, x.k, x.id, x.created
     FROM (SELECT DISTINCT assistant_id, day FROM wanted) d
     CROSS JOIN LATERAL (
       -- The day's tickets numbered as phrase_days numbers them.
       SELECT d.assistant_id, d.day, (row_number() OVER (ORDER BY ${DAY_ORDER}) - 1)::integer AS k, t.id,
              (extract(epoch FROM t.created_at) * 1000)::float8 AS created
       FROM tickets t
       WHERE t.assistant_id = d.assistant_id
         AND t.created_at >= (DATE '1970-01-01' + d.day)::timestamp AT TIME ZONE 'UTC'
         AND t.created_at < (DATE '1970-01-01' + d.day + 1)::timestamp AT TIME ZONE 'UTC'
     ) x
     JOIN wanted w ON w.assistant_id = x.assistant_id AND w.day = x.day AND w.k = x.k`,
    [found.map((ticket) => ticket.assistant), found.map((ticket) => ticket.day), found.map((ticket) => ticket.k)],
  );
  for (const row of rows) tickets.set(`${row.assistant_id}/${row.day}/${row.k}`, { id: row.id, created: Number(row.created) });
  return tickets;
}

/**
 * The recurring issues and each assistant's handoff questions: phrases ranked by core's `rankPhrases` from the
 * counts; which candidates each ticket of the range holds, read from the candidates' `phrase_days` bits rather than
 * from the tickets, counted by combination for core's `chooseGroups`; then the chosen groups' previous counts and
 * newest tickets.
 */
export async function groupsOf(
  db: Queryable,
  scope: readonly string[],
  days: PeriodDays,
  counts: PhraseCounts,
  queries: { recurring(phrase: string): Partial<TicketQuery>; handoff(assistantId: string, phrase: string): Partial<TicketQuery> },
): Promise<{ recurring: InsightGroup[]; handoff: Map<string, InsightGroup[]> }> {
  const { background } = counts;
  const topicCounts = new Map<string, number>();
  for (const phrases of counts.topic.values()) {
    for (const [phrase, count] of phrases) topicCounts.set(phrase, (topicCounts.get(phrase) ?? 0) + count);
  }
  const recurring = rankingOf(topicCounts, background.topic, background.size);
  const handoff = new Map(scope.map((id) => [id, rankingOf(counts.handoff.get(id) ?? new Map(), background.handoff, background.size)]));

  // Every assistant's days of each recurring candidate; its own days of its handoff candidates.
  const wanted: (PhraseKey & { index: number })[] = [];
  for (const assistant of scope) {
    recurring.forEach((candidate, index) => wanted.push({ assistant, kind: 'p', phrase: candidate.phrase, index }));
    handoff.get(assistant)!.forEach((candidate, index) => wanted.push({ assistant, kind: 'h', phrase: candidate.phrase, index }));
  }
  const blocks = (await candidateBlocks(db, days, wanted)).sort((a, b) => b.day - a.day);

  // How many tickets hold each combination: across assistants for the recurring issues, per assistant for handoffs.
  const topicCombinations = new Map<number, CandidateCombination>();
  const handoffCombinations = new Map(scope.map((id) => [id, new Map<number, CandidateCombination>()]));
  for (const block of blocks) {
    const own = handoffCombinations.get(block.assistant)!;
    for (let k = block.lo; k < block.hi; k++) {
      addCombination(topicCombinations, block.topic.low[k]!, block.topic.high[k]!);
      addCombination(own, block.handoff.low[k]!, block.handoff.high[k]!);
    }
  }
  const recurringChosen = chooseGroups(recurring.length, [...topicCombinations.values()], INSIGHT_GROUP_LIMITS.recurringIssues).map((index) => ({
    assistant: null,
    candidate: recurring[index]!,
    found: newestHolding(blocks, null, (block) => block.topic, index),
  }));
  const handoffChosen = scope.flatMap((id) => {
    const candidates = handoff.get(id)!;
    return chooseGroups(candidates.length, [...handoffCombinations.get(id)!.values()], INSIGHT_GROUP_LIMITS.handoffQuestions).map((index) => ({
      assistant: id,
      candidate: candidates[index]!,
      found: newestHolding(blocks, id, (block) => block.handoff, index),
    }));
  });

  // The chosen phrases' counts in the previous period, and their newest tickets' IDs, at once.
  const [previousRows, tickets] = await Promise.all([
    recurringChosen.length + handoffChosen.length === 0
      ? []
      : sumPeriod(db, days, false, {
          phrases: [
            ...recurringChosen.flatMap((group) => scope.map((assistant) => ({ assistant, kind: 'p' as const, phrase: group.candidate.phrase }))),
            ...handoffChosen.map((group) => ({ assistant: group.assistant, kind: 'h' as const, phrase: group.candidate.phrase })),
          ],
        }),
    ticketsAt(db, [...recurringChosen, ...handoffChosen].flatMap((group) => group.found)),
  ]);
  const previous = new Map<string, number>();
  for (const row of previousRows) {
    // The recurring issues count every assistant's tickets; handoff questions their own assistant's.
    const key = row.kind === 'p' ? `p/${row.phrase}` : `h/${row.assistant_id}/${row.phrase}`;
    previous.set(key, (previous.get(key) ?? 0) + Number(row.tickets));
  }
  const groupOf = (group: { assistant: string | null; candidate: PhraseTally; found: Found[] }, query: Partial<TicketQuery>): InsightGroup => {
    const { phrase, count } = group.candidate;
    const examples = group.found
      .map((ticket) => tickets.get(`${ticket.assistant}/${ticket.day}/${ticket.k}`)!)
      .sort((a, b) => b.created - a.created || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .slice(0, INSIGHT_GROUP_LIMITS.examples);
    const previousCount = previous.get(group.assistant === null ? `p/${phrase}` : `h/${group.assistant}/${phrase}`) ?? 0;
    return { phrase, count, previousCount, exampleTicketIds: examples.map((example) => example.id), query };
  };
  return {
    recurring: recurringChosen.map((group) => groupOf(group, queries.recurring(group.candidate.phrase))),
    handoff: new Map(
      scope.map((id) => [id, handoffChosen.filter((group) => group.assistant === id).map((group) => groupOf(group, queries.handoff(id, group.candidate.phrase)))]),
    ),
  };
}
