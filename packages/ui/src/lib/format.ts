import { useTicketsContext } from '@ticketkit/react';
import { useMemo } from 'react';

/** Locale-aware formatting of the things the components show, built on `Intl`. */
export interface Formatter {
  locale: string;
  timeZone: string;
  /** An instant (ISO string) as date and time in the time zone, e.g. `Nov 1, 2026, 1:05 PM`. */
  dateTime(iso: string): string;
  /** A calendar day `YYYY-MM-DD` as a date, e.g. `Nov 1, 2026` (no time-zone shift: a day is a day). */
  day(day: string): string;
  /** An inclusive range of calendar days; either end may be open (`null`). */
  dayRange(from: string | null, to: string | null): string;
  /** A whole number with the locale's grouping, e.g. `1,234`. */
  number(value: number): string;
}

/**
 * Formatters by canonical locale and zone (`en-US|Europe/Paris`), least recently used first. Hosts may pass any
 * spelling (`europe/paris`); each spelling reaches the same formatter, and the cache keeps the few most recent.
 */
const cache = new Map<string, Formatter>();
const FORMATTERS_KEPT = 16;

function cached(key: string): Formatter | undefined {
  const formatter = cache.get(key);
  if (formatter) {
    cache.delete(key);
    cache.set(key, formatter);
  }
  return formatter;
}

function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * A `Formatter` for a locale and time zone; cached, so calling it often is cheap. Its `locale` and `timeZone` are the
 * canonical spellings (`en-US`, `Europe/Paris`) of the ones given.
 * @throws RangeError for an unknown locale or time zone, as `Intl` does.
 */
export function getFormatter(locale: string, timeZone: string): Formatter {
  // The spelling as given usually is the canonical one, and then this finds it without building anything.
  let formatter = cached(`${locale}|${timeZone}`);
  if (formatter) return formatter;
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const canonicalLocale = Intl.getCanonicalLocales(locale)[0]!;
  const canonicalZone = dateTime.resolvedOptions().timeZone;
  const key = `${canonicalLocale}|${canonicalZone}`;
  formatter = cached(key);
  if (formatter) return formatter;
  // Calendar days are formatted in UTC: `2026-11-01` must read 1 November whatever the viewer's zone.
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  formatter = {
    locale: canonicalLocale,
    timeZone: canonicalZone,
    dateTime: (iso) => dateTime.format(new Date(iso)),
    day: (value) => day.format(dayToDate(value)),
    dayRange: (from, to) => {
      if (from && to) return from === to ? day.format(dayToDate(from)) : day.formatRange(dayToDate(from), dayToDate(to));
      if (from) return `≥ ${day.format(dayToDate(from))}`;
      if (to) return `≤ ${day.format(dayToDate(to))}`;
      return '';
    },
    number: (value) => number.format(value),
  };
  if (cache.size >= FORMATTERS_KEPT) cache.delete(cache.keys().next().value!);
  cache.set(key, formatter);
  return formatter;
}

/** The formatter of the nearest `TicketsProvider`'s locale and time zone. */
export function useFormat(): Formatter {
  const { locale, timeZone } = useTicketsContext();
  return useMemo(() => getFormatter(locale, timeZone), [locale, timeZone]);
}
