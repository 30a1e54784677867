import { describe, expect, it } from 'vitest';
import { excerpt, highlightRanges, SNIPPET_LENGTH } from './search-snippets';

const words = (snippet: { text: string; highlights: Array<[number, number]> }) => snippet.highlights.map(([s, e]) => snippet.text.slice(s, e));

describe('search snippets', () => {
  it('highlights words as written, case and accents folded, in UTF-16 indexes', () => {
    const text = 'Herr MÜLLER aus Zürich 😀 schrieb: müller';
    expect(highlightRanges(text, ['muller', 'zurich']).map(([s, e]) => text.slice(s, e))).toEqual(['MÜLLER', 'Zürich', 'müller']);
    // A decomposed accent (e + U+0301) belongs to its letter: the highlight takes it too.
    const decomposed = 'cafe\u0301 ouvert';
    expect(highlightRanges(decomposed, ['cafe'])).toEqual([[0, 5]]);
    expect(highlightRanges('😀refund', ['refund'])).toEqual([[2, 8]]);
  });

  it('merges overlapping ranges', () => {
    expect(highlightRanges('refunded', ['refund', 'fund', 'unded'])).toEqual([[0, 8]]);
  });

  it('cuts a long message around the first match at word boundaries, marks the cuts, and keeps it short', () => {
    const body = `${'lorem ipsum dolor '.repeat(20)}the refund was\nsent twice ${'sit amet consectetur '.repeat(20)}`;
    const snippet = excerpt(body, ['refund', 'twice'])!;
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text).toContain('the refund was sent twice');
    expect(words(snippet)).toEqual(['refund', 'twice']);
    expect(excerpt('short and sweet', ['sweet'])).toEqual({ text: 'short and sweet', highlights: [[10, 15]] });
    expect(excerpt('nothing here', ['refund'])).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const body = `${'😀'.repeat(100)} refund ${'😀'.repeat(100)}`;
    const snippet = excerpt(body, ['refund'])!;
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(snippet.text)).toBe(false);
    expect(words(snippet)).toEqual(['refund']);
  });
});
