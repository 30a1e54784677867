import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index';
import { searchWords } from '../search-text';

/** The matches, read both ways the index answers: marks over every document, and a list of the few. */
function matches(index: SearchIndex, search: string, docs: number): number[] {
  const words = searchWords(search);
  const marked = index.match(words, docs);
  const found: number[] = [];
  for (let doc = 0; doc < docs; doc++) if (marked && marked.marks[doc] === words.length) found.push(doc);
  const listed = index.match(words, docs, Infinity);
  if (listed?.docs) expect([...listed.docs].sort((a, b) => a - b)).toEqual(found);
  else if (!listed) expect(found).toEqual([]);
  return found;
}

describe('SearchIndex', () => {
  it('matches substrings of words, ignoring case and accents, all words required', () => {
    const index = new SearchIndex();
    index.add(0, 'TK-1001 Refund not received José Müller jose.muller@example.com');
    index.add(1, 'TK-1002 Cannot log in Zoë Ångström');
    index.add(2, 'TK-1003 Refunded twice');
    index.seal();
    expect(matches(index, 'REFUND', 3)).toEqual([0, 2]);
    expect(matches(index, 'josé müller', 3)).toEqual([0]);
    expect(matches(index, 'zoe angstrom', 3)).toEqual([1]);
    expect(matches(index, 'muller@ex', 3)).toEqual([0]);
    expect(matches(index, 'tk-100', 3)).toEqual([0, 1, 2]);
    expect(matches(index, 'refund twice', 3)).toEqual([2]);
    expect(matches(index, 'refund nothing', 3)).toEqual([]);
  });

  it('finds text added after sealing, before and after the vocabulary is rebuilt', () => {
    const index = new SearchIndex();
    index.add(0, 'alpha');
    index.add(1, 'beta');
    index.seal();
    index.add(0, 'gamma beta');
    expect(matches(index, 'gamm', 2)).toEqual([0]);
    expect(matches(index, 'beta', 2)).toEqual([0, 1]);
    for (let i = 0; i < 2_500; i++) index.add(1, `word${i}`);
    expect(matches(index, 'word2499', 2)).toEqual([1]);
    expect(matches(index, 'alpha', 2)).toEqual([0]);
  });

  it('walks the documents for a word in very many tokens, including text added after sealing', () => {
    const index = new SearchIndex();
    // 40 distinct tokens with "x" in document 0 make "x" common enough (postings > 8 × documents) to take that path.
    index.add(0, Array.from({ length: 40 }, (_, i) => `x${i}`).join(' '));
    index.add(1, 'plain words only');
    index.add(2, 'nothing here');
    index.seal();
    expect(matches(index, 'x', 3)).toEqual([0]);
    expect(matches(index, 'x plain', 3)).toEqual([]);
    index.add(2, 'a late xylophone');
    expect(matches(index, 'x', 3)).toEqual([0, 2]);
    expect(matches(index, 'x late', 3)).toEqual([2]);
  });

  it('answers one-character words from per-document character bits, also for text added later', () => {
    const index = new SearchIndex();
    index.add(0, 'Zoë ABC');
    index.add(1, 'q7 ~tilde');
    index.seal();
    expect(matches(index, 'e', 2)).toEqual([0, 1]);
    expect(matches(index, '7', 2)).toEqual([1]);
    expect(matches(index, '~', 2)).toEqual([1]);
    expect(matches(index, 'Ë', 2)).toEqual([0, 1]);
    expect(matches(index, 'z 7', 2)).toEqual([]);
    index.add(0, 'order 7');
    expect(matches(index, 'z 7', 2)).toEqual([0]);
    index.add(2, 'new doc k');
    expect(matches(index, 'k', 3)).toEqual([2]);
  });
});

describe('SearchIndex against a plain scan', () => {
  it('finds exactly the documents whose words contain every search word', () => {
    // Short words over a small alphabet, so trigrams repeat across tokens and buckets hold many candidates.
    const word = fc.stringMatching(/^[abcé1-]{1,7}$/);
    const doc = fc.array(word, { minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 30 }), fc.array(doc, { maxLength: 5 }), fc.array(word, { minLength: 1, maxLength: 3 }), (sealed, later, search) => {
        const index = new SearchIndex();
        const texts = sealed.map((words) => words.join(' '));
        texts.forEach((text, doc) => index.add(doc, text));
        index.seal();
        // Text added after the seal: unsealed tokens are checked one by one.
        later.forEach((words, i) => {
          const doc = i % texts.length;
          index.add(doc, words.join(' '));
          texts[doc] += ` ${words.join(' ')}`;
        });
        const words = searchWords(search.join(' '));
        const expected = texts.flatMap((text, doc) => {
          const tokens = searchWords(text);
          return words.every((w) => tokens.some((token) => token.includes(w))) ? [doc] : [];
        });
        expect(matches(index, search.join(' '), texts.length)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
