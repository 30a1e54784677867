import type { TicketModel } from '../model';
import type { TicketQuery } from '../query';
import type { Assistant, Ticket } from '../types';
import type { PhraseDictionary, TicketFeatures } from './features';
import type { ResolvedInsightsRequest } from './request';
import { candidateBit, chooseGroups, INSIGHT_GROUP_LIMITS, rankPhrases, type CandidateCombination, type PhraseTally } from './groups';
import type { AssistantInsights, InsightFigures, InsightGroup, TicketInsights } from './types';

export { INSIGHT_GROUP_LIMITS } from './groups';

/**
 * The order of `TicketInsights.assistants`: most tickets raised first, then by name. Every backend sorts with it, so
 * the same data gives the same list.
 */
export function byTicketsRaised(a: AssistantInsights, b: AssistantInsights): number {
  return b.figures.raised - a.figures.raised || (a.assistant.name < b.assistant.name ? -1 : 1);
}

/** The tickets `computeInsights` reads, by index, already restricted to the viewer's scope. */
export interface InsightsSource {
  model: TicketModel;
  dictionary: PhraseDictionary;
  /** The assistants the viewer may see. */
  assistants: readonly Assistant[];
  /**
   * Indices of the tickets in scope (and of the request's assistant, when it names one) created from the previous
   * period's start to the range's end; tickets outside that window may be given and are skipped.
   */
  docs: ArrayLike<number>;
  ticket(doc: number): Ticket;
  createdAt(doc: number): number;
  features(doc: number): TicketFeatures;
  /** How many tickets there are in all: ticket indices are below it. */
  size: number;
  /**
   * The TF-IDF background: phrase counts over every ticket in scope, when the source keeps them between calls.
   * Without it, the background is counted over `docs`.
   */
  background?(): PhraseBackground;
}

function median(list: number[]): number | null {
  if (list.length === 0) return null;
  // A typed array sorts numbers natively, several times faster than a comparator over an array.
  const values = Float64Array.from(list).sort();
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/** Accumulates the figures of a set of tickets. */
class FigureCounter {
  raised = 0;
  unsolved = 0;
  reopened = 0;
  firstReply: number[] = [];
  toClose: number[] = [];
  perDay: Int32Array;
  constructor(days: number) {
    this.perDay = new Int32Array(days);
  }

  add(day: number, created: number, done: boolean, features: TicketFeatures): void {
    this.raised++;
    this.perDay[day]!++;
    if (!done) this.unsolved++;
    if (features.reopened) this.reopened++;
    if (!Number.isNaN(features.firstReplyAt)) this.firstReply.push(features.firstReplyAt - features.handoffAt);
    if (!Number.isNaN(features.closedAt)) this.toClose.push(Math.max(0, features.closedAt - created));
  }

  figures(days: readonly string[]): InsightFigures {
    return {
      raised: this.raised,
      unsolved: this.unsolved,
      medianFirstReplyMs: median(this.firstReply),
      medianTimeToCloseMs: median(this.toClose),
      reopened: this.reopened,
      perDay: days.map((day, i) => ({ day, count: this.perDay[i]! })),
    };
  }
}

/** The day of the range an instant falls on (binary search over the days' first instants), -1 outside it. */
function dayOf(starts: readonly number[], at: number): number {
  if (at < starts[0]! || at >= starts[starts.length - 1]!) return -1;
  let low = 0;
  let high = starts.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle;
  }
  return low;
}

interface Ranking {
  /** Docs of the current period, in scope. */
  docs: number[];
  /** The ranked phrases of each of `docs` (read from its features while the figures were counted). */
  lists: Int32Array[];
  /** Docs of the previous period. */
  previous: number[];
  /** Which of a ticket's phrases are ranked: its key phrases, or those of its handoff question. */
  handoff: boolean;
  /** How many documents of the background (every ticket in scope) hold each phrase. */
  background: Int32Array;
  backgroundSize: number;
  limit: number;
  query(phrase: string): Partial<TicketQuery>;
}

/**
 * The groups of one ranking: phrases counted over the period's tickets, ranked by `rankPhrases`, the candidates'
 * combinations counted so that `chooseGroups` can drop overlapping ones, then each chosen group's previous count and
 * newest tickets.
 */
