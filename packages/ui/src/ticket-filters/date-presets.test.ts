import { dayToLocalDate, localDateToDay, presetRange } from './date-presets';
import { weekStartFor } from './week-start';

describe('presetRange', () => {
  // 2026-11-01 02:00 UTC is still 31 October in New York.
  const now = Date.UTC(2026, 10, 1, 2, 0);

  it('ends today in the viewer\'s time zone', () => {
    expect(presetRange('today', now, 'UTC')).toEqual({ from: '2026-11-01', to: '2026-11-01' });
    expect(presetRange('today', now, 'America/New_York')).toEqual({ from: '2026-10-31', to: '2026-10-31' });
  });

  it('spans 7 and 30 days, today included, across month ends', () => {
    expect(presetRange('last7Days', now, 'UTC')).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(presetRange('last30Days', now, 'UTC')).toEqual({ from: '2026-10-03', to: '2026-11-01' });
    expect(presetRange('last7Days', Date.UTC(2024, 2, 5), 'UTC')).toEqual({ from: '2024-02-28', to: '2024-03-05' });
  });

  it('converts between calendar days and the calendar\'s local dates', () => {
    expect(localDateToDay(dayToLocalDate('2026-03-29'))).toBe('2026-03-29');
  });
});

describe('weekStartFor', () => {
  it('starts the week on Sunday in the US, Monday in Europe, Saturday in Egypt', () => {
    expect(weekStartFor('en-US')).toBe(0);
    expect(weekStartFor('de-DE')).toBe(1);
    expect(weekStartFor('en-GB')).toBe(1);
    expect(weekStartFor('fr-FR')).toBe(1);
    expect(weekStartFor('ar-EG')).toBe(6);
    expect(weekStartFor('ja-JP')).toBe(0);
  });

  it('falls back to Monday for a locale it cannot read', () => {
    expect(weekStartFor('not a locale!')).toBe(1);
  });
});
