/**
 * The forms of a word or sentence by plural category, as `Intl.PluralRules` names them. `other` is always required;
 * give the categories the language has (English: `one`; German: `one`; Arabic: `zero`, `one`, `two`, `few`, `many`).
 * A category the language uses but that is not given falls back to `other`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// One `Intl.PluralRules` per language: building one is far slower than asking it.
const rulesByLocale = new Map<string, Intl.PluralRules>();

/**
 * The plural category of `count` in `locale` (`one`, `other`, and for some languages `zero`, `two`, `few`, `many`).
 * Cached per locale.
 * @throws RangeError for an invalid locale, as `Intl` does.
 */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * Picks the form for `count` by the plural rules of `locale`, the language of the text (not the host's region):
 *
 * ```ts
 * count: (count, formatted) => plural('en', count, { one: `${formatted} message`, other: `${formatted} messages` })
 * ```
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  return forms[pluralCategory(locale, count)] ?? forms.other;
}
