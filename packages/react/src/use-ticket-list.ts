import {
  pageCount as countPages,
  type ListTicketsRequest,
  type RejectedRecord,
  type SearchSnippet,
  type Ticket,
  type TicketError,
  type TicketPage,
  type TicketQuery,
} from '@ticketkit/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useTicketsContext } from './context';
import { ticketListOptions } from './query-options';
import { usePendingView } from './use-pending-changes';
import { useTicketListState, type TicketListState, type TicketListStateOptions } from './use-ticket-list-state';
import { whenIdle } from './within-task';

/** Options of `useTicketList`: those of `useTicketListState`, plus whether to prefetch the next page. */
export interface TicketListOptions extends TicketListStateOptions {
  /** Load the next page in the background, once the page is idle, so paging forward is instant. Default `true`. */
  prefetchNextPage?: boolean;
}

/** One page of the list with its state and setters. */
export interface TicketListResult extends TicketListState {
  /** The tickets of the page on screen (the previous page's while the next one loads). */
  tickets: Ticket[];
  /** How many tickets match, across every page; 0 until the first page arrives. */
  total: number;
  /** Number of pages, at least 1. */
  pageCount: number;
  /** The first load: nothing to show yet. */
  isLoading: boolean;
  /** A request is under way (the previous page may still be on screen). */
  isFetching: boolean;
  /** The tickets shown are the previous query's, kept while the new one loads. */
  isPlaceholderData: boolean;
  /** Why the page could not be loaded. */
  loadError: TicketError | Error | null;
  /** Why each ticket of the page matched a search, when only its conversation or a note did (by ticket ID). */
  snippets: Readonly<Record<string, SearchSnippet>>;
  /**
   * Tickets per status under the current filters but the status one, when the adapter has the `statusCounts`
   * capability; `null` otherwise.
   */
  statusCounts: Readonly<Record<string, number>> | null;
  /** Records of this page the adapter returned malformed, left out. */
  rejected: RejectedRecord[];
  /** Loads the page again. */
  refetch(): void;
}

/** The adapter request for a list query: the query in the provider's time zone, with the counts when declared. */
function listRequest(query: TicketQuery, timeZone: string, countByStatus: boolean): ListTicketsRequest {
  return { ...query, timeZone, ...(countByStatus ? { countByStatus } : {}) };
}

const NO_SNIPPETS: Readonly<Record<string, SearchSnippet>> = Object.freeze({});

/**
 * The ticket list: its query state and the current page from the adapter. Keeps the previous page on screen while
 * the next loads, prefetches the next page, aborts superseded requests and clamps a page past the end.
 */
export function useTicketList(options: TicketListOptions = {}): TicketListResult {
  const context = useTicketsContext();
  const client = useQueryClient();
  const countByStatus = context.adapter.capabilities?.statusCounts === true;
  // Each change loads its page before it is applied (see `prepare`): the list then draws the new rows at once,
  // instead of a frame of the old ones marked busy first.
  const { prepare: hostPrepare } = options;
  const prepare = useCallback(
    (next: TicketQuery) =>
      Promise.all([client.prefetchQuery(ticketListOptions(context, listRequest(next, context.timeZone, countByStatus))), hostPrepare?.(next)]),
    [client, context, countByStatus, hostPrepare],
  );
  const state = useTicketListState({ ...options, prepare });
  // Keyed on content, not identity: a URL change elsewhere (the selected ticket) must not look like a new request.
  const requestKey = JSON.stringify(listRequest(state.query, context.timeZone, countByStatus));
  const request = useMemo<ListTicketsRequest>(() => JSON.parse(requestKey), [requestKey]);
  // Changes still on their way are shown on the page's tickets (and only on theirs).
  const view = usePendingView(context.scope);
  const select = useMemo(() => (view ? (page: TicketPage): TicketPage => ({ ...page, tickets: page.tickets.map(view) }) : undefined), [view]);
  const result = useQuery({ ...ticketListOptions(context, request), placeholderData: keepPreviousData, select });

  const total = result.data?.total ?? 0;
  const pages = countPages(total, state.query.pageSize);
  const hasData = result.data !== undefined && !result.isPlaceholderData;
  const { setPage } = state;

  useEffect(() => {
    // The total shrank under us (filters elsewhere, deletions): show the last page instead of an empty one.
    if (hasData && state.query.page > pages) setPage(pages, 'replace');
  }, [hasData, state.query.page, pages, setPage]);

  const prefetch = options.prefetchNextPage ?? true;
  useEffect(() => {
    if (!prefetch || !hasData || request.page >= pages) return;
    // Once the page is idle: asked for at once, a local backend would answer within this task, before the new page
    // is painted (a search's next page runs the whole search again).
    return whenIdle(() => void client.prefetchQuery(ticketListOptions(context, { ...request, page: request.page + 1 })));
  }, [prefetch, hasData, request, pages, client, context]);

  const { refetch } = result;
  return {
    ...state,
    tickets: result.data?.tickets ?? [],
    total,
    pageCount: pages,
    isLoading: result.isLoading,
    isFetching: result.isFetching,
    isPlaceholderData: result.isPlaceholderData,
    loadError: result.error,
    snippets: result.data?.snippets ?? NO_SNIPPETS,
    statusCounts: result.data?.statusCounts ?? null,
    rejected: result.data?.rejected ?? [],
    refetch: () => void refetch(),
  };
}
