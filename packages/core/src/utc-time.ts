/**
 * Epoch ms of a UTC wall-clock time; `month` is 1-based. Unlike `Date.UTC`, which reads years 0–99 as 1900–1999,
 * the year is taken as written, so every calendar helper agrees with `isCalendarDay` on `0050-01-01`.
 * Out-of-range parts roll over as with `Date.UTC` (day 0 is the last day of the month before).
 */
export function utcTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}
