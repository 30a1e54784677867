import { plural, pluralCategory } from './plural';

describe('plural', () => {
  const messages = (n: number) => ({ one: `${n} message`, other: `${n} messages` });

  it('picks English one and other', () => {
    expect(plural('en', 1, messages(1))).toBe('1 message');
    expect(plural('en', 0, messages(0))).toBe('0 messages');
    expect(plural('en', 2, messages(2))).toBe('2 messages');
    // A fraction is never `one` in English.
    expect(plural('en', 1.5, messages(1.5))).toBe('1.5 messages');
  });

  it('follows the language of the text, not only English', () => {
    expect(plural('de', 1, { one: 'eine Nachricht', other: 'Nachrichten' })).toBe('eine Nachricht');
    expect(plural('fr', 0, { one: 'zéro ou un', other: 'plusieurs' })).toBe('zéro ou un');
    expect(plural('ja', 1, { other: '件' })).toBe('件');
  });

  it('gives Arabic its six categories', () => {
    const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map((n) => plural('ar', n, forms))).toEqual([
      'zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'few', 'many',
    ]);
  });

  it('falls back to other for a category that is not given', () => {
    expect(plural('ar', 2, { one: 'one', other: 'other' })).toBe('other');
  });

  it('names the category, and refuses an invalid locale as Intl does', () => {
    expect(pluralCategory('ar-EG', 2)).toBe('two');
    expect(pluralCategory('en-GB', 1)).toBe('one');
    expect(() => pluralCategory('not a locale!', 1)).toThrow(RangeError);
  });
});
