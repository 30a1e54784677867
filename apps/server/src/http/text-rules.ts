import { characterCount, unstorableText } from '@ticketkit/core';
import * as v from 'valibot';

/**
 * A valibot check that `text` can be stored exactly (core's `unstorableText`: PostgreSQL's `text` cannot hold U+0000,
 * and an unpaired surrogate has no UTF-8 form; the driver would write U+FFFD instead). Refused, never rewritten.
 */
export const storable = () =>
  v.check<string, (issue: v.CheckIssue<string>) => string>(
    (text) => unstorableText(text) === null,
    (issue) => unstorableText(issue.input) ?? 'cannot be stored',
  );

/**
 * A valibot check of length in characters (Unicode code points), which is what OpenAPI's `maxLength` counts;
 * valibot's own `maxLength` counts UTF-16 units, so one emoji would count twice.
 */
export const maxCharacters = (max: number) =>
  v.check<string, string>((text) => text.length <= max || characterCount(text) <= max, `must be at most ${max.toLocaleString('en-US')} characters`);

/** Text that is neither empty nor only white space. */
export const notBlank = () => v.check<string, string>((text) => text.trim() !== '', 'must not be empty');
