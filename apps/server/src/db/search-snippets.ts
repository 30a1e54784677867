import { foldSearchText, type SearchSnippet, type Ticket } from '@ticketkit/core';
import type { Queryable } from './database';

/** Longest snippet text, in UTF-16 code units. */
export const SNIPPET_LENGTH = 160;
/** How much of the text before the first match a snippet keeps, at most. */
const LEAD = 50;
/** Messages and notes read per ticket when looking for the match: a snippet is found in the first ones. */
const RECORDS_PER_TICKET = 200;

/** `text` folded as search folds it, and for each folded code unit where its character starts and ends in `text`. */
function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const part = foldSearchText(text.slice(i, i + width));
    for (let k = 0; k < part.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    folded += part;
    i += width;
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

/**
 * A short excerpt of `body` around the first place any of `words` occurs (search folding: case and accents ignored),
 * white space collapsed, cut at word boundaries, with `…` where text was left out, and the ranges of every word in it.
 * `null` when no word occurs.
 */
export function excerpt(body: string, words: readonly string[]): { text: string; highlights: Array<[number, number]> } | null {
  const text = body.replace(/\s+/g, ' ').trim();
  const first = highlightRanges(text, words)[0];
  if (!first) return null;
  let start = Math.max(0, first[0] - LEAD);
  if (start > 0) {
    // Start after a space when there is one before the match, so the excerpt does not begin mid-word.
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first[0]) start = space + 1;
  }
  if (isLowSurrogate(text.charCodeAt(start))) start++;
  const room = SNIPPET_LENGTH - (start > 0 ? 1 : 0) - 1;
  let end = Math.min(text.length, start + room);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first[1]) end = space;
    if (isLowSurrogate(text.charCodeAt(end))) end--;
  }
  const cut = `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
  return { text: cut, highlights: highlightRanges(cut, words) };
}

/** Whether every word occurs in what a ticket shows in the list: its ID, subject and requester. */
function matchesHeader(ticket: Ticket, words: readonly string[]): boolean {
  const header = foldSearchText([ticket.id, ticket.subject, ticket.requester.name, ticket.requester.email].join(' '));
  return words.every((word) => header.includes(word));
}

/**
 * The snippets of a page of search results: for each ticket the search matched only inside its conversation (a word
 * not in its ID, subject or requester), an excerpt of the first message holding the most of those words.
 */
export async function searchSnippets(db: Queryable, tickets: readonly Ticket[], words: readonly string[]): Promise<Record<string, SearchSnippet>> {
  const snippets: Record<string, SearchSnippet> = {};
  if (words.length === 0) return snippets;
  const wanted = tickets.filter((ticket) => !matchesHeader(ticket, words));
  if (wanted.length === 0) return snippets;
  const rows = await db.query<{ ticket_id: string; body: string }>(
    `SELECT x.ticket_id, x.body
     FROM unnest($1::text[]) WITH ORDINALITY AS p(id, n)
     CROSS JOIN LATERAL (
       SELECT m.ticket_id, m.body FROM messages m WHERE m.ticket_id = (p.id COLLATE "C")
       ORDER BY m.created_at, m.position LIMIT $2
     ) x`,
    [wanted.map((ticket) => ticket.id), RECORDS_PER_TICKET],
  );
  const bodies = new Map<string, string[]>();
  for (const row of rows) {
    const list = bodies.get(row.ticket_id);
    if (list) list.push(row.body);
    else bodies.set(row.ticket_id, [row.body]);
  }
  for (const ticket of wanted) {
    const header = foldSearchText([ticket.id, ticket.subject, ticket.requester.name, ticket.requester.email].join(' '));
    const missing = words.filter((word) => !header.includes(word));
    let best: { body: string; score: number } | null = null;
    for (const body of bodies.get(ticket.id) ?? []) {
      const folded = foldSearchText(body);
      const score = missing.filter((word) => folded.includes(word)).length;
      if (score > (best?.score ?? 0)) best = { body, score };
      if (score === missing.length) break;
    }
    const found = best && excerpt(best.body, words);
    if (found) snippets[ticket.id] = { source: 'message', text: found.text, highlights: found.highlights };
  }
  return snippets;
}
