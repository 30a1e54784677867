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
