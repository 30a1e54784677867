import { localeNumberText, normalizeLocaleNumber } from './locale-number';

describe('numbers typed the locale\'s way', () => {
  it('read back as the model writes them', () => {
    expect(normalizeLocaleNumber('12,5', 'de-DE')).toBe('12.5');
    expect(normalizeLocaleNumber('1.234,5', 'de-DE')).toBe('1234.5');
    expect(normalizeLocaleNumber('1,234.5', 'en-US')).toBe('1234.5');
    expect(normalizeLocaleNumber(' 12.5 ', 'en-US')).toBe('12.5');
    expect(normalizeLocaleNumber('1 234,5', 'fr-FR')).toBe('1234.5');
    expect(normalizeLocaleNumber('abc', 'de-DE')).toBe('abc');
  });

  it('are offered for typing over in the same way, ungrouped', () => {
    expect(localeNumberText(104233.5, 'de-DE')).toBe('104233,5');
    expect(normalizeLocaleNumber(localeNumberText(104233.5, 'de-DE'), 'de-DE')).toBe('104233.5');
    expect(localeNumberText(2048, 'en-US')).toBe('2048');
  });
});
