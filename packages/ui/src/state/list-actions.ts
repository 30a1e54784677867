import type { AssigneeFilter, SortDirection, StatusFilter, TicketSortField } from '@ticketkit/core';
import type { TicketListResult } from '@ticketkit/react';
import { useMemo, useRef } from 'react';
import { useClientLayoutEffect } from '../lib/use-client-layout-effect';

/** The list setters the memoised filter, sort and pagination controls call. */
export interface ListActions {
  setStatus(status: StatusFilter): void;
  setDateRange(from: string | null, to: string | null): void;
  setPage(page: number): void;
  setPageSize(pageSize: number): void;
  setSort(field: TicketSortField, direction: SortDirection): void;
  setFieldFilter(fieldId: string, value: string | null): void;
  setAssignee(assignee: AssigneeFilter | null): void;
  setPriorities(priorities: readonly string[]): void;
}

/**
 * Setters that keep their identity for the component's life yet always reach the latest list state. The list state's
 * own setters are new objects on every list change and keystroke; passing these instead lets the memoised status menu,
 * date filter, sort headers and pagination controls skip re-rendering while only the tickets, the page or the search box change.
 */
export function useListActions(state: TicketListResult): ListActions {
  const latest = useRef(state);
  // Before any event can reach a control, the ref holds this render's state.
  useClientLayoutEffect(() => {
    latest.current = state;
  });
  return useMemo<ListActions>(
    () => ({
      setStatus: (status) => latest.current.setStatus(status),
      setDateRange: (from, to) => latest.current.setDateRange(from, to),
      setPage: (page) => latest.current.setPage(page),
      setPageSize: (size) => latest.current.setPageSize(size),
      setSort: (field, direction) => latest.current.setSort(field, direction),
      setFieldFilter: (fieldId, value) => latest.current.setFieldFilter(fieldId, value),
      setAssignee: (assignee) => latest.current.setAssignee(assignee),
      setPriorities: (priorities) => latest.current.setPriorities(priorities),
    }),
    [],
  );
}
