import type { TicketModel } from '../model';
import type { TicketQuery } from '../query';
import type { Assistant, Ticket } from '../types';
import type { PhraseDictionary, TicketFeatures } from './features';
import type { ResolvedInsightsRequest } from './request';
import type { AssistantInsights, InsightFigures, InsightGroup, TicketInsights } from './types';

/** How many recurring issues, and handoff questions per assistant, a result holds at most. */
export const INSIGHT_GROUP_LIMITS = { recurringIssues: 8, handoffQuestions: 5, examples: 3, minCount: 2 } as const;

/** A phrase is left out when at least this share of its tickets is already in a group ranked above it. */
const OVERLAP_LIMIT = 0.6;
/** Candidates looked at per ranking, before overlapping ones are dropped. */
const CANDIDATES = 40;
/** How much more a two-word phrase counts than a single word of the same frequency. */
const BIGRAM_WEIGHT = 2;

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

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
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

  add(doc: number, day: number, created: number, source: InsightsSource, features: TicketFeatures): void {
    this.raised++;
    this.perDay[day]!++;
    if (source.model.categoryOf(source.ticket(doc).status) !== 'done') this.unsolved++;
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
  /** Docs of the previous period. */
  previous: number[];
  phrasesOf(features: TicketFeatures): Int32Array;
  /** How many documents of the background (every ticket in scope) hold each phrase. */
  background: Int32Array;
  backgroundSize: number;
  limit: number;
  query(phrase: string): Partial<TicketQuery>;
}

/**
 * TF-IDF ranking of key phrases: a phrase scores its number of tickets in the period times the log of how rare it is
 * among every ticket in scope, so a phrase in many tickets of the period but few overall ranks first. Phrases whose
 * tickets are mostly in a better-ranked group are dropped, so `login` does not repeat `login code`.
 */
function rankGroups(ranking: Ranking, source: InsightsSource, scratch: Scratch): InsightGroup[] {
  const { counts, touched } = scratch;
  touched.length = 0;
  for (const doc of ranking.docs) {
    for (const id of ranking.phrasesOf(source.features(doc))) {
      const before = counts[id]!;
      counts[id] = before + 1;
      if (before === 0) touched.push(id);
    }
  }
  const phrases = source.dictionary.phrases;
  const scored: { id: number; count: number; score: number }[] = [];
  for (const id of touched) {
    const count = counts[id]!;
    counts[id] = 0; // the scratch is left clean for the next ranking
    if (count < INSIGHT_GROUP_LIMITS.minCount) continue;
    const idf = Math.log((1 + ranking.backgroundSize) / (1 + ranking.background[id]!)) + 1;
    // A two-word phrase names a topic better than either word alone ("login code" over "code"): weighted up, as
    // key-phrase extractors weigh longer n-grams.
    const weight = phrases[id]!.includes(' ') ? BIGRAM_WEIGHT : 1;
    scored.push({ id, count, score: count * idf * weight });
  }
  scored.sort((a, b) => b.score - a.score || b.count - a.count || (phrases[a.id]! < phrases[b.id]! ? -1 : 1));
  const candidates = scored.slice(0, CANDIDATES);
  // Each candidate's tickets, found through a per-phrase slot (the count scratch, reused: candidate index + 1).
  const members: number[][] = candidates.map(() => []);
  candidates.forEach((candidate, index) => (counts[candidate.id] = index + 1));
  for (const doc of ranking.docs) {
    for (const id of ranking.phrasesOf(source.features(doc))) {
      const slot = counts[id]!;
      if (slot !== 0) members[slot - 1]!.push(doc);
    }
  }
  for (const candidate of candidates) counts[candidate.id] = 0;
  const { covered } = scratch;
  const chosen: { id: number; docs: number[] }[] = [];
  for (const [index, candidate] of candidates.entries()) {
    if (chosen.length >= ranking.limit) break;
    const docs = members[index]!;
    let overlap = 0;
    for (const doc of docs) overlap += covered[doc]!;
    if (overlap >= OVERLAP_LIMIT * docs.length) continue;
    for (const doc of docs) covered[doc] = 1;
    chosen.push({ id: candidate.id, docs });
  }
  for (const group of chosen) for (const doc of group.docs) covered[doc] = 0;
  const previousCounts = new Map<number, number>(chosen.map((group) => [group.id, 0]));
  for (const doc of ranking.previous) {
    for (const id of ranking.phrasesOf(source.features(doc))) {
      const count = previousCounts.get(id);
      if (count !== undefined) previousCounts.set(id, count + 1);
    }
  }
  return chosen.map((group) => {
    const phrase = phrases[group.id]!;
    return {
      phrase,
      count: group.docs.length,
      previousCount: previousCounts.get(group.id)!,
      exampleTicketIds: newest(group.docs, source, INSIGHT_GROUP_LIMITS.examples).map((doc) => source.ticket(doc).id),
      query: ranking.query(phrase),
    };
  });
}

/** The `count` newest of `docs` (latest created first; the later index on a tie), without sorting them all. */
function newest(docs: readonly number[], source: InsightsSource, count: number): number[] {
  const before = (a: number, b: number) => source.createdAt(a) > source.createdAt(b) || (source.createdAt(a) === source.createdAt(b) && a > b);
  const best: number[] = [];
  for (const doc of docs) {
    if (best.length === count && !before(doc, best[count - 1]!)) continue;
    let at = best.length === count ? count - 1 : best.length;
    best[at] = doc;
    while (at > 0 && before(best[at]!, best[at - 1]!)) {
      [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
      at--;
    }
  }
  return best;
}

/** Buffers reused by every ranking of one computation. */
interface Scratch {
  /** Per phrase ID; zero between rankings. */
  counts: Int32Array;
  touched: number[];
  /** Per ticket index: already in a chosen group; zero between rankings. */
  covered: Uint8Array;
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
  const perAssistant = new Map<string, { counter: FigureCounter; docs: number[]; previous: number[] }>();
  for (const assistant of source.assistants) perAssistant.set(assistant.id, { counter: new FigureCounter(days.length), docs: [], previous: [] });
  const scope = source.docs;
  // Features first: reading them may add phrases to the dictionary, which sizes the counts below.
  for (let i = 0; i < scope.length; i++) source.features(scope[i]!);
  const background = source.background ? source.background() : countBackground(source, scope);
  const scratch: Scratch = { counts: new Int32Array(source.dictionary.size + 1), touched: [], covered: new Uint8Array(source.size) };
  const docs: number[] = [];
  const previous: number[] = [];
  for (let i = 0; i < scope.length; i++) {
    const doc = scope[i]!;
    const features = source.features(doc);
    const created = source.createdAt(doc);
    if (created < previousStart || created >= end) continue;
    const entry = perAssistant.get(source.ticket(doc).assistant.id);
    if (created < start) {
      previous.push(doc);
      entry?.previous.push(doc);
      continue;
    }
    const day = dayOf(dayStarts, created);
    docs.push(doc);
    overall.add(doc, day, created, source, features);
    if (entry) {
      entry.docs.push(doc);
      entry.counter.add(doc, day, created, source, features);
    }
  }
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
            previous: entry.previous,
            phrasesOf: (features) => features.handoffPhrases,
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
    .sort((a, b) => b.figures.raised - a.figures.raised || (a.assistant.name < b.assistant.name ? -1 : 1));
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
        previous,
        phrasesOf: (features) => features.phrases,
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
