import type { Ticket, TicketPatch } from '@ticketkit/core';
import { MutationObserver, type MutationObserverOptions, type QueryClient } from '@tanstack/react-query';

/**
 * The TanStack mutation scope of one ticket's writes: a change, a reply and a note on one ticket run one after
 * another, in the order they were made; writes to different tickets still run side by side.
 */
export function ticketWriteScope(scope: string, ticketId: string): { id: string } {
  return { id: JSON.stringify(['ticketkit', scope, ticketId]) };
}

/**
 * Runs one write as a mutation of its own, with options made for this call. Everything it acts on (the ticket's ID,
 * the key scope, the text) is in its variables and in these options, so it settles on the ticket it was made on
 * whatever is on screen by then; a `useMutation` would swap in the options of the render that is current when it
 * settles. Its state stays in the mutation cache, where `useMutationState` reads it back for the ticket.
 */
export function runWrite<TData, TVariables>(
  client: QueryClient,
  options: MutationObserverOptions<TData, Error, TVariables, unknown>,
  variables: TVariables,
): Promise<TData> {
  const observer = new MutationObserver<TData, Error, TVariables, unknown>(client, options);
  // Detach once settled, so the finished mutation can be garbage-collected after its `gcTime`.
  return observer.mutate(variables).finally(() => observer.reset());
}

/**
 * Versions reached by this client's own writes, per ticket: `from → to`. A change queued behind another change of
 * the same ticket was made on the version the person saw; when it runs, it carries the version the change before
 * it returned, not the one it saw, or it would conflict with its own predecessor. Another person's change is
 * never in here, so it still makes a queued change a conflict.
 */
const versionSteps = new WeakMap<QueryClient, Map<string, number>>();

const stepKey = (scope: string, ticketId: string, from: number) => JSON.stringify([scope, ticketId, from]);

/** Records that one of this client's writes moved the ticket from version `from` to `to`. */
export function recordVersionStep(client: QueryClient, scope: string, ticketId: string, from: number, to: number): void {
  let steps = versionSteps.get(client);
  if (!steps) versionSteps.set(client, (steps = new Map()));
  if (to > from) steps.set(stepKey(scope, ticketId, from), to);
}

/** The version to send for a change made on version `seen`: `seen`, moved on by every own write since. */
export function versionAfterOwnWrites(client: QueryClient, scope: string, ticketId: string, seen: number): number {
  const steps = versionSteps.get(client);
  let version = seen;
  for (let next = steps?.get(stepKey(scope, ticketId, version)); next !== undefined; next = steps?.get(stepKey(scope, ticketId, version))) {
    version = next;
  }
  return version;
}

/** A change on its way: what the ticket will look like once it lands. */
export interface PendingChange {
  ticketId: string;
  patch: TicketPatch;
}

/** The ticket with every pending change made on it applied, in the order they were made; `ticket` when none. */
export function withPendingChanges(ticket: Ticket, pending: readonly PendingChange[], apply: (ticket: Ticket, patch: TicketPatch) => Ticket): Ticket {
  let shown = ticket;
  for (const change of pending) if (change.ticketId === ticket.id) shown = apply(shown, change.patch);
  return shown;
}

/** A change as it is made, with the key scope it belongs to. */
export interface ChangeBeingMade extends PendingChange {
  scope: string;
}

interface ChangesBeingMade {
  changes: readonly ChangeBeingMade[];
  listeners: Set<() => void>;
}

const beingMade = new WeakMap<QueryClient, ChangesBeingMade>();
const NO_CHANGES: readonly ChangeBeingMade[] = [];

function changesOf(client: QueryClient): ChangesBeingMade {
  let entry = beingMade.get(client);
  if (!entry) beingMade.set(client, (entry = { changes: NO_CHANGES, listeners: new Set() }));
  return entry;
}

/**
 * Notes a change from the moment it is made until its write settles. TanStack's mutation cache tells its observers
 * a task later (its notifications are batched on a timer), and by then the backend's answer and the refetches it
 * starts may have taken the main thread: the change would show a frame or more late. Read with
 * `useChangesBeingMade`, beside the mutation cache; a change in both is applied twice, which changes nothing.
 * Returns what removes it.
 */
export function noteChangeBeingMade(client: QueryClient, scope: string, change: PendingChange): () => void {
  const entry = changesOf(client);
  const noted: ChangeBeingMade = { ...change, scope };
  const announce = () => {
    for (const listener of [...entry.listeners]) listener();
  };
  entry.changes = [...entry.changes, noted];
  announce();
  return () => {
    entry.changes = entry.changes.filter((candidate) => candidate !== noted);
    if (entry.changes.length === 0) entry.changes = NO_CHANGES;
    announce();
  };
}

/** Subscribes to the changes being made with `client` (for `useSyncExternalStore`). */
export function subscribeToChangesBeingMade(client: QueryClient, listener: () => void): () => void {
  const { listeners } = changesOf(client);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The changes being made with `client` now: the same array while none is added or removed. */
export function changesBeingMade(client: QueryClient): readonly ChangeBeingMade[] {
  return beingMade.get(client)?.changes ?? NO_CHANGES;
}

