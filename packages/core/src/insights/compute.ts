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
  /** Indices of the tickets in scope (and of the request's assistant, when it names one). */
  docs: ArrayLike<number>;
  ticket(doc: number): Ticket;
  createdAt(doc: number): number;
  features(doc: number): TicketFeatures;
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
function rankGroups(ranking: Ranking, source: InsightsSource): InsightGroup[] {
  const counts = new Map<number, number>();
  for (const doc of ranking.docs) {
    for (const id of ranking.phrasesOf(source.features(doc))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const phrases = source.dictionary.phrases;
  const scored: { id: number; count: number; score: number }[] = [];
  for (const [id, count] of counts) {
    if (count < INSIGHT_GROUP_LIMITS.minCount) continue;
    const idf = Math.log((1 + ranking.backgroundSize) / (1 + ranking.background[id]!)) + 1;
    // A two-word phrase names a topic better than either word alone ("login code" over "code"): weighted up, as
    // key-phrase extractors weigh longer n-grams.
    const weight = phrases[id]!.includes(' ') ? BIGRAM_WEIGHT : 1;
    scored.push({ id, count, score: count * idf * weight });
  }
  scored.sort((a, b) => b.score - a.score || b.count - a.count || (phrases[a.id]! < phrases[b.id]! ? -1 : 1));
  const candidates = scored.slice(0, CANDIDATES);
  const members = new Map<number, number[]>(candidates.map((c) => [c.id, []]));
  for (const doc of ranking.docs) {
    for (const id of ranking.phrasesOf(source.features(doc))) members.get(id)?.push(doc);
  }
  const chosen: { id: number; docs: Set<number> }[] = [];
  for (const candidate of candidates) {
    if (chosen.length >= ranking.limit) break;
    const docs = members.get(candidate.id)!;
    const covered = docs.filter((doc) => chosen.some((group) => group.docs.has(doc))).length;
    if (covered >= OVERLAP_LIMIT * docs.length) continue;
    chosen.push({ id: candidate.id, docs: new Set(docs) });
  }
  const previousCounts = new Map<number, number>(chosen.map((group) => [group.id, 0]));
  for (const doc of ranking.previous) {
    for (const id of ranking.phrasesOf(source.features(doc))) {
      const count = previousCounts.get(id);
      if (count !== undefined) previousCounts.set(id, count + 1);
    }
  }
  return chosen.map((group) => {
    const newest = [...group.docs].sort((a, b) => source.createdAt(b) - source.createdAt(a) || b - a);
    const phrase = phrases[group.id]!;
    return {
      phrase,
      count: group.docs.size,
      previousCount: previousCounts.get(group.id)!,
      exampleTicketIds: newest.slice(0, INSIGHT_GROUP_LIMITS.examples).map((doc) => source.ticket(doc).id),
      query: ranking.query(phrase),
    };
  });
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
  const background = new Int32Array(source.dictionary.size + 1);
  const handoffBackground = new Int32Array(source.dictionary.size + 1);
  const docs: number[] = [];
  const previous: number[] = [];
  for (let i = 0; i < scope.length; i++) {
    const doc = scope[i]!;
    const features = source.features(doc);
    for (const id of features.phrases) background[id]!++;
    for (const id of features.handoffPhrases) handoffBackground[id]!++;
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
            background: handoffBackground,
            backgroundSize: scope.length,
            limit: INSIGHT_GROUP_LIMITS.handoffQuestions,
            query: (phrase) => ({ ...query, handoffTopic: phrase }),
          },
          source,
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
        background,
        backgroundSize: scope.length,
        limit: INSIGHT_GROUP_LIMITS.recurringIssues,
        query: (phrase) => ({ ...scopeQuery, topic: phrase }),
      },
      source,
    ),
  };
}
