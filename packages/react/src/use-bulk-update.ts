import type { TicketPatch } from '@ticketkit/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { runBulkUpdate, summarizeBulkOutcomes, type BulkTarget, type BulkUpdateSummary } from './bulk-update';
import { writeTicket } from './cache';
import { useTicketsContext } from './context';
import { ticketKeys, ticketWriteKeys } from './keys';

/** What one bulk change acts on: the tickets (with the versions seen) and the change. */
export interface BulkUpdateVariables {
  targets: readonly BulkTarget[];
  patch: TicketPatch;
}

/** A bulk change of status, priority or assignee and its state. */
export interface BulkUpdate {
  /** Writes `patch` to every target with its own version; resolves to what changed, conflicted and failed. */
  run(variables: BulkUpdateVariables): Promise<BulkUpdateSummary>;
  isPending: boolean;
  /** Tickets written so far of how many, while one by one. */
  progress: { done: number; total: number } | null;
  /** The last run's result, until `reset`. */
  summary: BulkUpdateSummary | null;
  /** The last run failed as a whole (say, the bulk call itself could not reach the backend). */
  error: Error | null;
  reset(): void;
}

/**
 * Changes many tickets at once: the adapter's `updateTickets` when present, else core's `updateTicketsOneByOne`
 * (four at a time). Each ticket carries the version the person saw, so one changed meanwhile is reported as a
 * conflict and left as it is. The written tickets go into the cache; every list is refetched after.
 */
export function useBulkUpdate(): BulkUpdate {
  const context = useTicketsContext();
  const client = useQueryClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const { scope, adapter } = context;
  const mutation = useMutation({
    mutationKey: [...ticketWriteKeys.all(scope), 'bulk'],
    mutationFn: async ({ targets, patch }: BulkUpdateVariables) => {
      setProgress({ done: 0, total: targets.length });
      const outcomes = await runBulkUpdate(adapter, targets, patch, { onProgress: (done, total) => setProgress({ done, total }) });
      return summarizeBulkOutcomes(outcomes);
    },
    onSuccess: (summary) => {
      for (const ticket of summary.changed) writeTicket(client, scope, ticket);
    },
    onSettled: () => {
      setProgress(null);
      return client.invalidateQueries({ queryKey: ticketKeys.lists(scope) });
    },
  });
  const { mutateAsync, reset: resetMutation } = mutation;
  const reset = useCallback(() => resetMutation(), [resetMutation]);
  return {
    run: mutateAsync,
    isPending: mutation.isPending,
    progress,
    summary: mutation.data ?? null,
    error: mutation.error,
    reset,
  };
}
