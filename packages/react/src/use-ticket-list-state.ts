import {
  normalizeQuery,
  type AssigneeFilter,
  ValidationError,
  type SortDirection,
  type StatusFilter,
  type TicketQuery,
  type TicketSortField,
} from '@ticketkit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTicketsContext } from './context';
import { useQuerySource, type QuerySourceOptions } from './query-source';
import { useDebouncedValue } from './use-debounced-value';
import type { HistoryMode } from './url-adapter';
import { settledWithinTask } from './within-task';

/** Default pause after the last keystroke before a search is applied, in ms. */
export const DEFAULT_SEARCH_DEBOUNCE_MS = 250;

/** Options of `useTicketListState`: where the query lives (controlled, uncontrolled or URL) and the search pause. */
export interface TicketListStateOptions extends QuerySourceOptions {
  /** Pause after the last keystroke before the search is applied, in ms. Default 250; 0 applies at once. */
  searchDebounceMs?: number;
  /**
   * Called with each new query before it is applied. A change waits for the promise returned while it settles within
   * the current task (a local backend, a cached page), and is applied in the next task otherwise: `useTicketList`
   * loads the page here, so the list is drawn once, with its new rows, in the frame of the change.
   */
  prepare?: (next: TicketQuery) => Promise<unknown> | void;
}

/** Options of a query change made through `setQuery`. */
export interface SetQueryOptions {
  /** Go back to page 1 (what every filter change does). Default `true` unless the change sets `page`. */
  resetPage?: boolean;
  /** In URL mode, `push` adds a back-button step (default), `replace` does not. */
  history?: HistoryMode;
}

/** The list's query and how to change it. */
export interface TicketListState {
  /** The applied query: what the list asks the adapter for. Its `search` lags `searchInput` by the debounce. */
  query: TicketQuery;
  /** The search text as typed, applied after the pause. Bind it to the search box. */
  searchInput: string;
  /** Why the last change or the URL was refused (e.g. `?page=abc`); the list falls back to defaults. */
  error: ValidationError | null;
  setSearch(text: string): void;
  setStatus(status: StatusFilter): void;
  /** Inclusive calendar days `YYYY-MM-DD`, `null` for an open end. */
  setDateRange(from: string | null, to: string | null): void;
  setSort(sort: TicketSortField, direction?: SortDirection): void;
  /** `'me'`, `'unassigned'`, a team member's ID, or `null` for anyone; back to page 1. */
  setAssignee(assignee: AssigneeFilter | null): void;
  /** Priority IDs of the model, several at once; `[]` for any; back to page 1. */
  setPriorities(priorities: readonly string[]): void;
  /** Filters on a custom field of the model (`null` or `''` removes the filter); back to page 1. */
  setFieldFilter(fieldId: string, value: string | null): void;
  setPage(page: number, history?: HistoryMode): void;
  setPageSize(pageSize: number): void;
  /** Changes several fields at once; returns to page 1 unless told otherwise. */
  setQuery(patch: Partial<TicketQuery>, options?: SetQueryOptions): void;
  /** Back to the default query and an empty search box. */
  reset(): void;
}

const squash = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * The list's filters, search, sort and page, kept by the host (controlled), by the hook (uncontrolled) or in the URL.
 * A filter or search change returns to page 1; the search is applied after a pause so typing makes one request.
 */
export function useTicketListState(options: TicketListStateOptions = {}): TicketListState {
  const { query, urlError, commit } = useQuerySource(options);
  const { model } = useTicketsContext();
  const [inputError, setInputError] = useState<ValidationError | null>(null);
  const [searchInput, setSearchInput] = useState(query.search);
  const [seenSearch, setSeenSearch] = useState(query.search);
  // The applied search changed from outside (back/forward, the host): show it in the box.
  if (query.search !== seenSearch) {
    setSeenSearch(query.search);
    if (squash(searchInput) !== query.search) setSearchInput(query.search);
  }

  const { prepare } = options;
  // The change being prepared (see `prepare`), with its history mode.
  const pending = useRef<{ next: TicketQuery; history: HistoryMode } | null>(null);
  const latest = useRef({ query, commit, model, prepare });
  useEffect(() => {
    // While a change is being prepared, it is the query the next change builds on, not the one on screen.
    latest.current = { query: pending.current?.next ?? query, commit, model, prepare };
  });

  const setQuery = useCallback((patch: Partial<TicketQuery>, opts: SetQueryOptions = {}) => {
    const { query: current, commit: write } = latest.current;
    const resetPage = opts.resetPage ?? patch.page === undefined;
    let next: TicketQuery;
    try {
      next = normalizeQuery({ ...current, ...patch, ...(resetPage ? { page: 1 } : {}) }, latest.current.model);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      setInputError(error);
      return;
    }
    setInputError(null);
    // Two setters in one event must build on each other, not both on the last render's query.
    latest.current = { ...latest.current, query: next };
    const history = opts.history === 'replace' && pending.current?.history !== 'push' ? 'replace' : (opts.history ?? 'push');
    const change = { next, history };
    pending.current = change;
    const prepared = latest.current.prepare?.(next);
    const apply = () => {
      if (pending.current !== change) return; // a later change replaced it
      pending.current = null;
      // This search is the box's own (or one it now shows): not a change from outside to copy into the box, which
      // would drop what was typed since.
      setSeenSearch(next.search);
      write(next, history);
    };
    if (prepared) void settledWithinTask(prepared).then(apply);
    else apply();
  }, []);

  const debouncedSearch = useDebouncedValue(searchInput, options.searchDebounceMs ?? DEFAULT_SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (squash(debouncedSearch) === latest.current.query.search) return;
    // Typing is not navigation: replace the URL instead of adding a history step per search.
    setQuery({ search: debouncedSearch }, { history: 'replace' });
  }, [debouncedSearch, setQuery]);

  return useMemo<TicketListState>(
    () => ({
      query,
      searchInput,
      error: inputError ?? urlError,
      setSearch: setSearchInput,
      setStatus: (status) => setQuery({ status }),
      setDateRange: (createdFrom, createdTo) => setQuery({ createdFrom, createdTo }),
      setSort: (sort, direction) => setQuery(direction ? { sort, direction } : { sort }),
      setAssignee: (assignee) => setQuery({ assignee }),
      setPriorities: (priorities) => setQuery({ priorities: [...priorities] }),
      setFieldFilter: (fieldId, value) => {
        const fields: Record<string, string> = { ...latest.current.query.fields };
        if (value === null || value === '') delete fields[fieldId];
        else fields[fieldId] = value;
        setQuery({ fields });
      },
      setPage: (page, history = 'push') => setQuery({ page }, { resetPage: false, history }),
      setPageSize: (pageSize) => setQuery({ pageSize }),
      setQuery,
      reset: () => {
        setSearchInput('');
        setQuery({ ...normalizeQuery({}, model) });
      },
    }),
    [query, searchInput, inputError, urlError, setQuery, model],
  );
}
