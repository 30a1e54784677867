/** From how long a wait the list marks it as long (colour: it needs attention), in ms. */
export const LONG_WAIT_MS = 24 * 60 * 60 * 1000;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.NumberFormat>();
function unitFormat(locale: string, unit: 'minute' | 'hour' | 'day'): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 })));
  return format;
}

/**
 * A wait as a short duration in the locale, in its largest whole unit: `5 min`, `3 hr`, `4 days` (under a minute:
 * `1 min`; up to two days in hours, so "36 hr" reads apart from "2 days").
 */
export function formatWait(ms: number, locale: string): string {
  const wait = Math.max(ms, 0);
  if (wait < HOUR) return unitFormat(locale, 'minute').format(Math.max(1, Math.floor(wait / MINUTE)));
  if (wait < 2 * DAY) return unitFormat(locale, 'hour').format(Math.floor(wait / HOUR));
  return unitFormat(locale, 'day').format(Math.floor(wait / DAY));
}

/** Initials of a name for an avatar: the first letters of its first and last words (`Alex Kim` → `AK`). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, timeZone: string, parts: Intl.DateTimeFormatOptions, name: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${name}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone, ...parts })));
  return format;
}

const DAY_PARTS: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
const YEAR_PARTS: Intl.DateTimeFormatOptions = { year: 'numeric' };
/** Today and this year as `now` reads in a locale and zone: the same for every row of a list, so worked out once. */
let today = { key: '', day: '', year: '' };

/**
 * An instant as short as it can be read in a list: the time for today, the day and time this year, the date before
 * (`11:26 PM`, `Dec 3, 11:26 PM`, `Dec 3, 2025`), in the viewer's time zone.
 */
export function shortDateTime(iso: string, now: number, locale: string, timeZone: string): string {
  const date = new Date(iso);
  const day = dateFormat(locale, timeZone, DAY_PARTS, 'day');
  const year = dateFormat(locale, timeZone, YEAR_PARTS, 'year');
  const key = `${now}|${locale}|${timeZone}`;
  if (today.key !== key) today = { key, day: day.format(now), year: year.format(now) };
  if (day.format(date) === today.day) return dateFormat(locale, timeZone, { timeStyle: 'short' }, 'time').format(date);
  if (year.format(date) === today.year) return dateFormat(locale, timeZone, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }, 'this-year').format(date);
  return dateFormat(locale, timeZone, { dateStyle: 'medium' }, 'date').format(date);
}
