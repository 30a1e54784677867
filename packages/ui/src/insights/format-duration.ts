const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration in the locale's words for its largest fitting unit, e.g. `45 min`, `3.5 hr`, `2 days` (`Intl`'s short
 * unit display): figures such as a median first reply read at a glance.
 */
export function formatDuration(ms: number, locale: string): string {
  const [value, unit] = ms < HOUR ? [ms / MINUTE, 'minute'] : ms < 2 * DAY ? [ms / HOUR, 'hour'] : [ms / DAY, 'day'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** A change as a signed number in the locale, e.g. `+5`, `−3`, `0`. */
export function formatChange(delta: number, locale: string): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(delta);
}
