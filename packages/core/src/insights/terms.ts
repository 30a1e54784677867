import { ValidationError } from '../errors';
import { foldSearchText } from '../search-text';

// English function words and support-chat filler: they say nothing about what a ticket is about. Kept short on
// purpose; words common to every ticket that are not here (e.g. "order") are weighed down by the IDF instead.
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but
  by can cannot could did do does doing done down during each few for from further get got had has have having he her
  here hers him his how i if in into is it its itself just let me more most my myself no nor not now of off on once only
  or other our ours out over own please same she should so some still such than that the their theirs them then there
  these they this those through to too under until up us very was we were what when where which while who whom why will
  with would you your yours yourself hello hi thanks thank hey also already even ever every one two three
  someone something anything nothing can't don't won't isn't it's i'm i've dont cant wont im ive`
    .split(/\s+/)
    .filter(Boolean),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const DIGITS = /^\p{N}+$/u;

/** The words of a text that can name a topic: folded like search, no stop words, no bare numbers, 2+ characters. */
function words(text: string): (string | null)[] {
  const result: (string | null)[] = [];
  for (const match of foldSearchText(text).matchAll(WORD)) {
    const word = match[0].replace(/['’]+$/u, '').replace(/’/gu, "'");
    // A dropped word still breaks a phrase: `refund not received` has no phrase `refund received`.
    result.push(word.length < 2 || STOP_WORDS.has(word) || DIGITS.test(word) ? null : word);
  }
  return result;
}

/**
 * The key phrases of a text: each kept word, and each pair of kept words that stand next to each other (the
 * unigrams and bigrams TF-IDF ranks). A phrase never spans two texts or a dropped word.
 */
export function textPhrases(text: string, into: Set<string> = new Set()): Set<string> {
  const list = words(text);
  for (let i = 0; i < list.length; i++) {
    const word = list[i];
    if (!word) continue;
    into.add(word);
    const next = list[i + 1];
    if (next) into.add(`${word} ${next}`);
  }
  return into;
}

/** The distinct key phrases of several texts (a ticket's subject and its end user's messages). */
export function phrasesOf(texts: readonly string[]): Set<string> {
  const into = new Set<string>();
  for (const text of texts) textPhrases(text, into);
  return into;
}

/** Longest topic filter accepted, in characters. */
export const MAX_TOPIC_LENGTH = 100;

/**
 * A topic filter as the tokenizer writes it: `Login Code` → `login code`. One or two words that can name a topic.
 * @throws ValidationError on `field` when the text has no such word, or more than two.
 */
export function normalizeTopic(value: unknown, field: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > MAX_TOPIC_LENGTH) {
    throw new ValidationError(field, `expected a key phrase of at most ${MAX_TOPIC_LENGTH} characters`);
  }
  const list = words(value);
  if (list.length === 0 || list.length > 2 || list.some((word) => word === null)) {
    throw new ValidationError(field, `expected one or two words that are not stop words or numbers, got ${JSON.stringify(value)}`);
  }
  return list.join(' ');
}
