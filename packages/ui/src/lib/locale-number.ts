const separators = new Map<string, { decimal: string; group: string }>();

function separatorsOf(locale: string): { decimal: string; group: string } {
  let found = separators.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    found = { decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.', group: parts.find((part) => part.type === 'group')?.value ?? ',' };
    separators.set(locale, found);
  }
  return found;
}

/**
 * A number typed the way `locale` writes it, rewritten the way the model reads it: `1.234,5` in German and
 * `1,234.5` in English both become `1234.5`. Group separators are dropped (a space or a narrow no-break space
 * too), the locale's decimal separator becomes a dot; a text that is not a number stays as it was typed minus the
 * grouping, for the model to refuse.
 */
export function normalizeLocaleNumber(text: string, locale: string): string {
  const { decimal, group } = separatorsOf(locale);
  let result = text.trim();
  // A group separator that is a space in the locale: any space may be typed for it.
  result = /\s/.test(group) ? result.replace(/[\s\u00a0\u202f]/g, '') : result.split(group).join('');
  if (decimal !== '.') result = result.split(decimal).join('.');
  return result;
}

/** A number as `locale` writes it for typing over: every decimal it has, no grouping (`12,5` in German). */
export function localeNumberText(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}
