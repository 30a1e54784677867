import { dayRangeToInstants, defaultTicketModel, sortedField, type ListTicketsRequest, type TicketModel, type TicketPage, type Viewer } from '@ticketkit/core';
import { fieldFilterCondition, fieldSortTerm } from './field-sql';
import type { Queryable, Row } from './database';
import { TICKET_COLUMNS, TICKET_JOINS, toTicket } from './rows';
import { scopeCondition } from './scope';
import { containsPattern, searchWords } from './search-text';
import { searchSnippets } from './search-snippets';
import { Params } from './sql';

/** The column behind each sort field; the only way a sort reaches the SQL text. */
const SORT_COLUMNS: Record<string, string> = {
  createdAt: 't.created_at',
  priority: 't.priority',
  updatedAt: 't.updated_at',
  lastMessageAt: 't.last_message_at',
};

/**
 * The WHERE clause of a list request: scope, status (`unsolved`: every status of the model not in the `done`
 * category; left out with `ignoreStatus`, for the counts per status), assignee, priorities, requester, custom field
 * filters, assistant, key phrase and handoff key phrase, created-date range and every search word.
 */
function whereClause(viewer: Viewer, request: ListTicketsRequest, model: TicketModel, params: Params, ignoreStatus = false): string {
  const conditions = [scopeCondition(viewer, params)];
  if (ignoreStatus) {
    // Counted apart from the status filter.
  } else if (request.status === 'unsolved') conditions.push(`t.status = ANY(${params.param(model.unsolvedStatuses)}::text[])`);
  else if (request.status !== 'all') conditions.push(`t.status = ${params.param(request.status)}`);
  const assignee = request.assignee ?? null;
  if (assignee === 'unassigned') conditions.push('t.assignee_id IS NULL');
  else if (assignee !== null) conditions.push(`t.assignee_id = ${params.param(assignee === 'me' ? viewer.id : assignee)}`);
  const priorities = request.priorities ?? [];
  if (priorities.length > 0) {
    // normalizeQuery let only the model's priorities through; stored as their rank.
    const ranks = priorities.map((priority) => model.priorityRank(priority));
    if (ranks.some((rank) => rank < 0)) throw new Error(`Unchecked priorities ${JSON.stringify(priorities)}`);
    conditions.push(`t.priority = ANY(${params.param(ranks)}::smallint[])`);
  }
  if (request.requester != null) conditions.push(`t.requester_id = ${params.param(request.requester)}`);
  // Insights' filters: normalizeQuery folded each key phrase as the tokenizer writes it (core's normalizeTopic), and
  // the phrase columns hold every ticket's phrases made by core's phrase functions, so a ticket matches exactly when
  // the memory adapter's does.
  if (request.assistant != null) conditions.push(`t.assistant_id = ${params.param(request.assistant)}`);
  if (request.topic != null) conditions.push(`t.topic_phrases @> ARRAY[${params.param(request.topic)}::text]`);
  if (request.handoffTopic != null) conditions.push(`t.handoff_phrases @> ARRAY[${params.param(request.handoffTopic)}::text]`);
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
  // Tickets nobody waits on come last in both directions.
  if (request.sort === 'waitingSince') return `t.waiting_since ${direction} NULLS LAST, t.created_at DESC, t.id ASC`;
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

  const words = searchWords(request.search);
  const counts = request.countByStatus ? statusCounts(db, viewer, request, model) : undefined;
  // Awaited below; a failure of the page first must not leave this rejection unhandled.
  counts?.catch(() => undefined);
  let page: TicketPage;
  if (words.length === 0) {
    // Filters the planner can estimate well: run the count and the page side by side (a pool runs them in parallel).
    const [countRows, pageRows] = await Promise.all([db.query<{ total: number }>(countSql, countParams.values), pageQuery('walk')]);
    page = { tickets: pageRows.map(toPageTicket), total: Number(countRows[0]?.total ?? 0), page: request.page, pageSize: request.pageSize };
  } else {
    // A search: the count (through the trigram index) says how rare the words are, which picks how to cut the page.
    const [counted] = await db.query<{ total: number; table_rows: number }>(
      `SELECT count(*)::integer AS total, (SELECT reltuples FROM pg_class WHERE oid = 'tickets'::regclass)::float8 AS table_rows
       FROM tickets t WHERE ${countWhere}`,
      countParams.values,
    );
    const total = Number(counted?.total ?? 0);
    const pageEnd = offset + request.pageSize;
    const pageRows = offset >= total ? [] : await pageQuery(fewMatches(total, pageEnd, Number(counted?.table_rows ?? 0)) ? 'matches' : 'walk');
    const tickets = pageRows.map(toPageTicket);
    page = { tickets, total, page: request.page, pageSize: request.pageSize };
    const snippets = await searchSnippets(db, tickets, words);
    if (snippets) page.snippets = snippets;
  }
  if (counts) page.statusCounts = await counts;
  return page;
}

/**
 * How many tickets match the request's filters and search with each status of the model (every status, 0 included),
 * whatever its status filter says, within the viewer's scope.
 */
async function statusCounts(db: Queryable, viewer: Viewer, request: ListTicketsRequest, model: TicketModel): Promise<Record<string, number>> {
  const params = new Params();
  const where = whereClause(viewer, request, model, params, true);
  const rows = await db.query<{ status: string; total: number }>(
    `SELECT t.status, count(*)::integer AS total FROM tickets t WHERE ${where} GROUP BY t.status`,
    params.values,
  );
  const counts: Record<string, number> = Object.fromEntries(model.statuses.map((status) => [status.id, 0]));
  for (const row of rows) if (Object.hasOwn(counts, row.status)) counts[row.status] = Number(row.total);
  return counts;
}
