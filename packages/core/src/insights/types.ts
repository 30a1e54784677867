import type { TicketQuery } from '../query';

/**
 * What `getInsights` is asked for: a range of calendar days (inclusive, read in `timeZone` like the list's date
 * filter) and, optionally, one assistant. The viewer's scope always applies: a member gets insights only on the
 * assistants they own.
 */
export interface InsightsRequest {
  /** First day, `YYYY-MM-DD`. */
  createdFrom: string;
  /** Last day, `YYYY-MM-DD`, at most {@link MAX_INSIGHTS_DAYS} days after `createdFrom`. */
  createdTo: string;
  /** IANA time zone the days are read in. Default `UTC`. */
  timeZone?: string;
  /** Only this assistant's tickets; `null` or absent for every assistant in scope. */
  assistantId?: string | null;
}

/** Longest range `getInsights` accepts, in days (a year and a day, so a leap year fits). */
export const MAX_INSIGHTS_DAYS = 366;

/** How many tickets were raised on one calendar day of the range. */
export interface DailyCount {
  /** `YYYY-MM-DD` in the request's time zone. */
  day: string;
  count: number;
}

/** The headline figures of a set of tickets (one assistant's, or all of them). Times are in milliseconds. */
export interface InsightFigures {
  /** Tickets created in the range. */
  raised: number;
  /** Of those, how many are in a status whose category is not `done` now. */
  unsolved: number;
  /**
   * Median time from the handoff (the ticket's `handoffMessageId`, or its creation when it has none) to the team's
   * first reply after it, over the tickets that have one; `null` when none has.
   */
  medianFirstReplyMs: number | null;
  /** Median time from creation to the ticket's latest move into a `done` status, over closed tickets; `null` when none. */
  medianTimeToCloseMs: number | null;
  /** Tickets whose status moved from a `done` status back to another at least once (from their activity). */
  reopened: number;
  /** Tickets raised per day, one entry for every day of the range (0 included). */
  perDay: DailyCount[];
}

/**
 * A group of tickets about the same thing: every ticket in scope and range whose text holds the key phrase `phrase`.
 * `query` opens exactly those tickets in the list (its total equals `count`).
 */
export interface InsightGroup {
  /** The key phrase, as the tokenizer writes it (lower case, one or two words), e.g. `login code`. */
  phrase: string;
  /** How many tickets of the range hold it. */
  count: number;
  /** How many tickets of the previous period of the same length held it. */
  previousCount: number;
  /** A few of the tickets (IDs, newest first). */
  exampleTicketIds: string[];
  /** The list query that shows exactly these tickets. */
  query: Partial<TicketQuery>;
}

/** One assistant's figures and the questions it handed over. */
export interface AssistantInsights {
  assistant: { id: string; name: string };
  figures: InsightFigures;
  /** Groups of the end user's message just before each handoff: what the assistant could not answer. */
  handoffQuestions: InsightGroup[];
  /** The list query of this assistant's tickets in the range. */
  query: Partial<TicketQuery>;
}

/** Insights on the tickets of a range: overall, per assistant, recurring issues and handoff questions. */
export interface TicketInsights {
  /** The range as read: the request's days. */
  createdFrom: string;
  createdTo: string;
  timeZone: string;
  /** The previous period of the same length, which each group's `previousCount` counts. */
  previousFrom: string;
  previousTo: string;
  /** Every ticket in the range and scope together. */
  overall: InsightFigures;
  /** The list query of every ticket in the range and scope. */
  query: Partial<TicketQuery>;
  /** One entry per assistant in scope (with the request's assistant, only that one), most tickets first. */
  assistants: AssistantInsights[];
  /** Groups over subjects and end-user messages, most distinctive first. */
  recurringIssues: InsightGroup[];
}