function rankGroups(ranking: Ranking, source: InsightsSource, scratch: Scratch): InsightGroup[] {
  const { counts, touched } = scratch;
  const { docs, lists, handoff } = ranking;
  touched.length = 0;
  // The phrases are also copied into one flat array, so the second pass reads contiguous memory rather than a
  // hundred thousand small arrays scattered over the heap.
  let flat = scratch.flat;
  const ends = new Int32Array(docs.length);
  let size = 0;
  for (let i = 0; i < docs.length; i++) {
    const ids = lists[i]!;
    if (size + ids.length > flat.length) flat = scratch.flat = grow(flat, size + ids.length);
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j]!;
      flat[size++] = id;
      const before = counts[id]!;
      counts[id] = before + 1;
      if (before === 0) touched.push(id);
    }
    ends[i] = size;
  }
  const phrases = source.dictionary.phrases;
  const tallies: (PhraseTally & { id: number })[] = [];
  for (const id of touched) {
    const count = counts[id]!;
    counts[id] = 0; // the scratch is left clean for the next ranking
    if (count >= INSIGHT_GROUP_LIMITS.minCount) tallies.push({ id, phrase: phrases[id]!, count, background: ranking.background[id]! });
  }
  const candidates = rankPhrases(tallies, ranking.backgroundSize) as (PhraseTally & { id: number })[];
  // Each ticket's combination of candidates, through a per-phrase slot (the count scratch, reused: candidate index + 1).
  candidates.forEach((candidate, index) => (counts[candidate.id] = index + 1));
  const lows = new Int32Array(docs.length);
  const highs = new Int32Array(docs.length);
  const combinations = new Map<number, CandidateCombination>();
  for (let i = 0, j = 0; i < docs.length; i++) {
    let low = 0;
    let high = 0;
    for (const end = ends[i]!; j < end; j++) {
      const slot = counts[flat[j]!]!;
      if (slot === 0) continue;
      if (slot <= 32) low |= 1 << (slot - 1);
      else high |= 1 << (slot - 33);
    }
    if (low === 0 && high === 0) continue;
    lows[i] = low;
    highs[i] = high;
    const key = (high >>> 0) * 4_294_967_296 + (low >>> 0);
    const combination = combinations.get(key);
    if (combination) combination.tickets++;
    else combinations.set(key, { low, high, tickets: 1 });
  }
  for (const candidate of candidates) counts[candidate.id] = 0;
  const chosen = chooseGroups(candidates.length, [...combinations.values()], ranking.limit);
  // The newest tickets of each chosen group, in one pass over the period.
  const examples: number[][] = chosen.map(() => []);
  const bits = chosen.map(candidateBit);
  let anyLow = 0;
  let anyHigh = 0;
  for (const [low, high] of bits) {
    anyLow |= low;
    anyHigh |= high;
  }
  for (let i = 0; i < docs.length; i++) {
    if ((lows[i]! & anyLow) === 0 && (highs[i]! & anyHigh) === 0) continue;
    for (let group = 0; group < bits.length; group++) {
      const [low, high] = bits[group]!;
      if ((lows[i]! & low) !== 0 || (highs[i]! & high) !== 0) keepNewest(examples[group]!, docs[i]!, source, INSIGHT_GROUP_LIMITS.examples);
    }
  }
  const previousCounts = chosen.map(() => 0);
  chosen.forEach((index, group) => (counts[candidates[index]!.id] = group + 1));
  for (const doc of ranking.previous) {
    const ids = handoff ? source.features(doc).handoffPhrases : source.features(doc).phrases;
    for (let j = 0; j < ids.length; j++) {
      const slot = counts[ids[j]!]!;
      if (slot !== 0) previousCounts[slot - 1]!++;
    }
  }
  for (const index of chosen) counts[candidates[index]!.id] = 0;
  return chosen.map((index, group) => {
    const { phrase, count } = candidates[index]!;
    return {
      phrase,
      count,
      previousCount: previousCounts[group]!,
      exampleTicketIds: examples[group]!.map((doc) => source.ticket(doc).id),
      query: ranking.query(phrase),
    };
  });
}

/** Adds `doc` to `best` (the `count` newest so far: latest created first, the later index on a tie) when it is one. */
function keepNewest(best: number[], doc: number, source: InsightsSource, count: number): void {
  const created = source.createdAt(doc);
  let at = best.length;
  if (at === count) {
    const last = source.createdAt(best[count - 1]!);
    if (created < last || (created === last && doc < best[count - 1]!)) return;
    at = count - 1;
  }
  for (; at > 0; at--) {
    const previous = best[at - 1]!;
    const previousCreated = source.createdAt(previous);
    if (created < previousCreated || (created === previousCreated && doc < previous)) break;
    best[at] = previous;
  }
  best[at] = doc;
}

/** Buffers reused by every ranking of one computation. */
interface Scratch {
  /** Per phrase ID; zero between rankings. */
  counts: Int32Array;
  touched: number[];
  /** The phrases of a ranking's tickets, one after the other. */
  flat: Int32Array;
}

/** A larger copy of `array`, to hold at least `size`. */
function grow(array: Int32Array, size: number): Int32Array {
  const larger = new Int32Array(Math.max(size, array.length * 2));
  larger.set(array);
  return larger;
}

