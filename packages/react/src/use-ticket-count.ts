import { DEFAULT_TICKET_QUERY, type TicketQuery } from '@ticketkit/core';
import { useQuery } from '@tanstack/react-query';
import { useTicketsContext } from './context';
import { ticketListOptions } from './query-options';

/**
 * How many tickets match `query` (the rest of the query from the defaults): one page of one ticket is asked for and
 * its total read, under the list's own keys, so writes and live events refresh it with the list. `undefined` until
 * known.
 */
export function useTicketCount(query: Partial<Omit<TicketQuery, 'page' | 'pageSize'>>): number | undefined {
  const context = useTicketsContext();
  const request = { ...DEFAULT_TICKET_QUERY, ...query, page: 1, pageSize: 1, timeZone: context.timeZone };
  return useQuery({ ...ticketListOptions(context, request), select: (page) => page.total }).data;
}
