import type { ListTicketsRequest, TicketAdapter } from '../adapter';
import { throwIfAborted } from '../errors';
import type { TicketInsights } from '../insights/types';
import { DEFAULT_TICKET_QUERY, PAGE_SIZE_BOUNDS } from '../query';
import type { Ticket } from '../types';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, so an exported subject
 * like `=HYPERLINK(…)` stays text (OWASP's advice on CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, ended with CRLF as RFC 4180 writes it. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The columns of a ticket export, in order. */
export const TICKET_CSV_COLUMNS = ['id', 'subject', 'status', 'priority', 'createdAt', 'updatedAt', 'requesterName', 'requesterEmail', 'assistant', 'assignee'] as const;

/** A ticket as a CSV line of `TICKET_CSV_COLUMNS`, custom fields left out. */
export function ticketCsvLine(ticket: Ticket): string {
  return csvLine([
    ticket.id,
    ticket.subject,
    ticket.status,
    ticket.priority,
    ticket.createdAt,
    ticket.updatedAt,
    ticket.requester.name,
    ticket.requester.email,
    ticket.assistant.name,
    ticket.assignee?.name ?? '',
  ]);
}

/** Progress of a list export. */
export interface ExportProgress {
  /** Tickets written so far. */
  done: number;
  /** Tickets the query matches (from the first page; a list changing meanwhile may end a little off). */
  total: number;
}

/** Options of `exportTicketsCsv`. */
export interface ExportTicketsOptions {
  /** Stops the export between pages (and the page on its way); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after every page. */
  onProgress?: (progress: ExportProgress) => void;
  /** Tickets per request, up to the list's largest page. Default 100. */
  pageSize?: number;
}

/**
 * Every ticket a list query matches, as CSV text parts (a header line, then one part per page), read page by page
 * with `listTickets` in the query's sort order: memory stays one page at a time on the adapter's side, and the caller
 * can show progress and cancel. A ticket seen on an earlier page (the list moved meanwhile) is not written twice.
 */
export async function exportTicketsCsv(adapter: TicketAdapter, request: Partial<ListTicketsRequest>, options: ExportTicketsOptions = {}): Promise<string[]> {
  const pageSize = Math.min(PAGE_SIZE_BOUNDS.max, Math.max(PAGE_SIZE_BOUNDS.min, options.pageSize ?? PAGE_SIZE_BOUNDS.max));
  const parts = [csvLine(TICKET_CSV_COLUMNS)];
  const seen = new Set<string>();
  let total = 0;
  for (let page = 1; ; page++) {
    throwIfAborted(options.signal);
    const result = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, ...request, page, pageSize }, { signal: options.signal });
    if (page === 1) total = result.total;
    let chunk = '';
    for (const ticket of result.tickets) {
      if (seen.has(ticket.id)) continue;
      seen.add(ticket.id);
      chunk += ticketCsvLine(ticket);
    }
    parts.push(chunk);
    options.onProgress?.({ done: seen.size, total });
    if (result.tickets.length < pageSize || page * pageSize >= result.total) break;
  }
  return parts;
}

/**
 * Insights as CSV: one line per figure (overall and per assistant), per day, and per group, each with what it is
 * about (`section`, `assistant`, `key`) and its value, so a spreadsheet can filter and chart it.
 */
export function insightsToCsv(insights: TicketInsights): string {
  let text = csvLine(['section', 'assistant', 'key', 'value', 'previous', 'examples']);
  const figures = (assistant: string, figures: TicketInsights['overall']) => {
    text += csvLine(['raised', assistant, '', figures.raised, '', '']);
    text += csvLine(['unsolved', assistant, '', figures.unsolved, '', '']);
    text += csvLine(['medianFirstReplyMinutes', assistant, '', minutes(figures.medianFirstReplyMs), '', '']);
    text += csvLine(['medianTimeToCloseMinutes', assistant, '', minutes(figures.medianTimeToCloseMs), '', '']);
    text += csvLine(['reopened', assistant, '', figures.reopened, '', '']);
    for (const day of figures.perDay) text += csvLine(['perDay', assistant, day.day, day.count, '', '']);
  };
  figures('', insights.overall);
  for (const group of insights.recurringIssues) {
    text += csvLine(['recurringIssue', '', group.phrase, group.count, group.previousCount, group.exampleTicketIds.join(' ')]);
  }
  for (const entry of insights.assistants) {
    figures(entry.assistant.name, entry.figures);
    for (const group of entry.handoffQuestions) {
      text += csvLine(['handoffQuestion', entry.assistant.name, group.phrase, group.count, group.previousCount, group.exampleTicketIds.join(' ')]);
    }
  }
  return text;
}

function minutes(ms: number | null): string {
  return ms === null ? '' : (ms / 60_000).toFixed(1);
}
