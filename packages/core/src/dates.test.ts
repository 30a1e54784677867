import { describe, expect, it } from 'vitest';
import { addDays, checkTimeZone, dayIn, dayRangeToInstants, nextDay, startOfDayIn } from './dates';
import { ValidationError } from './errors';

describe('dates', () => {
  it('checkTimeZone accepts an IANA zone and names the field for anything else', () => {
    expect(checkTimeZone('Europe/London')).toBe('Europe/London');
    expect(() => checkTimeZone('Mars/Olympus')).toThrow(expect.objectContaining({ name: 'ValidationError', field: 'timeZone' }));
    expect(() => checkTimeZone('', 'zone')).toThrow(expect.objectContaining({ field: 'zone' }));
    expect(() => checkTimeZone(42)).toThrow(ValidationError);
  });

  it('a UTC day starts at midnight UTC', () => {
    expect(startOfDayIn('2026-03-01', 'UTC')).toBe(Date.UTC(2026, 2, 1));
  });

  it('a day starts at local midnight in a time zone', () => {
    expect(new Date(startOfDayIn('2026-01-15', 'America/New_York')).toISOString()).toBe('2026-01-15T05:00:00.000Z');
    expect(new Date(startOfDayIn('2026-07-15', 'America/New_York')).toISOString()).toBe('2026-07-15T04:00:00.000Z');
    expect(new Date(startOfDayIn('2026-01-15', 'Pacific/Auckland')).toISOString()).toBe('2026-01-14T11:00:00.000Z');
  });

  it('handles the days daylight saving starts and ends (23 and 25 hours)', () => {
    // New York: clocks go forward on 2026-03-08 and back on 2026-11-01.
    const spring = startOfDayIn('2026-03-09', 'America/New_York') - startOfDayIn('2026-03-08', 'America/New_York');
    const autumn = startOfDayIn('2026-11-02', 'America/New_York') - startOfDayIn('2026-11-01', 'America/New_York');
    expect(spring).toBe(23 * 3_600_000);
    expect(autumn).toBe(25 * 3_600_000);
  });

  // The day starts at its first instant, which is not midnight when the clocks jump over it.
  const iso = (day: string, timeZone: string) => new Date(startOfDayIn(day, timeZone)).toISOString();
  const hours = (day: string, timeZone: string) => (startOfDayIn(nextDay(day), timeZone) - startOfDayIn(day, timeZone)) / 3_600_000;

  it('a day whose clocks jump forward at midnight starts at the jump (America/Santiago, 2026-09-06)', () => {
    // 23:59:59 at UTC−4 on 09-05 is followed by 01:00 at UTC−3 on 09-06: midnight at UTC−3 (03:00Z) is still 09-05.
    expect(iso('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
    expect(dayIn(Date.UTC(2026, 8, 6, 4) - 1, 'America/Santiago')).toBe('2026-09-05');
    expect(hours('2026-09-05', 'America/Santiago')).toBe(24);
    expect(hours('2026-09-06', 'America/Santiago')).toBe(23);
    expect(dayRangeToInstants('2026-09-01', '2026-09-05', 'America/Santiago').to).toBe(Date.UTC(2026, 8, 6, 4));
  });

  it('a day whose clocks jump forward at midnight starts at the jump (America/Havana, 2026-03-08)', () => {
    // 23:59:59 at UTC−5 on 03-07 is followed by 01:00 at UTC−4 on 03-08.
    expect(iso('2026-03-08', 'America/Havana')).toBe('2026-03-08T05:00:00.000Z');
    expect(dayIn(Date.UTC(2026, 2, 8, 5) - 1, 'America/Havana')).toBe('2026-03-07');
    expect(hours('2026-03-07', 'America/Havana')).toBe(24);
    expect(hours('2026-03-08', 'America/Havana')).toBe(23);
    // The same at UTC−1 (Azores: 00:00 at UTC−1 becomes 01:00 at UTC+0 on 2026-03-29).
    expect(iso('2026-03-29', 'Atlantic/Azores')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('a day after the clocks go back at midnight starts when its midnight first comes', () => {
    // America/Santiago, 2026-04-05: 23:59:59 at UTC−3 on 04-04 is followed by 23:00 at UTC−4, still 04-04, so 04-04
    // has 25 hours and 04-05 starts at midnight at UTC−4.
    expect(iso('2026-04-05', 'America/Santiago')).toBe('2026-04-05T04:00:00.000Z');
    expect(hours('2026-04-04', 'America/Santiago')).toBe(25);
    expect(hours('2026-04-05', 'America/Santiago')).toBe(24);
    // Where the clocks go back from 01:00 to midnight, midnight comes twice; the day starts at the first.
    // America/Havana, 2026-11-01 (UTC−4 → UTC−5); Asia/Amman, 2021-10-29 (UTC+3 → UTC+2).
    expect(iso('2026-11-01', 'America/Havana')).toBe('2026-11-01T04:00:00.000Z');
    expect(hours('2026-11-01', 'America/Havana')).toBe(25);
    expect(iso('2021-10-29', 'Asia/Amman')).toBe('2021-10-28T21:00:00.000Z');
    expect(hours('2021-10-29', 'Asia/Amman')).toBe(25);
    expect(dayIn(Date.UTC(2021, 9, 28, 21) - 1, 'Asia/Amman')).toBe('2021-10-28');
  });

  it('reads zones whose offset is not whole hours', () => {
    expect(iso('2026-01-15', 'Asia/Kolkata')).toBe('2026-01-14T18:30:00.000Z');
    expect(iso('2026-06-01', 'Asia/Kathmandu')).toBe('2026-05-31T18:15:00.000Z');
    expect(iso('2026-07-01', 'America/St_Johns')).toBe('2026-07-01T02:30:00.000Z');
    // Lord Howe Island moves its clocks by half an hour, at 02:00.
    expect(hours('2026-10-04', 'Australia/Lord_Howe')).toBe(23.5);
    // Liberia was at UTC−00:44:30 until 1972: under an hour west, to the second. (@date-fns/tz 1.5.0 reads the sign
    // of such an offset wrongly; dates.ts corrects it.)
    expect(iso('1970-06-01', 'Africa/Monrovia')).toBe('1970-06-01T00:44:30.000Z');
    // On 1972-01-07 its clocks went from 00:00 at UTC−00:44:30 to 00:44:30 at UTC: a day of 23 h 15 min 30 s.
    expect(startOfDayIn('1972-01-08', 'Africa/Monrovia') - startOfDayIn('1972-01-07', 'Africa/Monrovia')).toBe(83_730_000);
  });

  it('every day near a change of offset starts at its first instant (checked against Intl, 2026–2027)', () => {
    const zones = ['America/Santiago', 'America/Havana', 'Atlantic/Azores', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Auckland', 'Asia/Gaza', 'Africa/Cairo', 'America/Asuncion'];
    let checked = 0;
    for (const zone of zones) {
      for (let day = '2026-01-01'; day < '2028-01-01'; day = nextDay(day)) {
        const start = startOfDayIn(day, zone);
        const next = startOfDayIn(nextDay(day), zone);
        if (next - start === 86_400_000) continue;
        // A day of another length: check it and the days either side against the zone's wall clock.
        for (const near of [addDays(day, -1), day, nextDay(day)]) {
          const first = startOfDayIn(near, zone);
          expect(dayIn(first, zone), `${zone} ${near}`).toBe(near);
          expect(dayIn(first - 1, zone) < near, `${zone} ${near}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('turns an inclusive day range into a half-open instant range', () => {
    const range = dayRangeToInstants('2026-03-01', '2026-03-31', 'Europe/Berlin');
    expect(new Date(range.from!).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    // March 29 is when Berlin moves to summer time, so April 1 starts at 22:00 UTC.
    expect(new Date(range.to!).toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(dayRangeToInstants(null, null)).toEqual({ from: null, to: null });
  });

  it('nextDay and addDays cross months and leap days', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-11-01', -29)).toBe('2026-10-03');
  });

  it('takes years 0–99 as written, as isCalendarDay does, not as 1900–1999', () => {
    const year50 = new Date('0050-01-01T00:00:00.000Z').getTime();
    expect(startOfDayIn('0050-01-01', 'UTC')).toBe(year50);
    expect(dayRangeToInstants('0050-01-01', '0050-01-01', 'UTC')).toEqual({ from: year50, to: year50 + 86_400_000 });
    expect(new Date(startOfDayIn('0050-01-01', 'Asia/Tokyo')).toISOString().slice(0, 4)).toBe('0049');
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
    expect(dayIn(year50, 'UTC')).toBe('0050-01-01');
  });

  it('dayIn reads the calendar day in a time zone', () => {
    const instant = Date.UTC(2026, 5, 30, 23, 30);
    expect(dayIn(instant, 'UTC')).toBe('2026-06-30');
    expect(dayIn(instant, 'Asia/Tokyo')).toBe('2026-07-01');
    expect(dayIn(instant, 'America/Los_Angeles')).toBe('2026-06-30');
  });

  it('rejects an unknown time zone and a bad day naming the field', () => {
    expect(() => dayRangeToInstants('2026-01-01', null, 'Mars/Olympus')).toThrow(ValidationError);
    try {
      dayRangeToInstants('2026-01-01', null, 'Mars/Olympus');
    } catch (error) {
      expect((error as ValidationError).field).toBe('timeZone');
    }
    try {
      startOfDayIn('2026-13-01', 'UTC', 'createdFrom');
    } catch (error) {
      expect((error as ValidationError).field).toBe('createdFrom');
    }
    expect.assertions(3);
  });
});
