import { addDays, dayIn } from '@ticketkit/core';

/** The quick ranges the date picker offers. */
export type DatePreset = 'today' | 'last7Days' | 'last30Days';

/** The presets in the order they are shown. */
export const DATE_PRESETS: readonly DatePreset[] = ['today', 'last7Days', 'last30Days'];

/** The inclusive range of calendar days of a preset, ending today in `timeZone` (the viewer's today, not UTC's). */
export function presetRange(preset: DatePreset, now: number, timeZone: string): { from: string; to: string } {
  const today = dayIn(now, timeZone);
  const span = { today: 0, last7Days: 6, last30Days: 29 }[preset];
  return { from: addDays(today, -span), to: today };
}

/** A calendar day as a local `Date` at midnight, the form the calendar component works with. */
export function dayToLocalDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

/** A local `Date` from the calendar as a calendar day `YYYY-MM-DD`. */
export function localDateToDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
