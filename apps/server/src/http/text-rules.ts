import { characterCount } from '@ticketkit/core';
import * as v from 'valibot';

// An unpaired UTF-16 surrogate: a high one not followed by a low one, or a low one not preceded by a high one.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why PostgreSQL could not store `text` exactly as sent, or `null`. Its `text` type cannot hold U+0000, and an
 * unpaired surrogate has no UTF-8 form (the driver would write U+FFFD instead): both are refused, never rewritten.
 */
export function unstorable(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the character U+0000';
  if (UNPAIRED_SURROGATE.test(text)) return 'must not contain an unpaired surrogate (text that is not valid Unicode)';
  return null;
}

/** A valibot check that `text` can be stored exactly (see `unstorable`). */
export const storable = () =>
  v.check<string, (issue: v.CheckIssue<string>) => string>(
    (text) => unstorable(text) === null,
    (issue) => unstorable(issue.input) ?? 'cannot be stored',
  );

/**
 * A valibot check of length in characters (Unicode code points), which is what OpenAPI's `maxLength` counts;
 * valibot's own `maxLength` counts UTF-16 units, so one emoji would count twice.
 */
export const maxCharacters = (max: number) =>
  v.check<string, string>((text) => text.length <= max || characterCount(text) <= max, `must be at most ${max.toLocaleString('en-US')} characters`);

/** Text that is neither empty nor only white space. */
export const notBlank = () => v.check<string, string>((text) => text.trim() !== '', 'must not be empty');
