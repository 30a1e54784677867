import type { Message, Note, TicketActivity } from '@ticketkit/core';
import { useMemo } from 'react';
import { useTicketActivity, useTicketMessages, useTicketNotes } from './use-ticket-queries';

/** One entry of a ticket's timeline: a message of the conversation, an internal note, or a change of the ticket. */
export type TimelineEntry =
  | { kind: 'message'; id: string; createdAt: string; message: Message }
  | { kind: 'note'; id: string; createdAt: string; note: Note }
  | { kind: 'activity'; id: string; createdAt: string; activity: TicketActivity };

/** A ticket's timeline and the state of the three lists it is made of. */
export interface TicketTimeline {
  /** Messages, notes and history in time order (oldest first). Empty until the messages are here. */
  entries: TimelineEntry[];
  /** How many of each kind the entries hold. */
  counts: { messages: number; notes: number; activity: number };
  /** The conversation is loading (notes and history join when they arrive; they never hold it back). */
  isPending: boolean;
  /** The conversation could not be loaded. Notes or history that fail are left out and named in `partialError`. */
  error: Error | null;
  /** Notes or history could not be loaded: the timeline shows the conversation without them. */
  partialError: Error | null;
  /** Loads every list again. */
  refetch(): void;
}

const RANK = { message: 0, note: 1, activity: 2 } as const;

/**
 * Merges lists that are each oldest first into one, in time order. ISO times of one backend compare as strings;
 * at the same instant a message comes before a note and a note before a change (a reply then "closed").
 */
export function mergeTimeline(messages: readonly Message[], notes: readonly Note[], activity: readonly TicketActivity[]): TimelineEntry[] {
  const lists: TimelineEntry[][] = [
    messages.map((message) => ({ kind: 'message', id: message.id, createdAt: message.createdAt, message })),
    notes.map((note) => ({ kind: 'note', id: `note:${note.id}`, createdAt: note.createdAt, note })),
    activity.map((change) => ({ kind: 'activity', id: `activity:${change.id}`, createdAt: change.createdAt, activity: change })),
  ];
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  // Two short lists into a long one: a stable sort on the concatenation is simplest, and n log n on 2,000 entries is
  // well under a millisecond.
  const byTime = (a: TimelineEntry, b: TimelineEntry) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : RANK[a.kind] - RANK[b.kind];
  return nonEmpty.flat().sort(byTime);
}

/**
 * A ticket's whole story as one list: its conversation, its internal notes and its history (when the adapter has
 * `listActivity`), in time order. Live events and the viewer's own replies, notes and changes join it in place.
 * Idle while `ticketId` is null.
 */
export function useTicketTimeline(ticketId: string | null | undefined): TicketTimeline {
  const messages = useTicketMessages(ticketId);
  const notes = useTicketNotes(ticketId);
  const activity = useTicketActivity(ticketId);
  const entries = useMemo(
    () => (messages.data ? mergeTimeline(messages.data, notes.data ?? [], activity.data ?? []) : []),
    [messages.data, notes.data, activity.data],
  );
  const { refetch: refetchMessages } = messages;
  const { refetch: refetchNotes } = notes;
  const { refetch: refetchActivity } = activity;
  return useMemo(
    () => ({
      entries,
      counts: { messages: messages.data?.length ?? 0, notes: notes.data?.length ?? 0, activity: activity.data?.length ?? 0 },
      isPending: messages.isPending,
      error: messages.error,
      partialError: notes.error ?? activity.error,
      refetch: () => {
        void refetchMessages();
        void refetchNotes();
        void refetchActivity();
      },
    }),
    [entries, messages.data, notes.data, activity.data, messages.isPending, messages.error, notes.error, activity.error, refetchMessages, refetchNotes, refetchActivity],
  );
}
