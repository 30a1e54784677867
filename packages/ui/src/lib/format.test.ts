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

  it('gives every spelling of a zone and locale the same formatter, under their canonical names', () => {
    const canonical = getFormatter('en-US', 'Europe/Paris');
    expect(getFormatter('en-US', 'europe/paris')).toBe(canonical);
    expect(getFormatter('EN-us', 'EUROPE/PARIS')).toBe(canonical);
    const lower = getFormatter('en-US', 'america/new_york');
    expect(lower).toMatchObject({ locale: 'en-US', timeZone: 'America/New_York' });
    expect(lower.dateTime('2026-10-31T23:30:00Z')).toMatch(/Oct 31, 2026.*7:30/);
    expect(() => getFormatter('en-US', 'Mars/Olympus')).toThrow(RangeError);
  });

  it('keeps only the formatters used most recently', () => {
    const first = getFormatter('en-US', 'Asia/Tokyo');
    const kept = getFormatter('en-US', 'Europe/Berlin');
    const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone.startsWith('America/')).slice(0, 40);
    for (const zone of zones) {
      getFormatter('en-US', zone);
      // Used all along, so never the least recently used.
      expect(getFormatter('en-US', 'Europe/Berlin')).toBe(kept);
    }
    // A formatter not used since is built again: the cache did not keep every zone it was asked for.
    expect(getFormatter('en-US', 'Asia/Tokyo')).not.toBe(first);
    expect(getFormatter('en-US', 'Asia/Tokyo').dateTime('2026-10-31T23:30:00Z')).toMatch(/Nov 1, 2026.*8:30/);
  });
});
