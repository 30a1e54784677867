import type { TicketModel } from '../model';
import type { Message, Ticket } from '../types';
import { phrasesOf } from './phrases';

/** A status change of a ticket, as its activity records it. */
export interface StatusChange {
  from: string;
  to: string;
  /** Epoch ms. */
  at: number;
}

/** What insights need of one ticket, computed once per version of it. Times are epoch ms, `NaN` when absent. */
export interface TicketFeatures {
  /** Key phrases of the subject and the end user's messages, as dictionary IDs. */
  phrases: Int32Array;
  /** Key phrases of the end user's message just before the handoff. */
  handoffPhrases: Int32Array;
  /** When the assistant handed over: the handoff message, or the ticket's creation. */
  handoffAt: number;
  /** The team's first reply after the handoff. */
  firstReplyAt: number;
  /** The latest move into a `done` status; `updatedAt` for a done ticket without activity. */
  closedAt: number;
  /** Whether the status ever moved from a `done` status back to another. */
  reopened: boolean;
}

/** Interns key phrases as small integers, so a ticket's phrases are a compact array. */
export class PhraseDictionary {
  private readonly ids = new Map<string, number>();
  readonly phrases: string[] = [];

  /** The ID of a phrase, adding it when new. */
  intern(phrase: string): number {
    let id = this.ids.get(phrase);
    if (id === undefined) {
      id = this.phrases.length;
      this.ids.set(phrase, id);
      this.phrases.push(phrase);
    }
    return id;
  }

  /** The ID of a phrase, or -1 when no ticket has it. */
  idOf(phrase: string): number {
    return this.ids.get(phrase) ?? -1;
  }

  get size(): number {
    return this.phrases.length;
  }

  toIds(phrases: Set<string>): Int32Array {
    const ids = new Int32Array(phrases.size);
    let i = 0;
    for (const phrase of phrases) ids[i++] = this.intern(phrase);
    return ids;
  }
}

/**
 * The index of the handoff in a conversation: the ticket's `handoffMessageId` when set and found; otherwise the last
 * message sent at or before the ticket was created (the assistant's conversation ends when the ticket is raised).
 * -1 when there is none.
 */
export function handoffIndex(ticket: Ticket, messages: readonly Message[]): number {
  const handoffId = (ticket as { handoffMessageId?: string | null }).handoffMessageId;
  if (handoffId) {
    const index = messages.findIndex((message) => message.id === handoffId);
    if (index >= 0) return index;
  }
  let index = -1;
  for (let i = 0; i < messages.length && messages[i]!.createdAt <= ticket.createdAt; i++) index = i;
  return index;
}

/**
 * The end user's message just before the handoff (at or before it): the question the assistant could not answer.
 * `null` when the end user said nothing before it.
 */
export function handoffQuestion(ticket: Ticket, messages: readonly Message[]): Message | null {
  for (let i = handoffIndex(ticket, messages); i >= 0; i--) {
    if (messages[i]!.author.kind === 'end_user') return messages[i]!;
  }
  return null;
}

/** When a ticket's handoff, first reply and close happened (epoch ms, `NaN` when absent), and whether it was reopened. */
export type TicketTimes = Pick<TicketFeatures, 'handoffAt' | 'firstReplyAt' | 'closedAt' | 'reopened'>;

/**
 * The times of one ticket that insights' figures read, from its conversation (oldest first; bodies are not read) and
 * status history: what a backend may keep per ticket and update when a status changes or the team replies.
 */
export function ticketTimes(
  ticket: Pick<Ticket, 'status' | 'createdAt' | 'updatedAt' | 'handoffMessageId'>,
  messages: readonly Pick<Message, 'id' | 'createdAt' | 'author'>[],
  statusChanges: readonly StatusChange[] | null,
  model: TicketModel,
): TicketTimes {
  const handoff = handoffIndex(ticket as Ticket, messages as Message[]);
  const handoffAt = handoff >= 0 ? Date.parse(messages[handoff]!.createdAt) : Date.parse(ticket.createdAt);
  let firstReplyAt = Number.NaN;
  for (let i = handoff + 1; i < messages.length; i++) {
    if (messages[i]!.author.kind === 'team') {
      firstReplyAt = Date.parse(messages[i]!.createdAt);
      break;
    }
  }
  const done = (status: string) => model.categoryOf(status) === 'done';
  let closedAt = Number.NaN;
  let reopened = false;
  for (const change of statusChanges ?? []) {
    if (done(change.to) && !done(change.from)) closedAt = change.at;
    if (done(change.from) && !done(change.to)) reopened = true;
  }
  if (!done(ticket.status)) closedAt = Number.NaN;
  else if (Number.isNaN(closedAt)) closedAt = Date.parse(ticket.updatedAt);
  return { handoffAt, firstReplyAt: firstReplyAt >= handoffAt ? firstReplyAt : Number.NaN, closedAt, reopened };
}

/** Computes the features of one ticket from its conversation (oldest first) and status history. */
export function ticketFeatures(
  ticket: Ticket,
  messages: readonly Message[],
  statusChanges: readonly StatusChange[] | null,
  model: TicketModel,
  dictionary: PhraseDictionary,
): TicketFeatures {
  const texts = [ticket.subject];
  for (const message of messages) if (message.author.kind === 'end_user') texts.push(message.body);
  const question = handoffQuestion(ticket, messages);
  return {
    phrases: dictionary.toIds(phrasesOf(texts)),
    handoffPhrases: question ? dictionary.toIds(phrasesOf([question.body])) : new Int32Array(0),
    ...ticketTimes(ticket, messages, statusChanges, model),
  };
}
