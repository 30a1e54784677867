import { dayRangeToInstants, defaultTicketModel, sortedField, type ListTicketsRequest, type TicketModel, type TicketPage, type Viewer } from '@ticketkit/core';
import { fieldFilterCondition, fieldSortTerm } from './field-sql';
import type { Queryable, Row } from './database';
import { TICKET_COLUMNS, TICKET_JOINS, toTicket } from './rows';
import { scopeCondition } from './scope';
import { containsPattern, searchWords } from './search-text';
import { Params } from './sql';

/** The column behind each sort field; the only way a sort reaches the SQL text. */
const SORT_COLUMNS: Record<string, string> = {
  createdAt: 't.created_at',
  priority: 't.priority',
  updatedAt: 't.updated_at',
};

/**
 * The WHERE clause of a list request: scope, status (`unsolved`: every status of the model not in the `done`
 * category), custom field filters, created-date range and every search word.
 */
function whereClause(viewer: Viewer, request: ListTicketsRequest, model: TicketModel, params: Params): string {
  const conditions = [scopeCondition(viewer, params)];
  if (request.status === 'unsolved') conditions.push(`t.status = ANY(${params.param(model.unsolvedStatuses)}::text[])`);
  else if (request.status !== 'all') conditions.push(`t.status = ${params.param(request.status)}`);
  for (const [id, value] of Object.entries(request.fields ?? {})) {
    const field = model.field(id);
    // normalizeQuery let only the model's filterable fields through; anything else never reaches the SQL.
    if (!field?.filterable) throw new Error(`Unchecked field filter ${JSON.stringify(id)}`);
    conditions.push(fieldFilterCondition(field, value, params));
  }
  const { from, to } = dayRangeToInstants(request.createdFrom, request.createdTo, request.timeZone ?? 'UTC');
  // Instants go in as epoch seconds, not ISO text: midnight of 0001-01-01 east of UTC falls in year 0, which
  // JavaScript writes "0000-…" and PostgreSQL does not read (its year before AD 1 is 1 BC).
  if (from !== null) conditions.push(`t.created_at >= to_timestamp(${params.param(from / 1000)}::float8)`);
  if (to !== null) conditions.push(`t.created_at < to_timestamp(${params.param(to / 1000)}::float8)`);
  // Each word must appear somewhere; the trigram index answers LIKE '%word%' for words of three letters or more.
  for (const word of searchWords(request.search)) {
    conditions.push(`t.search_text LIKE ${params.param(containsPattern(word))}`);
  }
  return conditions.join(' AND ');
}

/**
 * Whether a search's page is cheaper cut from its matches than from a walk of the list index in order. Matches spread
 * over the table, so a walk reads about `pageEnd × tableRows / matches` rows to fill the page, while collecting the
 * matches reads `matches` rows: collect when `matches² < pageEnd × tableRows`.
 */
function fewMatches(matches: number, pageEnd: number, tableRows: number): boolean {
  return matches * matches < pageEnd * Math.max(tableRows, matches);
}

/** The ORDER BY of a request: its sort, then newest created first, then ID. */
function orderClause(request: ListTicketsRequest, model: TicketModel): string {
  const direction = request.direction === 'asc' ? 'ASC' : 'DESC';
  if (request.sort === 'createdAt') return `t.created_at ${direction}, t.id ASC`;
  const fieldId = sortedField(request.sort);
  if (fieldId === null) return `${SORT_COLUMNS[request.sort]} ${direction}, t.created_at DESC, t.id ASC`;
  const field = model.field(fieldId);
  if (!field?.sortable) throw new Error(`Unchecked sort ${JSON.stringify(request.sort)}`);
  return `${fieldSortTerm(field, request.direction)}, t.created_at DESC, t.id ASC`;
}

/**
 * One page of the tickets `viewer` may see that match a request normalised against `model`, and how many match in
 * all. Ties in the chosen order fall back to newest first, then ID, so pages never overlap or skip.
 */
export async function listTickets(
  db: Queryable,
  viewer: Viewer,
  request: ListTicketsRequest,
  model: TicketModel = defaultTicketModel,
): Promise<TicketPage> {
  const countParams = new Params();
  const countWhere = whereClause(viewer, request, model, countParams);
  const countSql = `SELECT count(*)::integer AS total FROM tickets t WHERE ${countWhere}`;
  const offset = (request.page - 1) * request.pageSize;
  const toPageTicket = (row: Row) => toTicket(row, model);
  const pageQuery = (strategy: 'walk' | 'matches') => {
    const params = new Params();
    const where = whereClause(viewer, request, model, params);
    const order = orderClause(request, model);
    // `walk`: read the list index in order and stop after the page (good when matches are dense).
    // `matches`: collect the matches through the trigram index, then sort them (good when they are few; a walk in
    // order would read the whole table to find that a rare word has no more matches).
    const source = strategy === 'walk'
      ? `tickets t ${TICKET_JOINS} WHERE ${where}`
      : `(WITH hits AS MATERIALIZED (SELECT t.id FROM tickets t WHERE ${where}) SELECT t.* FROM tickets t JOIN hits ON hits.id = t.id) t ${TICKET_JOINS}`;
    const sql = `SELECT ${TICKET_COLUMNS} FROM ${source} ORDER BY ${order}
      LIMIT ${params.param(request.pageSize)} OFFSET ${params.param(offset)}`;
    return db.query(sql, params.values);
  };

  if (searchWords(request.search).length === 0) {
    // Filters the planner can estimate well: run the count and the page side by side (a pool runs them in parallel).
    const [countRows, pageRows] = await Promise.all([db.query<{ total: number }>(countSql, countParams.values), pageQuery('walk')]);
    return { tickets: pageRows.map(toPageTicket), total: Number(countRows[0]?.total ?? 0), page: request.page, pageSize: request.pageSize };
  }
  // A search: the count (through the trigram index) says how rare the words are, which picks how to cut the page.
  const [counted] = await db.query<{ total: number; table_rows: number }>(
    `SELECT count(*)::integer AS total, (SELECT reltuples FROM pg_class WHERE oid = 'tickets'::regclass)::float8 AS table_rows
     FROM tickets t WHERE ${countWhere}`,
    countParams.values,
  );
  const total = Number(counted?.total ?? 0);
  const pageEnd = offset + request.pageSize;
  const pageRows = offset >= total ? [] : await pageQuery(fewMatches(total, pageEnd, Number(counted?.table_rows ?? 0)) ? 'matches' : 'walk');
  return { tickets: pageRows.map(toPageTicket), total, page: request.page, pageSize: request.pageSize };
}
