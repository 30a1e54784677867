import { ValidationError } from '../errors';
import { foldSearchText } from '../search-text';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const DIGITS = /^\p{N}+$/u;

/**
 * The words of a text, folded like search (case, accents); `null` for those that cannot name a topic: bare numbers
 * and single characters. Stop words are dropped by `textPhrases` (a module of its own, so the list stays out of the
 * list's first screen, which reads topics but never makes phrases).
 */
export function topicWords(text: string): (string | null)[] {
  const result: (string | null)[] = [];
  for (const match of foldSearchText(text).matchAll(WORD)) {
    const word = match[0].replace(/['’]+$/u, '').replace(/’/gu, "'");
    // A dropped word still breaks a phrase: `refund not received` has no phrase `refund received`.
    result.push(word.length < 2 || DIGITS.test(word) ? null : word);
  }
  return result;
}

/** Longest topic filter accepted, in characters. */
export const MAX_TOPIC_LENGTH = 100;

/**
 * A topic filter as the tokenizer writes it: `Login Code` → `login code`. One or two words that can name a topic (a
 * stop word is accepted and matches no ticket, since no phrase holds one).
 * @throws ValidationError on `field` when the text has no such word, or more than two.
 */
export function normalizeTopic(value: unknown, field: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > MAX_TOPIC_LENGTH) {
    throw new ValidationError(field, `expected a key phrase of at most ${MAX_TOPIC_LENGTH} characters`);
  }
  const list = topicWords(value);
  if (list.length === 0 || list.length > 2 || list.some((word) => word === null)) {
    throw new ValidationError(field, `expected one or two words (not numbers), got ${JSON.stringify(value)}`);
  }
  return list.join(' ');
}
