import { foldSearchText } from '@ticketkit/core';

export { searchWords } from '@ticketkit/core';

/**
 * Search folds text with core's `foldSearchText` (lower case, accents removed), the same function the memory adapter
 * uses, so both backends find the same tickets. The stored `search_text` and each searched word are folded alike;
 * a word (never containing white space) occurs in the joined text exactly when it occurs inside one of its words.
 */
export const foldForSearch = foldSearchText;

/** A `LIKE` pattern that matches `word` anywhere, with `%`, `_` and `\` taken literally. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * What a ticket is found by: its ID, subject, requester, every message of its conversation and every internal note
 * (every viewer of the API is on the team, and the team sees notes), as the memory adapter searches.
 */
export function ticketSearchText(parts: {
  id: string;
  subject: string;
  requesterName: string;
  requesterEmail: string;
  messages: readonly string[];
  notes?: readonly string[];
}): string {
  return foldSearchText([parts.id, parts.subject, parts.requesterName, parts.requesterEmail, ...parts.messages, ...(parts.notes ?? [])].join(' '));
}

/**
 * What a text, URL or email field filter looks inside: every string value of a ticket's `fields`, folded as search
 * folds text, by field ID (the `fields_folded` column). Kept for every string value whatever its field's type, so a
 * change of the model's types never leaves it stale.
 */
export function foldedFieldText(fields: Readonly<Record<string, unknown>>): Record<string, string> {
  const folded: Record<string, string> = {};
  for (const [id, value] of Object.entries(fields)) if (typeof value === 'string') folded[id] = foldSearchText(value);
  return folded;
}

/** Every string value of a ticket's `fields` in lower case, by field ID (the `fields_lower` column, which text sorts read). */
export function lowerFieldText(fields: Readonly<Record<string, unknown>>): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const [id, value] of Object.entries(fields)) if (typeof value === 'string') lower[id] = value.toLowerCase();
  return lower;
}
