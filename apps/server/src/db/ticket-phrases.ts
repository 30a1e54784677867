import { handoffQuestion, phrasesOf, type Message, type Ticket } from '@ticketkit/core';

/** What a ticket's key phrases are read from: its subject, creation and handoff message. */
export type PhraseTicket = Pick<Ticket, 'subject' | 'createdAt'> & { handoffMessageId?: string | null };

/** What a message contributes: who wrote it, when, and its text. */
export type PhraseMessage = Pick<Message, 'id' | 'body' | 'createdAt'> & { author: Pick<Message['author'], 'kind'> };

/**
 * A ticket's key phrases (the `topic_phrases` column) and those of the end user's message just before the handoff
 * (`handoff_phrases`), made by core's `phrasesOf` and `handoffQuestion` exactly as the memory adapter makes them, so
 * the list's `topic` and `handoffTopic` filters find the same tickets on both backends. `messages` oldest first.
 */
export function ticketPhrases(ticket: PhraseTicket, messages: readonly PhraseMessage[]): { topic: string[]; handoff: string[] } {
  const texts = [ticket.subject];
  for (const message of messages) if (message.author.kind === 'end_user') texts.push(message.body);
  const question = handoffQuestion(ticket as Ticket, messages as Message[]);
  return { topic: [...phrasesOf(texts)], handoff: question ? [...phrasesOf([question.body])] : [] };
}
