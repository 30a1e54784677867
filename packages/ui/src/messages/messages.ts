import { commonMessages, type CommonMessages } from './common';
import { ticketFiltersMessages, type TicketFiltersMessages } from './filters';
import { ticketListMessages, type TicketListMessages } from './list';
import { paginationMessages, type PaginationMessages } from './pagination';
import { ticketDetailMessages, type TicketDetailMessages } from './detail';
import { notesPanelMessages, type NotesPanelMessages } from './notes';
import { ticketsPanelMessages, type TicketsPanelMessages } from './panel';
import { queueMessages, type QueueMessages } from './queue';
import { timelineMessages, type TimelineMessages } from './timeline';
import { ticketInsightsMessages, type TicketInsightsMessages } from './insights';

/**
 * Every visible string of `@ticketkit/ui`, one section per component. Strings that need values are functions that
 * receive them already formatted for the locale; a count also arrives as a number, to choose its plural form with
 * `plural`. A complete set for another language (a "pack", like `@ticketkit/ui/messages/de`) is one of these.
 */
export interface TicketsUIMessages {
  common: CommonMessages;
  list: TicketListMessages;
  filters: TicketFiltersMessages;
  pagination: PaginationMessages;
  detail: TicketDetailMessages;
  notes: NotesPanelMessages;
  panel: TicketsPanelMessages;
  queue: QueueMessages;
  timeline: TimelineMessages;
  insights: TicketInsightsMessages;
}

/** The English messages, used for any string a host does not override. */
export const defaultMessages: TicketsUIMessages = {
  common: commonMessages,
  list: ticketListMessages,
  filters: ticketFiltersMessages,
  pagination: paginationMessages,
  detail: ticketDetailMessages,
  notes: notesPanelMessages,
  panel: ticketsPanelMessages,
  queue: queueMessages,
  timeline: timelineMessages,
  insights: ticketInsightsMessages,
};

/** Any part of the messages, at any depth: what a host passes to override some strings. */
export type MessagesOverride<T = TicketsUIMessages> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? MessagesOverride<T[K]> : T[K];
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns `base` with the strings of each override laid over it, later ones winning; `base` is not changed. */
export function mergeMessages<T extends object>(base: T, ...overrides: (MessagesOverride<T> | undefined)[]): T {
  let result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const override of overrides) {
    if (!override) continue;
    const next: Record<string, unknown> = { ...result };
    for (const [key, value] of Object.entries(override)) {
      if (value === undefined) continue;
      const current = result[key];
      next[key] = isPlainObject(value) && isPlainObject(current) ? mergeMessages(current, value) : value;
    }
    result = next;
  }
  return result as T;
}
