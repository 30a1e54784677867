import type { TimelineEntry } from '@ticketkit/react';

/** Which side of the timeline a message sits on: the company's (the assistant and the team) or the end user's. */
export type TimelineSide = 'company' | 'user';

/** How one entry is drawn: its side, and whether it starts a group (avatar and name) or continues one. */
export interface TimelineRow {
  entry: TimelineEntry;
  side: TimelineSide;
  /** The first of consecutive messages by one author: shows the avatar and the name. */
  groupStart: boolean;
}

// Messages by one author further apart than this start a new group, with its own name and avatar.
const GROUP_GAP_MS = 10 * 60_000;

function authorKey(entry: TimelineEntry): string | null {
  return entry.kind === 'message' ? `${entry.message.author.kind}:${entry.message.author.id}` : null;
}

/**
 * Lays out a ticket's timeline: messages of the end user on one side, the assistant's and the team's on the other
 * (notes and changes are the team's, with the company); consecutive messages of one author within ten minutes are one
 * group, only its first carrying the avatar and the name.
 */
export function timelineRows(entries: readonly TimelineEntry[]): TimelineRow[] {
  const rows: TimelineRow[] = new Array(entries.length);
  let previous: TimelineEntry | undefined;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index]!;
    const key = authorKey(entry);
    const continues =
      key !== null &&
      previous !== undefined &&
      authorKey(previous) === key &&
      Date.parse(entry.createdAt) - Date.parse(previous.createdAt) <= GROUP_GAP_MS;
    rows[index] = { entry, side: entry.kind === 'message' && entry.message.author.kind === 'end_user' ? 'user' : 'company', groupStart: !continues };
    previous = entry;
  }
  return rows;
}
