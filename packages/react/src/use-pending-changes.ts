import type { TeamMember, Ticket } from '@ticketkit/core';
import { useMutationState, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { applyPatch } from './cache';
import { ticketKeys, ticketWriteKeys } from './keys';
import { changesBeingMade, subscribeToChangesBeingMade, withPendingChanges, type ChangeBeingMade, type PendingChange } from './write';

const NONE: readonly ChangeBeingMade[] = [];

/**
 * The status, priority, assignee and field changes still on their way, of one ticket or (without `ticketId`) of every
 * ticket in the scope. The same array while nothing changes, so it can key a memo.
 */
export function usePendingChanges(scope: string, ticketId?: string): PendingChange[] {
  const client = useQueryClient();
  const inCache = useMutationState({
    filters: {
      mutationKey: ticketId === undefined ? ticketWriteKeys.updates(scope) : ticketWriteKeys.update(scope, ticketId),
      status: 'pending',
    },
    select: (mutation) => {
      const { ticketId: id, patch } = mutation.state.variables as PendingChange;
      return { ticketId: id, patch };
    },
  });
  // The changes made this very moment, before the mutation cache has told anyone (see `noteChangeBeingMade`).
  const subscribe = useCallback((listener: () => void) => subscribeToChangesBeingMade(client, listener), [client]);
  const all = useSyncExternalStore(subscribe, () => changesBeingMade(client), () => NONE);
  return useMemo(() => {
    const made = all.filter((change) => change.scope === scope && (ticketId === undefined || change.ticketId === ticketId));
    return made.length === 0 ? inCache : [...inCache, ...made];
  }, [all, inCache, scope, ticketId]);
}

/**
 * A function that shows tickets with their pending changes applied. Optimistic updates live here, over the
 * cache, not in it: the cache keeps what the backend said, so a refused change needs no rollback and a change of
 * one ticket can never be written into another's cache entry.
 */
export function usePendingView(scope: string, ticketId?: string): ((ticket: Ticket) => Ticket) | undefined {
  const pending = usePendingChanges(scope, ticketId);
  const client = useQueryClient();
  const view = useCallback(
    (ticket: Ticket) => {
      const team = client.getQueryData<TeamMember[]>(ticketKeys.team(scope));
      return withPendingChanges(ticket, pending, (shown, patch) => applyPatch(shown, patch, team));
    },
    [client, scope, pending],
  );
  return pending.length === 0 ? undefined : view;
}
