import type { SearchSnippet } from './adapter';
import { foldSearchText } from './search-text';

/** The longest snippet text, in UTF-16 code units, ellipses included. */
export const SNIPPET_LENGTH = 160;
/** How much text comes before the first match, at most. */
const LEAD = 48;
const ELLIPSIS = '…';
const NON_ASCII = /[^\0-\x7f]/;
const COMBINING_MARK = /^\p{M}$/u;

/** Text folded for search, and for each folded code unit the original range it came from. */
interface Folded {
  text: string;
  /** `null` when folding kept every index (plain ASCII). */
  start: Int32Array | null;
  end: Int32Array | null;
}

/** Folds `text` as the search does, remembering where each folded code unit came from in `text`. */
function foldWithOrigins(text: string): Folded {
  if (!NON_ASCII.test(text)) return { text: text.toLowerCase(), start: null, end: null };
  const parts: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const char = text.slice(i, i + size);
    const folded = foldSearchText(char);
    let to = i + size;
    // Marks that folding drops belong to the letter before them: a highlight of the letter takes them too.
    while (to < text.length && COMBINING_MARK.test(text[to]!) && foldSearchText(text[to]!) === '') to++;
    for (let k = 0; k < folded.length; k++) {
      start.push(i);
      end.push(to);
    }
    parts.push(folded);
    i = to;
  }
  return { text: parts.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

const originStart = (folded: Folded, at: number) => (folded.start ? folded.start[at]! : at);
const originEnd = (folded: Folded, at: number) => (folded.end ? folded.end[at - 1]! : at);

/** A text where the search words may be: a message of the conversation or a note. */
export interface SnippetSource {
  source: SearchSnippet['source'];
  body: string;
}

/**
 * The snippet that explains why a ticket matched `words` (already folded, as `searchWords` gives them): `null` when
 * `head` (its ID, subject and requester) holds every word, or no source holds any of the rest. Otherwise the source
 * holding the most of the words `head` lacks (the first such, messages before notes as given), cut to at most
 * `SNIPPET_LENGTH` characters around its first match, every search word in the cut highlighted.
 */
export function searchSnippet(words: readonly string[], head: string, sources: Iterable<SnippetSource>): SearchSnippet | null {
  if (words.length === 0) return null;
  const foldedHead = foldSearchText(head);
  const missing = words.filter((word) => !foldedHead.includes(word));
  if (missing.length === 0) return null;
  let best: { source: SnippetSource; folded: Folded; found: number } | null = null;
  for (const source of sources) {
    // A cheap test first: most messages of a long conversation hold none of the words.
    const lower = foldSearchText(source.body);
    let found = 0;
    for (const word of missing) if (lower.includes(word)) found++;
    if (found === 0 || (best !== null && found <= best.found)) continue;
    best = { source, folded: foldWithOrigins(source.body), found };
    if (found === missing.length) break;
  }
  if (best === null) return null;
  return cut(best.source, best.folded, words, missing);
}

function cut(source: SnippetSource, folded: Folded, words: readonly string[], missing: readonly string[]): SearchSnippet {
  const body = source.body;
  let first = -1;
  let firstEnd = -1;
  for (const word of missing) {
    const at = folded.text.indexOf(word);
    if (at >= 0 && (first < 0 || at < first)) {
      first = at;
      firstEnd = at + word.length;
    }
  }
  const matchStart = originStart(folded, first);
  const matchEnd = originEnd(folded, firstEnd);
  const room = SNIPPET_LENGTH - 2; // for the ellipses
  let start = Math.max(0, matchStart - LEAD);
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
  // One-for-one: line breaks and tabs become spaces, so offsets stay the same.
  const text = prefix + body.slice(start, end).replace(/\s/g, ' ') + suffix;
  return { source: source.source, text, highlights: highlightsIn(folded, words, start, end, prefix.length) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Every occurrence of every word inside `[start, end)` of the original, shifted by `shift`, merged and in order. */
function highlightsIn(folded: Folded, words: readonly string[], start: number, end: number, shift: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.text.indexOf(word); at >= 0; at = folded.text.indexOf(word, at + 1)) {
      const from = originStart(folded, at);
      const to = originEnd(folded, at + word.length);
      if (from >= end) break;
      if (from >= start && to <= end) ranges.push([from - start + shift, to - start + shift]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
