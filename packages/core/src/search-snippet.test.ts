import { describe, expect, it } from 'vitest';
import { searchWords } from './search-text';
import { SNIPPET_LENGTH, searchSnippet } from './search-snippet';

const parts = (snippet: { text: string; highlights: ReadonlyArray<readonly [number, number]> } | null) =>
  snippet ? snippet.highlights.map(([start, end]) => snippet.text.slice(start, end)) : null;

describe('searchSnippet', () => {
  it('is null when the head holds every word, or nothing does', () => {
    expect(searchSnippet(searchWords('parcel'), 'TK-1 Lost parcel', [{ source: 'message', body: 'parcel again' }])).toBeNull();
    expect(searchSnippet(searchWords('zebra'), 'TK-1 Lost parcel', [{ source: 'message', body: 'no match here' }])).toBeNull();
  });

  it('counts offsets in UTF-16 units past emoji, and highlights decomposed accents whole', () => {
    const body = '🙂🙂 I moved to Zu\u0308rich last week';
    const snippet = searchSnippet(searchWords('zurich'), 'TK-1 Address', [{ source: 'message', body }]);
    expect(parts(snippet)).toEqual(['Zu\u0308rich']);
  });

  it('prefers the source holding the most missing words, and cuts long text at words with ellipses', () => {
    const long = `${'word '.repeat(60)}the invoice number is wrong and the refund is late ${'tail '.repeat(60)}`;
    const snippet = searchSnippet(searchWords('invoice refund'), 'TK-2 Billing', [
      { source: 'message', body: 'an invoice alone' },
      { source: 'note', body: long },
    ]);
    expect(snippet!.source).toBe('note');
    expect(snippet!.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(snippet!.text.startsWith('…') && snippet!.text.endsWith('…')).toBe(true);
    expect(snippet!.text).not.toMatch(/…\S*wor\b|wor…/);
    expect(parts(snippet)).toEqual(['invoice', 'refund']);
  });

  it('merges overlapping highlights of two words', () => {
    const snippet = searchSnippet(searchWords('refund fund'), 'TK-3', [{ source: 'message', body: 'Please refund me' }]);
    expect(parts(snippet)).toEqual(['refund']);
  });

  it('never splits a surrogate pair when it cuts', () => {
    const body = `${'😀'.repeat(100)} refund ${'😀'.repeat(100)}`;
    const snippet = searchSnippet(searchWords('refund'), 'TK-4', [{ source: 'message', body }])!;
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(snippet.text)).toBe(false);
    expect(parts(snippet)).toEqual(['refund']);
  });

  it('highlights words as written, case and accents folded, a word of the head too once the rest is missing', () => {
    const body = 'Herr MÜLLER aus Zürich schrieb: müller';
    expect(parts(searchSnippet(searchWords('muller zurich'), 'TK-5 Zurich office', [{ source: 'message', body }]))).toEqual([
      'MÜLLER',
      'Zürich',
      'müller',
    ]);
  });
});
