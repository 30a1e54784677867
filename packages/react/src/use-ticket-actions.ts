import {
  checkPatch,
  ConflictError,
  type Ticket,
  type TicketFields,
  type TicketPatch,
  type TicketPriority,
  type TicketStatus,
} from '@ticketkit/core';
import { useMutationState, useQueryClient, type MutationObserverOptions, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { findCachedTicket, writeTicket } from './cache';
import { useTicketsContext } from './context';
import { ticketKeys, ticketWriteKeys } from './keys';
import { ticketOptions, type TicketQuerySource } from './query-options';
import { noteChangeBeingMade, recordVersionStep, runWrite, ticketWriteScope, versionAfterOwnWrites } from './write';

/** A write refused because someone changed the ticket first, with the change that was refused. */
export interface TicketConflict {
  error: ConflictError;
  /** The change the viewer tried to make. */
  patch: TicketPatch;
}

/** Options of one change. */
export interface UpdateOptions {
  /**
   * The version the person's change was based on, when they started it earlier than now (an inline edit opened a
   * while ago): the write carries it, so a change someone else made meanwhile is a conflict, not silently
   * overwritten. Default: the version on screen when the change is made.
   */
  seenVersion?: number;
}

/** Actions on one ticket and the state of its changes. */
export interface TicketActions {
  setStatus(status: TicketStatus): Promise<Ticket | undefined>;
  setPriority(priority: TicketPriority): Promise<Ticket | undefined>;
  /** `null` unassigns. */
  setAssignee(assigneeId: string | null): Promise<Ticket | undefined>;
  /**
   * Sets editable custom fields (`null` clears one), checked against the provider's model before anything is sent.
   * The same write as `update({ fields })`: bound to this ticket, in order with its other changes, shown at once.
   */
  setFields(fields: Partial<TicketFields>, options?: UpdateOptions): Promise<Ticket | undefined>;
  /** Applies several changes at once. Resolves to the saved ticket, or `undefined` when it was refused. */
  update(patch: TicketPatch, options?: UpdateOptions): Promise<Ticket | undefined>;
  /** A change of this ticket is on its way (or waiting for the one before it, or for the network). */
  isPending: boolean;
  /** Why the last change was refused (a conflict too); nothing of it is shown any more. */
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

/** What one change carries for its whole life: the ticket it was made on and the version the person saw. */
export interface TicketUpdateVariables {
  ticketId: string;
  patch: TicketPatch;
  /** The version on screen when the change was made; `null` when the ticket was not loaded (it is read first). */
  seenVersion: number | null;
}

/**
 * The mutation options of one change, bound to its ticket. Changes of one ticket share a mutation scope, so they run
 * in order, and each carries the version the change before it returned (`versionAfterOwnWrites`).
 */
function updateOptions(client: QueryClient, source: TicketQuerySource, ticketId: string): MutationObserverOptions<Ticket, Error, TicketUpdateVariables, unknown> {
  const { adapter, scope } = source;
  return {
    mutationKey: ticketWriteKeys.update(scope, ticketId),
    scope: ticketWriteScope(scope, ticketId),
    onMutate: async () => {
      // A refetch that started before the change would land after it with the old values; the change refetches the
      // lists itself. A first load is left alone: cancelled, it would leave the ticket with no data and nothing
      // asking again (the detail stood on the list's stale copy for good); `onSuccess` deals with it instead.
      const refetching = { predicate: (query: { state: { data: unknown } }) => query.state.data !== undefined };
      await client.cancelQueries({ queryKey: ticketKeys.detail(scope, ticketId), exact: true, ...refetching });
      await client.cancelQueries({ queryKey: ticketKeys.lists(scope), ...refetching });
    },
    mutationFn: async ({ patch, seenVersion }) => {
      const seen = seenVersion ?? (await client.fetchQuery(ticketOptions(source, ticketId))).version;
      const expectedVersion = versionAfterOwnWrites(client, scope, ticketId, seen);
      const ticket = await adapter.updateTicket(ticketId, patch, expectedVersion);
      recordVersionStep(client, scope, ticketId, expectedVersion, ticket.version);
      return ticket;
    },
    onSuccess: (ticket) => {
      writeTicket(client, scope, ticket);
      // A load of the ticket still under way may hold the version before this change: ask again, so the last answer
      // to land is one that includes it.
      const detail = { queryKey: ticketKeys.detail(scope, ticketId), exact: true };
      if (client.isFetching(detail) > 0) void client.invalidateQueries(detail);
      // The change joins the ticket's history. A live adapter pushes it (`activity.added`); ask the others again.
      if (!adapter.subscribe && adapter.listActivity) void client.invalidateQueries({ queryKey: ticketKeys.activity(scope, ticketId), exact: true });
    },
    // The change may move the ticket out of a filtered or sorted page: ask the backend again.
    onSettled: () => client.invalidateQueries({ queryKey: ticketKeys.lists(scope) }),
  };
}

/**
 * Changes a ticket's status, assignee, priority or custom fields. The list and the detail show the change at once (see
 * `usePendingView`); the write carries the version the viewer saw and stays bound to this ticket whatever is on
 * screen when it lands; a refusal is exposed, a conflict as its own state. The state lives in TanStack's mutation
 * cache, so a detail opened again later shows the change still pending, or why it failed.
 */
export function useTicketActions(ticketId: string): TicketActions {
  const context = useTicketsContext();
  const { scope } = context;
  const client = useQueryClient();
  const writes = useMutationState({
    filters: { mutationKey: ticketWriteKeys.update(scope, ticketId), exact: true },
    select: (mutation) => ({
      status: mutation.state.status,
      error: mutation.state.error,
      patch: (mutation.state.variables as TicketUpdateVariables | undefined)?.patch,
    }),
  });
  // A change refused before anything was sent (a bad patch), for this ticket only.
  const [localError, setLocalError] = useState<{ ticketId: string; error: Error } | null>(null);

  const update = useCallback(
    async (patch: TicketPatch, options: UpdateOptions = {}): Promise<Ticket | undefined> => {
      setLocalError(null);
      let checked: TicketPatch;
      try {
        checked = checkPatch(patch, 'patch', context.model);
      } catch (error) {
        setLocalError({ ticketId, error: error as Error });
        return undefined;
      }
      const seenVersion = options.seenVersion ?? findCachedTicket(client, scope, ticketId)?.version ?? null;
      const variables: TicketUpdateVariables = { ticketId, patch: checked, seenVersion };
      // Shown at once, in the render of the event that made it; the mutation cache takes over a task later.
      const settled = noteChangeBeingMade(client, scope, { ticketId, patch: checked });
      // Refusals are exposed through the mutation state, read back above.
      return runWrite(client, updateOptions(client, context, ticketId), variables)
        .catch(() => undefined)
        .finally(settled);
    },
    [client, scope, ticketId, context],
  );

  const reload = useCallback(async () => {
    await client.invalidateQueries({ queryKey: ticketKeys.detail(scope, ticketId), exact: true });
    return client.fetchQuery({ ...ticketOptions(context, ticketId), staleTime: 0 }).catch(() => undefined);
  }, [client, scope, ticketId, context]);

  const reset = useCallback(() => {
    setLocalError(null);
    // Forget this ticket's finished changes; pending ones go on. (`remove` is typed on the cache; there is no filter form.)
    const cache = client.getMutationCache();
    for (const mutation of cache.findAll({ mutationKey: ticketWriteKeys.update(scope, ticketId), exact: true })) {
      if (mutation.state.status !== 'pending') cache.remove(mutation);
    }
  }, [client, scope, ticketId]);

  const last = writes.at(-1);
  const mutationError = last?.status === 'error' ? last.error : null;
  const refusedPatch = last?.patch;
  const conflict = useMemo<TicketConflict | null>(
    () => (mutationError instanceof ConflictError && refusedPatch ? { error: mutationError, patch: refusedPatch } : null),
    [mutationError, refusedPatch],
  );

  const reapply = useCallback(async () => {
    if (!conflict) return undefined;
    const fresh = await reload();
    if (!fresh) return undefined;
    reset();
    return update(conflict.patch);
  }, [conflict, reload, reset, update]);

  const isPending = writes.some((write) => write.status === 'pending');
  const error = (localError?.ticketId === ticketId ? localError.error : null) ?? mutationError;
  return useMemo(
    () => ({
      setStatus: (status: TicketStatus) => update({ status }),
      setPriority: (priority: TicketPriority) => update({ priority }),
      setAssignee: (assigneeId: string | null) => update({ assigneeId }),
      setFields: (fields: Partial<TicketFields>, options?: UpdateOptions) => update({ fields }, options),
      update,
      isPending,
      error,
      conflict,
      reload,
      reapply,
      reset,
    }),
    [update, isPending, error, conflict, reload, reapply, reset],
  );
}
