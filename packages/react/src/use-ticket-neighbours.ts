import type { Ticket } from '@ticketkit/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTicketsContext } from './context';
import { ticketListOptions } from './query-options';
import type { TicketListResult } from './use-ticket-list';

/** Where the open ticket sits in the list on screen, and how to step to the ticket before or after it. */
export interface TicketNeighbours {
  /** 1-based place of the ticket among every match (page offset included); `null` when it is not on the page. */
  position: number | null;
  /** How many tickets match across every page. */
  total: number;
  /** A ticket comes before it (on this page or the one before). */
  hasPrevious: boolean;
  /** A ticket comes after it (on this page or the one after). */
  hasNext: boolean;
  /** Opens the ticket before; crossing to the previous page turns the list's page too. */
  previous(): Promise<void>;
  /** Opens the ticket after; crossing to the next page turns the list's page too. */
  next(): Promise<void>;
}

/**
 * Next and previous ticket, walking the list the viewer opened the ticket from: `list` is its state (from
 * `useTicketList`), `open` selects a ticket. At a page's edge the adjacent page is fetched (it is usually prefetched
 * already), the list turns to it and its first (or last) ticket opens. Without a list, or when the ticket is not on
 * the page on screen, there is nowhere to walk.
 */
export function useTicketNeighbours(list: TicketListResult | null, ticketId: string | null, open: (ticket: Ticket) => void): TicketNeighbours {
  const context = useTicketsContext();
  const client = useQueryClient();
  const tickets = list?.tickets;
  const index = tickets && ticketId ? tickets.findIndex((ticket) => ticket.id === ticketId) : -1;
  const page = list?.query.page ?? 1;
  const pageSize = list?.query.pageSize ?? 0;
  const pageCount = list?.pageCount ?? 1;
  const onPage = index >= 0 && tickets !== undefined;

  const step = useCallback(
    async (direction: -1 | 1) => {
      if (!list || !onPage) return;
      const target = list.tickets[index + direction];
      if (target) return open(target);
      const nextPage = page + direction;
      if (nextPage < 1 || nextPage > pageCount) return;
      const { query, setPage } = list;
      const result = await client.fetchQuery(ticketListOptions(context, { ...query, page: nextPage, timeZone: context.timeZone }));
      const landing = direction === 1 ? result.tickets[0] : result.tickets.at(-1);
      if (!landing) return;
      setPage(nextPage, 'replace');
      open(landing);
    },
    [list, onPage, index, page, pageCount, client, context, open],
  );

  return useMemo(
    () => ({
      position: onPage ? (page - 1) * pageSize + index + 1 : null,
      total: list?.total ?? 0,
      hasPrevious: onPage && (index > 0 || page > 1),
      hasNext: onPage && (index < tickets.length - 1 || page < pageCount),
      previous: () => step(-1),
      next: () => step(1),
    }),
    [onPage, page, pageSize, index, list?.total, tickets, pageCount, step],
  );
}
