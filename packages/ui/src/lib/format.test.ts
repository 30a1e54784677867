import { getFormatter } from './format';

describe('getFormatter', () => {
  it('shows instants in the given time zone and locale', () => {
    const paris = getFormatter('fr-FR', 'Europe/Paris');
    const tokyo = getFormatter('en-US', 'Asia/Tokyo');
    // 23:30 UTC on 31 October is already 1 November in both zones, at different hours.
    expect(paris.dateTime('2026-10-31T23:30:00Z')).toMatch(/1 nov\. 2026.*00:30/);
    expect(tokyo.dateTime('2026-10-31T23:30:00Z')).toMatch(/Nov 1, 2026.*8:30/);
  });

  it('formats calendar days without shifting them, and numbers with grouping', () => {
    const ny = getFormatter('en-US', 'America/New_York');
    expect(ny.day('2026-11-01')).toBe('Nov 1, 2026');
    expect(ny.dayRange('2026-11-01', '2026-11-07')).toMatch(/Nov 1\s*–\s*7, 2026/);
    expect(ny.number(1234)).toBe('1,234');
    expect(getFormatter('de-DE', 'UTC').number(1234)).toBe('1.234');
  });
});
