import { foldSearchText, type SearchSnippet, type Ticket } from '@ticketkit/core';
import type { Queryable } from './database';

/** Longest snippet text, in UTF-16 code units. */
export const SNIPPET_LENGTH = 160;
/** Messages and notes read per ticket when looking for the match: a snippet is found in the first ones. */
const RECORDS_PER_TICKET = 200;

const COMBINING_MARK = /^\p{M}$/u;

/**
 * `text` folded as search folds it, and for each folded code unit where its character starts and ends in `text`.
 * Marks that folding drops belong to the letter before them, so a highlight of the letter takes them too.
 */
function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i)!;
    let to = i + (codePoint > 0xffff ? 2 : 1);
    const part = foldSearchText(text.slice(i, to));
    while (to < text.length && COMBINING_MARK.test(text[to]!) && foldSearchText(text[to]!) === '') to++;
    for (let k = 0; k < part.length; k++) {
      starts.push(i);
      ends.push(to);
    }
    folded += part;
    i = to;
  }
  return { folded, starts, ends };
}

/** Every place a word occurs in `text`, as `[start, end)` in `text`'s UTF-16 indexes, sorted, overlaps merged. */
export function highlightRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const { folded, starts, ends } = foldWithMap(text);
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    if (word === '') continue;
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      ranges.push([starts[at]!, ends[at + word.length - 1]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** How much of the text before the first match a snippet keeps, at most (the memory adapter's rule). */
const LEAD_CHARS = 48;
const ELLIPSIS = '…';

/**
 * An excerpt of `body` around the first place any of `words` occurs (search folding: case and accents ignored), cut
 * as the memory adapter cuts (core's memory snippets): at most `SNIPPET_LENGTH` code units with `…` where text was
 * left out, starting at a word within 48 characters before the match, ending at a word; line breaks and tabs become
 * spaces one for one. Every word of `highlighted` (default `words`) in it is a range of the returned text. `null`
 * when no word occurs.
 */
export function excerpt(
  body: string,
  words: readonly string[],
  highlighted: readonly string[] = words,
): { text: string; highlights: Array<[number, number]> } | null {
  const first = highlightRanges(body, words)[0];
  if (!first) return null;
  const [matchStart, matchEnd] = first;
  const room = SNIPPET_LENGTH - 2; // for the ellipses
  let start = Math.max(0, matchStart - LEAD_CHARS);
  if (start > 0) {
    // Start at a word: after the first space past `start`, if there is one before the match.
    const space = body.slice(start, matchStart).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  let end = Math.min(body.length, Math.max(start + room, matchEnd));
  if (end - start > room) start = Math.max(0, end - room);
  if (end < body.length) {
    const lastSpace = body.slice(matchEnd, end).search(/\s\S*$/);
    if (lastSpace > 0) end = matchEnd + lastSpace;
  }
  // Never split a surrogate pair.
  if (start > 0 && isLowSurrogate(body.charCodeAt(start))) start++;
  if (end < body.length && isLowSurrogate(body.charCodeAt(end))) end--;
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < body.length ? ELLIPSIS : '';
  const text = prefix + body.slice(start, end).replace(/\s/g, ' ') + suffix;
  // Ranges of the words wholly inside the cut, moved past the leading ellipsis.
  const highlights = highlightRanges(body, highlighted)
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): [number, number] => [from - start + prefix.length, to - start + prefix.length]);
  return { text, highlights };
}

/** Whether every word occurs in what a ticket shows in the list: its ID, subject and requester. */
function matchesHeader(ticket: Ticket, words: readonly string[]): boolean {
  const header = foldSearchText([ticket.id, ticket.subject, ticket.requester.name, ticket.requester.email].join(' '));
  return words.every((word) => header.includes(word));
}

/**
 * The snippets of a page of search results: for each ticket whose ID, subject and requester lack a search word, an
 * excerpt of the first message (else note) holding the most of the words they lack, as the memory adapter does.
 * `undefined` when no ticket of the page needs one.
 */
export async function searchSnippets(
  db: Queryable,
  tickets: readonly Ticket[],
  words: readonly string[],
): Promise<Record<string, SearchSnippet> | undefined> {
  if (words.length === 0) return undefined;
  const wanted = tickets.filter((ticket) => !matchesHeader(ticket, words));
  if (wanted.length === 0) return undefined;
  // The first messages, then the first notes, of each ticket in order (every viewer of the API may see notes).
  const rows = await db.query<{ ticket_id: string; source: 'message' | 'note'; body: string }>(
    `SELECT x.ticket_id, x.source, x.body
     FROM unnest($1::text[]) AS p(id)
     CROSS JOIN LATERAL (
       (SELECT m.ticket_id, 'message' AS source, m.body FROM messages m WHERE m.ticket_id = (p.id COLLATE "C")
        ORDER BY m.created_at, m.position LIMIT $2)
       UNION ALL
       (SELECT n.ticket_id, 'note' AS source, n.body FROM notes n WHERE n.ticket_id = (p.id COLLATE "C")
        ORDER BY n.created_at, n.position LIMIT $2)
     ) x`,
    [wanted.map((ticket) => ticket.id), RECORDS_PER_TICKET],
  );
  const sources = new Map<string, { source: 'message' | 'note'; body: string }[]>();
  for (const row of rows) {
    const list = sources.get(row.ticket_id);
    const source = { source: row.source, body: row.body };
    if (list) list.push(source);
    else sources.set(row.ticket_id, [source]);
  }
  const snippets: Record<string, SearchSnippet> = {};
  for (const ticket of wanted) {
    const header = foldSearchText([ticket.id, ticket.subject, ticket.requester.name, ticket.requester.email].join(' '));
    const missing = words.filter((word) => !header.includes(word));
    // Messages come before notes: a message wins a tie.
    const list = (sources.get(ticket.id) ?? []).sort((a, b) => (a.source === b.source ? 0 : a.source === 'message' ? -1 : 1));
    let best: { source: 'message' | 'note'; body: string; score: number } | null = null;
    for (const candidate of list) {
      const folded = foldSearchText(candidate.body);
      const score = missing.filter((word) => folded.includes(word)).length;
      if (score > (best?.score ?? 0)) best = { ...candidate, score };
      if (score === missing.length) break;
    }
    const found = best && excerpt(best.body, missing, words);
    if (found) snippets[ticket.id] = { source: best!.source, text: found.text, highlights: found.highlights };
  }
  return Object.keys(snippets).length > 0 ? snippets : undefined;
}
