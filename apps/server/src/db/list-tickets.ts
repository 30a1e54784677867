import { dayRangeToInstants, type ListTicketsRequest, type TicketPage, type TicketSortField, type Viewer } from '@ticketkit/core';
import type { Queryable } from './database';
import { TICKET_COLUMNS, TICKET_JOINS, toTicket } from './rows';
import { scopeCondition } from './scope';
import { containsPattern, searchWords } from './search-text';
import { Params } from './sql';

/** The column behind each sort field; the only way a sort reaches the SQL text. */
const SORT_COLUMNS: Record<TicketSortField, string> = {
  createdAt: 't.created_at',
  priority: 't.priority',
  updatedAt: 't.updated_at',
};

/** The WHERE clause of a list request: scope, status, created-date range and every search word. */
function whereClause(viewer: Viewer, request: ListTicketsRequest, params: Params): string {
  const conditions = [scopeCondition(viewer, params)];
  if (request.status !== 'all') conditions.push(`t.status = ${params.param(request.status)}`);
  const { from, to } = dayRangeToInstants(request.createdFrom, request.createdTo, request.timeZone ?? 'UTC');
  if (from !== null) conditions.push(`t.created_at >= ${params.param(new Date(from).toISOString())}::timestamptz`);
  if (to !== null) conditions.push(`t.created_at < ${params.param(new Date(to).toISOString())}::timestamptz`);
  // Each word must appear somewhere; the trigram index answers LIKE '%word%' for words of three letters or more.
  for (const word of searchWords(request.search)) {
    conditions.push(`t.search_text LIKE ${params.param(containsPattern(word))}`);
  }
  return conditions.join(' AND ');
}

/**
 * One page of the tickets `viewer` may see that match a normalised request, and how many match in all.
 * Ties in the chosen order fall back to newest first, then ID, so pages never overlap or skip.
 */
export async function listTickets(db: Queryable, viewer: Viewer, request: ListTicketsRequest): Promise<TicketPage> {
  const countParams = new Params();
  const countSql = `SELECT count(*)::integer AS total FROM tickets t WHERE ${whereClause(viewer, request, countParams)}`;
  const params = new Params();
  const where = whereClause(viewer, request, params);
  const direction = request.direction === 'asc' ? 'ASC' : 'DESC';
  const order = request.sort === 'createdAt'
    ? `t.created_at ${direction}, t.id ASC`
    : `${SORT_COLUMNS[request.sort]} ${direction}, t.created_at DESC, t.id ASC`;
  const pageSql = `SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS}
    WHERE ${where} ORDER BY ${order}
    LIMIT ${params.param(request.pageSize)} OFFSET ${params.param((request.page - 1) * request.pageSize)}`;
  // Two statements, run side by side on a server with a pool: the page stops after its rows (read in index
  // order); the count reads only the filter's index where it can (index-only scan).
  const [countRows, pageRows] = await Promise.all([
    db.query<{ total: number }>(countSql, countParams.values),
    db.query(pageSql, params.values),
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  const tickets = pageRows.map(toTicket);
  return { tickets, total, page: request.page, pageSize: request.pageSize };
}
