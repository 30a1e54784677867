import {
  checkPatch,
  ConflictError,
  type TeamMember,
  type Ticket,
  type TicketPatch,
  type TicketPriority,
  type TicketStatus,
} from '@ticketkit/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { applyPatch, findCachedTicket, restoreSnapshot, snapshotTicket, writeTicket, type TicketSnapshot } from './cache';
import { useTicketsContext } from './context';
import { ticketKeys } from './keys';
import { ticketOptions } from './query-options';

/** A write refused because someone changed the ticket first, with the change that was refused. */
export interface TicketConflict {
  error: ConflictError;
  /** The change the viewer tried to make. */
  patch: TicketPatch;
}

/** Actions on one ticket and the state of the last one. */
export interface TicketActions {
  setStatus(status: TicketStatus): Promise<Ticket | undefined>;
  setPriority(priority: TicketPriority): Promise<Ticket | undefined>;
  /** `null` unassigns. */
  setAssignee(assigneeId: string | null): Promise<Ticket | undefined>;
  /** Applies several changes at once. Resolves to the saved ticket, or `undefined` when it was refused. */
  update(patch: TicketPatch): Promise<Ticket | undefined>;
  isPending: boolean;
  /** Why the last change was refused (a conflict too); the caches were rolled back. */
  error: Error | null;
  /** Set when the last change hit a stale version. */
  conflict: TicketConflict | null;
  /** Loads the ticket as it now is, leaving the conflict open so the person can decide. */
  reload(): Promise<Ticket | undefined>;
  /** Loads the fresh ticket and applies the refused change again on its version. */
  reapply(): Promise<Ticket | undefined>;
  /** Forgets the last error and conflict. */
  reset(): void;
}

interface Variables {
  patch: TicketPatch;
  expectedVersion: number;
}

/**
 * Changes a ticket's status, assignee or priority. The list and the detail change at once; the write carries the
 * version the viewer saw; a refusal rolls both back and is exposed, a conflict as its own state.
 */
export function useTicketActions(ticketId: string): TicketActions {
  const context = useTicketsContext();
  const { adapter, scope } = context;
  const client = useQueryClient();
  const [conflict, setConflict] = useState<TicketConflict | null>(null);

  const mutation = useMutation<Ticket, Error, Variables, TicketSnapshot>({
    mutationFn: ({ patch, expectedVersion }) => adapter.updateTicket(ticketId, patch, expectedVersion),
    onMutate: async ({ patch }) => {
      // A page load landing after the optimistic write would paint the old values back.
      await client.cancelQueries({ queryKey: ticketKeys.lists(scope) });
      await client.cancelQueries({ queryKey: ticketKeys.detail(scope, ticketId), exact: true });
      const snapshot = snapshotTicket(client, scope, ticketId);
      const current = findCachedTicket(client, scope, ticketId);
      const team = client.getQueryData<TeamMember[]>(ticketKeys.team(scope));
      if (current) writeTicket(client, scope, applyPatch(current, patch, team), true);
      return snapshot;
    },
    onError: (error, { patch }, snapshot) => {
      if (snapshot) restoreSnapshot(client, scope, ticketId, snapshot);
      if (error instanceof ConflictError) setConflict({ error, patch });
    },
    onSuccess: (ticket) => {
      setConflict(null);
      writeTicket(client, scope, ticket, true);
    },
    // The change may move the ticket out of a filtered or sorted page: ask the backend again.
    onSettled: () => client.invalidateQueries({ queryKey: ticketKeys.lists(scope) }),
  });

  const { mutateAsync, reset: resetMutation } = mutation;
  // Errors raised before anything is sent (a bad patch, a ticket that is not there); the adapter's are in `mutation`.
  const [localError, setLocalError] = useState<Error | null>(null);
  const update = useCallback(
    async (patch: TicketPatch): Promise<Ticket | undefined> => {
      setLocalError(null);
      let checked: TicketPatch;
      try {
        checked = checkPatch(patch);
      } catch (error) {
        setLocalError(error as Error);
        return undefined;
      }
      let current = findCachedTicket(client, scope, ticketId);
      if (!current) {
        try {
          current = await client.fetchQuery(ticketOptions(context, ticketId));
        } catch (error) {
          // Keep the adapter's own reason: an outage is `unavailable`, not "not found".
          setLocalError(error as Error);
          return undefined;
        }
      }
      try {
        return await mutateAsync({ patch: checked, expectedVersion: current.version });
      } catch {
        return undefined; // already exposed as `mutation.error`, and the caches are rolled back
      }
    },
    [client, scope, ticketId, context, mutateAsync],
  );

  const reload = useCallback(async () => {
    await client.invalidateQueries({ queryKey: ticketKeys.detail(scope, ticketId), exact: true });
    return client.fetchQuery({ ...ticketOptions(context, ticketId), staleTime: 0 }).catch(() => undefined);
  }, [client, scope, ticketId, context]);

  const reapply = useCallback(async () => {
    if (!conflict) return undefined;
    const fresh = await reload();
    if (!fresh) return undefined;
    return update(conflict.patch);
  }, [conflict, reload, update]);

  const reset = useCallback(() => {
    resetMutation();
    setConflict(null);
    setLocalError(null);
  }, [resetMutation]);

  return useMemo(
    () => ({
      setStatus: (status: TicketStatus) => update({ status }),
      setPriority: (priority: TicketPriority) => update({ priority }),
      setAssignee: (assigneeId: string | null) => update({ assigneeId }),
      update,
      isPending: mutation.isPending,
      error: localError ?? mutation.error,
      conflict,
      reload,
      reapply,
      reset,
    }),
    [update, mutation.isPending, mutation.error, localError, conflict, reload, reapply, reset],
  );
}
