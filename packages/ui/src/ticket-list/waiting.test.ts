import { formatWait, initials, shortDateTime } from './waiting';

describe('formatWait', () => {
  it('says a wait in its largest whole unit: minutes, hours up to two days, then days', () => {
    const minute = 60_000;
    expect(formatWait(10_000, 'en-US')).toBe('1 min');
    expect(formatWait(59 * minute, 'en-US')).toBe('59 min');
    expect(formatWait(3 * 60 * minute, 'en-US')).toBe('3 hr');
    expect(formatWait(47 * 60 * minute, 'en-US')).toBe('47 hr');
    expect(formatWait(5 * 24 * 60 * minute, 'en-US')).toBe('5 days');
    expect(formatWait(-5, 'en-US')).toBe('1 min');
    expect(formatWait(3 * 60 * minute, 'de-DE')).toBe('3 Std.');
  });
});

describe('shortDateTime', () => {
  const now = Date.parse('2026-12-04T10:00:00Z');
  it('shows the time today, the day this year, and the date before, in the time zone', () => {
    expect(shortDateTime('2026-12-04T09:05:00Z', now, 'en-US', 'UTC')).toBe('9:05 AM');
    expect(shortDateTime('2026-12-03T23:26:00Z', now, 'en-US', 'UTC')).toBe('Dec 3, 11:26 PM');
    // Past midnight in Tokyo: the same instant is today there.
    expect(shortDateTime('2026-12-03T23:26:00Z', now, 'en-US', 'Asia/Tokyo')).toBe('8:26 AM');
    expect(shortDateTime('2025-12-03T23:26:00Z', now, 'en-US', 'UTC')).toBe('Dec 3, 2025');
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initials('Alex Kim')).toBe('AK');
    expect(initials('  renée  de la garcía ')).toBe('RG');
    expect(initials('Ōno')).toBe('Ō');
    expect(initials('')).toBe('?');
  });
});