/** How many tickets of the background hold each phrase, over their phrases and their handoff phrases. */
export interface PhraseBackground {
  phrases: Int32Array;
  handoff: Int32Array;
  size: number;
}

/** Counts the background of TF-IDF: every ticket of `docs` (read their features first, so the dictionary is complete). */
export function countBackground(source: Pick<InsightsSource, 'dictionary' | 'features'>, docs: ArrayLike<number>): PhraseBackground {
  const phrases = new Int32Array(source.dictionary.size + 1);
  const handoff = new Int32Array(source.dictionary.size + 1);
  for (let i = 0; i < docs.length; i++) {
    const features = source.features(docs[i]!);
    for (const id of features.phrases) phrases[id]!++;
    for (const id of features.handoffPhrases) handoff[id]!++;
  }
  return { phrases, handoff, size: docs.length };
}

/**
 * Insights over the tickets of `source` for a checked request: the same computation for every adapter that can
 * read its tickets' features (the memory adapter; a test's reference).
 */
export function computeInsights(source: InsightsSource, request: ResolvedInsightsRequest): TicketInsights {
  const { days, dayStarts, previousStart } = request;
  const start = dayStarts[0]!;
  const end = dayStarts[dayStarts.length - 1]!;
  const overall = new FigureCounter(days.length);
  const perAssistant = new Map<string, { counter: FigureCounter; docs: number[]; lists: Int32Array[]; previous: number[] }>();
  for (const assistant of source.assistants) perAssistant.set(assistant.id, { counter: new FigureCounter(days.length), docs: [], lists: [], previous: [] });
  const scope = source.docs;
  // A status's category, looked up once per status rather than once per ticket.
  const doneByStatus = new Map<string, boolean>();
  const docs: number[] = [];
  const lists: Int32Array[] = [];
  const previous: number[] = [];
  for (let i = 0; i < scope.length; i++) {
    const doc = scope[i]!;
    const features = source.features(doc);
    const created = source.createdAt(doc);
    if (created < previousStart || created >= end) continue;
    const ticket = source.ticket(doc);
    const entry = perAssistant.get(ticket.assistant.id);
    if (created < start) {
      previous.push(doc);
      entry?.previous.push(doc);
      continue;
    }
    const day = dayOf(dayStarts, created);
    const status = ticket.status;
    let done = doneByStatus.get(status);
    if (done === undefined) doneByStatus.set(status, (done = source.model.categoryOf(status) === 'done'));
    docs.push(doc);
    lists.push(features.phrases);
    overall.add(day, created, done, features);
    if (entry) {
      entry.docs.push(doc);
      entry.lists.push(features.handoffPhrases);
      entry.counter.add(day, created, done, features);
    }
  }
  // After every ticket's features are read (which may add phrases to the dictionary, which sizes the counts).
  const background = source.background ? source.background() : countBackground(source, scope);
  const scratch: Scratch = { counts: new Int32Array(source.dictionary.size + 1), touched: [], flat: new Int32Array(1024) };
  const range = { createdFrom: request.createdFrom, createdTo: request.createdTo };
  const scopeQuery = request.assistantId ? { ...range, assistant: request.assistantId } : range;
  const assistants: AssistantInsights[] = source.assistants
    .filter((assistant) => request.assistantId === null || assistant.id === request.assistantId)
    .map((assistant) => {
      const entry = perAssistant.get(assistant.id)!;
      const query = { ...range, assistant: assistant.id };
      return {
        assistant: { id: assistant.id, name: assistant.name },
        figures: entry.counter.figures(days),
        query,
        handoffQuestions: rankGroups(
          {
            docs: entry.docs,
            lists: entry.lists,
            previous: entry.previous,
            handoff: true,
            background: background.handoff,
            backgroundSize: background.size,
            limit: INSIGHT_GROUP_LIMITS.handoffQuestions,
            query: (phrase) => ({ ...query, handoffTopic: phrase }),
          },
          source,
          scratch,
        ),
      };
    })
    .sort(byTicketsRaised);
  return {
    createdFrom: request.createdFrom,
    createdTo: request.createdTo,
    timeZone: request.timeZone,
    previousFrom: request.previousFrom,
    previousTo: request.previousTo,
    overall: overall.figures(days),
    query: scopeQuery,
    assistants,
    recurringIssues: rankGroups(
      {
        docs,
        lists,
        previous,
        handoff: false,
        background: background.phrases,
        backgroundSize: background.size,
        limit: INSIGHT_GROUP_LIMITS.recurringIssues,
        query: (phrase) => ({ ...scopeQuery, topic: phrase }),
      },
      source,
      scratch,
    ),
  };
}
