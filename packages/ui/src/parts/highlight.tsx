import { foldSearchText, searchWords } from '@ticketkit/core';
import { Fragment, type ReactNode } from 'react';

/** Props of `Highlight`. */
export interface HighlightProps {
  /** The text to show (rendered as text, never HTML). */
  text: string;
  /** The applied search; each of its words is marked where it occurs, ignoring case and accents. */
  search: string;
  unstyled?: boolean;
}

/** Ranges `[start, end)` of `text` where a word of `search` occurs, merged and in order. */
export function matchRanges(text: string, search: string): [number, number][] {
  const words = wordsOf(search);
  if (words.length === 0 || text === '') return [];
  const folded = foldText(text);
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

// Every cell of a page highlights against the same search: split it once, not once per cell.
let lastSearch = '';
let lastWords: string[] = [];
function wordsOf(search: string): string[] {
  if (search !== lastSearch) {
    lastSearch = search;
    lastWords = searchWords(search);
  }
  return lastWords;
}

// Printable ASCII and line breaks; anything else takes the character-by-character path.
const NON_ASCII = /[^\t\n\r -~]/;

// Fold character by character so indexes in the folded text match the original (folding never changes length here).
// Plain ASCII, most of what a page shows, lower-cases in one call with the same length: no per-character work.
function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) {
    const folded = foldSearchText(char);
    out += folded.length === char.length ? folded : char.toLowerCase().slice(0, char.length).padEnd(char.length, ' ');
  }
  return out;
}

/** Shows `text` with the words of `search` wrapped in `<mark>`. */
export function Highlight({ text, search, unstyled }: HighlightProps): ReactNode {
  const ranges = matchRanges(text, search);
  if (ranges.length === 0) return text;
  const pieces: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], index) => {
    if (start > at) pieces.push(<Fragment key={`t${index}`}>{text.slice(at, start)}</Fragment>);
    pieces.push(
      <mark key={`m${index}`} data-slot="highlight" className={unstyled ? undefined : 'tk-highlight'}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) pieces.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return pieces;
}
