import type { TicketQuery } from '@ticketkit/core';
import type { TicketListState } from '@ticketkit/react';

/** Which filters of a query are on: status other than `all`, assignee, priorities, a created-date range, a search, custom fields. */
export interface ActiveFilters {
  status: boolean;
  assignee: boolean;
  priorities: boolean;
  dates: boolean;
  search: boolean;
  /** IDs of the custom fields filtered on. */
  fields: string[];
  /** How many of the insight filters (assistant, key phrase, handoff key phrase) are on. */
  insight: number;
  count: number;
}

/** The fields of a query that are filters (sort, page and page size are not). */
export type FilterFields = Pick<TicketQuery, 'status' | 'createdFrom' | 'createdTo' | 'search'> &
  Partial<Pick<TicketQuery, 'fields' | 'assignee' | 'priorities' | 'assistant' | 'topic' | 'handoffTopic'>>;

/** The filters a query has on (sort, page and page size are not filters). */
export function activeFilters(query: FilterFields): ActiveFilters {
  const status = query.status !== 'all';
  const dates = query.createdFrom !== null || query.createdTo !== null;
  const search = query.search !== '';
  const fields = Object.keys(query.fields ?? {});
  const assignee = (query.assignee ?? null) !== null;
  const priorities = (query.priorities ?? []).length > 0;
  const insight = Number(Boolean(query.assistant)) + Number(Boolean(query.topic)) + Number(Boolean(query.handoffTopic));
  const count =
    Number(status) + Number(assignee) + Number(priorities) + Number(dates) + Number(search) + fields.length + insight;
  return { status, assignee, priorities, dates, search, fields, insight, count };
}

/** Turns every filter off in one change (one request), keeping sort and page size. */
export function clearFilters(state: Pick<TicketListState, 'setQuery' | 'setSearch'>): void {
  state.setSearch('');
  state.setQuery({
    status: 'all',
    assignee: null,
    priorities: [],
    createdFrom: null,
    createdTo: null,
    search: '',
    fields: {},
    assistant: null,
    topic: null,
    handoffTopic: null,
  });
}
