import type { TicketQuery } from '@ticketkit/core';
import type { TicketListState } from '@ticketkit/react';

/** Which filters of a query are on: status other than `all`, a created-date range, a search. */
export interface ActiveFilters {
  status: boolean;
  dates: boolean;
  search: boolean;
  count: number;
}

/** The fields of a query that are filters (sort, page and page size are not). */
export type FilterFields = Pick<TicketQuery, 'status' | 'createdFrom' | 'createdTo' | 'search'>;

/** The filters a query has on (sort, page and page size are not filters). */
export function activeFilters(query: FilterFields): ActiveFilters {
  const status = query.status !== 'all';
  const dates = query.createdFrom !== null || query.createdTo !== null;
  const search = query.search !== '';
  return { status, dates, search, count: Number(status) + Number(dates) + Number(search) };
}

/** Turns every filter off in one change (one request), keeping sort and page size. */
export function clearFilters(state: Pick<TicketListState, 'setQuery' | 'setSearch'>): void {
  state.setSearch('');
  state.setQuery({ status: 'all', createdFrom: null, createdTo: null, search: '' });
}
