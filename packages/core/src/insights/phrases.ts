import { STOP_WORDS } from './stop-words';
import { topicWords } from './terms';

/**
 * The key phrases of a text: each kept word, and each pair of kept words that stand next to each other (the
 * unigrams and bigrams TF-IDF ranks). A phrase never spans two texts or a dropped word.
 */
export function textPhrases(text: string, into: Set<string> = new Set()): Set<string> {
  const list = topicWords(text).map((word) => (word !== null && STOP_WORDS.has(word) ? null : word));
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
