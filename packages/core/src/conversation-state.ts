import type { Message, MessageAuthorKind } from './types';

/** A ticket's `lastMessageAt` and `waitingSince`, as its conversation makes them. */
export interface ConversationState {
  /** The newest message's time, of any author; the ticket's `createdAt` when there is none. */
  lastMessageAt: string;
  /** The end user's oldest message after the team's latest reply; `null` when there is none (the team spoke last). */
  waitingSince: string | null;
}

/**
 * `lastMessageAt` and `waitingSince` of a ticket created at `createdAt` with `messages` (in any order). Assistant
 * messages neither answer the end user nor make them wait. Backends keep both on every message; this is the rule
 * written once.
 */
export function conversationState(createdAt: string, messages: readonly Pick<Message, 'author' | 'createdAt'>[]): ConversationState {
  const sorted = isInOrder(messages) ? messages : [...messages].sort((a, b) => compareTimes(a.createdAt, b.createdAt));
  let state: ConversationState = { lastMessageAt: createdAt, waitingSince: null };
  let first = true;
  for (const message of sorted) {
    state = afterMessage(state, message.author.kind, message.createdAt, first);
    first = false;
  }
  return state;
}

/**
 * The state after one more message, the newest so far, by an author of `kind` at `createdAt`. `first` says it is
 * the conversation's first message (its time replaces `createdAt` as `lastMessageAt` even when earlier: a
 * conversation with the assistant happens before the ticket is raised).
 */
export function afterMessage(state: ConversationState, kind: MessageAuthorKind, createdAt: string, first = false): ConversationState {
  const lastMessageAt = first || compareTimes(createdAt, state.lastMessageAt) > 0 ? createdAt : state.lastMessageAt;
  const waitingSince = kind === 'team' ? null : kind === 'end_user' ? (state.waitingSince ?? createdAt) : state.waitingSince;
  return { lastMessageAt, waitingSince };
}

function compareTimes(a: string, b: string): number {
  if (a === b) return 0;
  // Same format (ISO, UTC, milliseconds) compares as text; otherwise as instants.
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a < b ? -1 : 1;
  return Date.parse(a) - Date.parse(b);
}

function isInOrder(messages: readonly Pick<Message, 'createdAt'>[]): boolean {
  for (let i = 1; i < messages.length; i++) if (compareTimes(messages[i - 1]!.createdAt, messages[i]!.createdAt) > 0) return false;
  return true;
}
