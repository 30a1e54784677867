import { isTicketError, type InsightsRequest, type TicketInsights } from '@ticketkit/core';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useTicketsContext } from './context';
import { ticketKeys } from './keys';
import type { TicketQuerySource } from './query-options';

/** The query key of one insights request: under the scope, so a viewer change never shows another's figures. */
export function insightsKey(scope: string, request: InsightsRequest) {
  return [...ticketKeys.scope(scope), 'insights', request] as const;
}

/**
 * Query options for the adapter's insights. Fresh for a minute: figures over weeks of tickets do not move with every
 * write. Rejects with an `Error` when the adapter has no `getInsights` (check `adapter.getInsights` first).
 */
export function insightsOptions(source: TicketQuerySource, request: InsightsRequest) {
  return queryOptions({
    queryKey: insightsKey(source.scope, request),
    queryFn: ({ signal }): Promise<TicketInsights> => {
      if (!source.adapter.getInsights) return Promise.reject(new Error('The adapter has no getInsights capability.'));
      return source.adapter.getInsights(request, { signal });
    },
    staleTime: 60_000,
    retry: (failureCount, error) => failureCount < 2 && isTicketError(error, 'unavailable'),
  });
}

/** Insights for a range of days (and an assistant), in the provider's time zone unless the request names one. */
export function useInsights(request: InsightsRequest): UseQueryResult<TicketInsights, Error> & { supported: boolean } {
  const context = useTicketsContext();
  const supported = typeof context.adapter.getInsights === 'function';
  const withZone = { ...request, timeZone: request.timeZone ?? context.timeZone };
  const result = useQuery({ ...insightsOptions(context, withZone), enabled: supported });
  return Object.assign(result, { supported });
}
