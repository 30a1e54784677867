import { plural } from './plural';

/** Strings of `TicketInsights` and the export buttons. Values arrive already formatted. */
export interface TicketInsightsMessages {
  /** Heading of the insights. */
  title: string;
  /** Label of the range picker. */
  rangeLabel: string;
  /** A range preset: the last `days` days, today included. */
  lastDays: (days: number) => string;
  /** Label of the assistant picker. */
  assistantLabel: string;
  allAssistants: string;
  /** The range shown, e.g. `Oct 3 – Nov 1, 2026`. */
  rangeSummary: (range: string) => string;
  loading: string;
  loadErrorTitle: string;
  /** When the backend cannot compute insights. */
  unsupported: string;
  /** When no ticket was raised in the range. */
  empty: string;
  raised: string;
  unsolved: string;
  medianFirstReply: string;
  medianTimeToClose: string;
  reopened: string;
  /** A median with no ticket to take it over. */
  noValue: string;
  perDayTitle: string;
  /** The chart's text alternative. */
  perDaySummary: (total: string, peakDay: string, peakCount: string) => string;
  showTable: string;
  showChart: string;
  dayColumn: string;
  countColumn: string;
  recurringTitle: string;
  recurringHint: string;
  handoffTitle: string;
  handoffHint: string;
  /** One assistant's section heading. */
  assistantHeading: (name: string, raised: string, count: number) => string;
  noGroups: string;
  /** A group's count, e.g. `42 tickets`. */
  groupCount: (formatted: string, count: number) => string;
  /** Change against the previous period: `+5 vs. previous period (37)`. */
  change: (delta: string, previous: string) => string;
  /** Accessible name of a group's link. */
  openGroup: (phrase: string, count: string) => string;
  examples: string;
  exportInsights: string;
  /** Export of the list. */
  exportList: string;
  exporting: (done: string, total: string) => string;
  cancelExport: string;
  exportDone: (count: string, total: number) => string;
  exportCancelled: string;
  exportFailed: (reason: string) => string;
  /** The list's filter chip for a recurring issue's key phrase. */
  chipTopic: (phrase: string) => string;
  /** The list's filter chip for a handoff question's key phrase. */
  chipHandoffTopic: (phrase: string) => string;
  /** The list's filter chip for one assistant (its name when a ticket on the page shows it, else its ID). */
  chipAssistant: (assistant: string) => string;
}

/** English defaults of `TicketInsightsMessages`. */
export const ticketInsightsMessages: TicketInsightsMessages = {
  title: 'Insights',
  rangeLabel: 'Period',
  lastDays: (days) => `Last ${days} days`,
  assistantLabel: 'Assistant',
  allAssistants: 'All assistants',
  rangeSummary: (range) => `Tickets raised ${range}`,
  loading: 'Loading insights…',
  loadErrorTitle: 'The insights could not be loaded',
  unsupported: 'This backend does not provide insights.',
  empty: 'No tickets were raised in this period.',
  raised: 'Tickets raised',
  unsolved: 'Unsolved now',
  medianFirstReply: 'Median first reply after handoff',
  medianTimeToClose: 'Median time to close',
  reopened: 'Reopened',
  noValue: '—',
  perDayTitle: 'Tickets per day',
  perDaySummary: (total, peakDay, peakCount) => `${total} tickets in the period; the most on ${peakDay} (${peakCount}).`,
  showTable: 'Show as table',
  showChart: 'Show as chart',
  dayColumn: 'Day',
  countColumn: 'Number of tickets',
  recurringTitle: 'Recurring issues',
  recurringHint: 'Key phrases of subjects and end-user messages that stand out in this period.',
  handoffTitle: 'Where the assistant hands off',
  handoffHint: 'What end users asked just before each handoff: what to teach the assistant next.',
  assistantHeading: (name, raised, count) => `${name} · ${raised} ${plural('en', count, { one: 'ticket', other: 'tickets' })}`,
  noGroups: 'No recurring phrase in this period.',
  groupCount: (formatted, count) => `${formatted} ${plural('en', count, { one: 'ticket', other: 'tickets' })}`,
  change: (delta, previous) => `${delta} vs. previous period (${previous})`,
  openGroup: (phrase, count) => `${phrase}: show the ${count} tickets`,
  examples: 'For example',
  exportInsights: 'Export insights (CSV)',
  exportList: 'Export CSV',
  exporting: (done, total) => `Exporting ${done} of ${total}…`,
  cancelExport: 'Cancel export',
  exportDone: (count, total) => `Exported ${count} ${plural('en', total, { one: 'ticket', other: 'tickets' })}.`,
  exportCancelled: 'Export cancelled.',
  exportFailed: (reason) => `The export failed. ${reason}`,
  chipTopic: (phrase) => `About: “${phrase}”`,
  chipHandoffTopic: (phrase) => `Handed over on: “${phrase}”`,
  chipAssistant: (assistant) => `Assistant: ${assistant}`,
};
