import { ValidationError } from './errors';
import { isCalendarDay } from './query';
import { utcTime } from './utc-time';

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, field = 'timeZone'): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch (cause) {
      const shown = typeof timeZone === 'string' ? timeZone.slice(0, 60) : timeZone;
      throw new ValidationError(field, `unknown time zone ${JSON.stringify(shown)}`, { cause });
    }
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Checks an IANA time zone name (`Europe/London`). Every backend checks it on every list request, with or without a
 * date range, so a host sees the same answer from the memory adapter and the server.
 * @throws ValidationError on `field` for an unknown zone.
 */
export function checkTimeZone(timeZone: unknown, field = 'timeZone'): string {
  if (typeof timeZone !== 'string' || timeZone === '') {
    throw new ValidationError(field, `expected an IANA time zone, got ${JSON.stringify(timeZone)}`);
  }
  formatterFor(timeZone, field);
  return timeZone;
}

/** Minutes to add to UTC to get the wall-clock time in `timeZone` at instant `epochMs`. */
function offsetMinutes(epochMs: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const asUtc = utcTime(
    Number(parts.year),
    Number(parts.month),
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/** The instant (epoch ms) at which calendar day `day` (`YYYY-MM-DD`) starts in `timeZone`. */
export function startOfDayIn(day: string, timeZone: string, field = 'day'): number {
  if (!isCalendarDay(day)) throw new ValidationError(field, `expected a calendar day as YYYY-MM-DD, got ${JSON.stringify(day)}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wallClock = utcTime(year, month, date);
  // Two passes settle the offset on days where it changes (daylight saving).
  let instant = wallClock - offsetMinutes(wallClock, timeZone) * 60000;
  instant = wallClock - offsetMinutes(instant, timeZone) * 60000;
  return instant;
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
 * Turns an inclusive range of calendar days in `timeZone` into a half-open range of instants `[from, to)` in epoch ms;
 * an open end is `null`.
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
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  // `numeric` writes year 50 as `50`: pad it back to the `YYYY` the rest of the helpers read.
  return `${parts.year!.padStart(4, '0')}-${parts.month}-${parts.day}`;
}
