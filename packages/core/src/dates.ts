// The subpath keeps TZDate (which patches its prototype at load, so no bundler drops it) out of core's bundle.
import { tzOffset } from '@date-fns/tz/tzOffset';
import { ValidationError } from './errors';
import { isCalendarDay } from './query';
import { utcTime } from './utc-time';

const DAY_MS = 86_400_000;

/**
 * Zone names as written (`europe/paris`) → the canonical name (`Europe/Paris`), least recently used first. Names come
 * from requests, so the map is bounded; the formatters and the library's offset cache are keyed by the canonical name,
 * of which there are a few hundred.
 */
const canonicalZones = new Map<string, string>();
const CANONICAL_ZONES_KEPT = 256;
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function canonicalZone(timeZone: unknown, field = 'timeZone'): string {
  if (typeof timeZone !== 'string' || timeZone === '') {
    throw new ValidationError(field, `expected an IANA time zone, got ${JSON.stringify(timeZone)}`);
  }
  let zone = canonicalZones.get(timeZone);
  if (zone !== undefined) {
    canonicalZones.delete(timeZone);
  } else {
    try {
      zone = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    } catch (cause) {
      throw new ValidationError(field, `unknown time zone ${JSON.stringify(timeZone.slice(0, 60))}`, { cause });
    }
    if (canonicalZones.size >= CANONICAL_ZONES_KEPT) canonicalZones.delete(canonicalZones.keys().next().value!);
  }
  canonicalZones.set(timeZone, zone);
  return zone;
}

function dayFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Checks an IANA time zone name (`Europe/London`). Every backend checks it on every list request, with or without a
 * date range, so a host sees the same answer from the memory adapter and the server.
 * @throws ValidationError on `field` for an unknown zone.
 */
export function checkTimeZone(timeZone: unknown, field = 'timeZone'): string {
  canonicalZone(timeZone, field);
  return timeZone as string;
}

/**
 * Milliseconds to add to UTC to get the wall-clock time in canonical zone `zone` at instant `epochMs`, read from
 * `@date-fns/tz`. It gives historical offsets to the second (local mean time before standard time).
 */
function offsetMs(zone: string, epochMs: number): number {
  const minutes = tzOffset(zone, new Date(epochMs));
  // @date-fns/tz 1.5.0 reads `GMT-00:44:30` (Monrovia until 1972, Dublin and Lisbon before standard time) as
  // +44.5 minutes: its sign comes from the hours, and `-00` is zero (date-fns/date-fns#4279). Read the sign of an
  // offset under an hour from the offset's own text.
  if (minutes > 0 && minutes < 60 && /GMT-/.test(offsetName(zone, epochMs))) return -Math.round(minutes * 60_000);
  return Math.round(minutes * 60_000);
}

const offsetNames = new Map<string, Intl.DateTimeFormat>();

function offsetName(zone: string, epochMs: number): string {
  let formatter = offsetNames.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetNames.set(zone, formatter);
  }
  return formatter.format(epochMs);
}

/**
 * The first instant at which the wall clock in `zone` reads `wallClock` (epoch ms of that wall-clock time as if it
 * were UTC) or later, for a wall-clock midnight: the start of that calendar day.
 */
function firstInstantOfDay(wallClock: number, zone: string): number {
  // The offsets a day either side; the instants that can read this midnight lie within 14 hours of it.
  const before = offsetMs(zone, wallClock - DAY_MS);
  const after = offsetMs(zone, wallClock + DAY_MS);
  // Midnight under each offset, if the clock read it then. When it read it twice (clocks went back over midnight),
  // the earlier one: the larger offset.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const instant = wallClock - offset;
    if (offsetMs(zone, instant) === offset) return instant;
  }
  // The clock never read midnight: it jumped forward over it (America/Santiago on 2026-09-06 goes from 23:59:59 to
  // 01:00). The day starts at the jump, the first instant whose wall clock reads this day; it lies between midnight
  // under the larger offset (the day before) and midnight under the smaller one (the day itself).
  const readsDay = (instant: number) => instant + offsetMs(zone, instant) >= wallClock;
  let early = wallClock - Math.max(before, after);
  let late = wallClock - Math.min(before, after);
  // Most jumps are at midnight itself.
  if (!readsDay(late - 1)) return late;
  while (late - early > 1) {
    const middle = Math.floor((early + late) / 2);
    if (readsDay(middle)) late = middle;
    else early = middle;
  }
  return late;
}

/**
 * The instant (epoch ms) at which calendar day `day` (`YYYY-MM-DD`) starts in `timeZone`: its first instant, which is
 * local midnight, or the end of the jump on a day whose clocks go forward over midnight.
 * @throws ValidationError on `field` for a bad day, and on `timeZone` for an unknown zone.
 */
export function startOfDayIn(day: string, timeZone: string, field = 'day'): number {
  if (!isCalendarDay(day)) throw new ValidationError(field, `expected a calendar day as YYYY-MM-DD, got ${JSON.stringify(day)}`);
  const zone = canonicalZone(timeZone);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return firstInstantOfDay(utcTime(year, month, date), zone);
}

/** Calendar day `day` (`YYYY-MM-DD`) moved by `days` days, back when negative, as `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(utcTime(year, month, date + days)).toISOString().slice(0, 10);
}

/** The day after `day`, as `YYYY-MM-DD`. */
export function nextDay(day: string): string {
  return addDays(day, 1);
}

/**
 * Turns an inclusive range of calendar days in `timeZone` into a half-open range of instants `[from, to)` in epoch ms:
 * from the first instant of the first day to the first instant of the day after the last. An open end is `null`.
 */
export function dayRangeToInstants(
  createdFrom: string | null,
  createdTo: string | null,
  timeZone = 'UTC',
): { from: number | null; to: number | null } {
  return {
    from: createdFrom ? startOfDayIn(createdFrom, timeZone, 'createdFrom') : null,
    to: createdTo ? startOfDayIn(nextDay(createdTo), timeZone, 'createdTo') : null,
  };
}

/** The calendar day (`YYYY-MM-DD`) that instant `epochMs` falls on in `timeZone`. */
export function dayIn(epochMs: number, timeZone = 'UTC'): string {
  const parts = Object.fromEntries(dayFormatter(canonicalZone(timeZone)).formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  // `numeric` writes year 50 as `50`: pad it back to the `YYYY` the rest of the helpers read.
  return `${parts.year!.padStart(4, '0')}-${parts.month}-${parts.day}`;
}
