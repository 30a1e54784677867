/** First day of the week as the calendar wants it: 0 Sunday … 6 Saturday. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

// Regions whose week starts on Sunday or Saturday, for runtimes without `Intl.Locale#getWeekInfo`.
const SUNDAY_REGIONS = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'KR', 'TW', 'HK', 'IL', 'IN', 'PH', 'ZA', 'AU', 'SA', 'PE', 'CO']);
const SATURDAY_REGIONS = new Set(['EG', 'AE', 'BH', 'DZ', 'IQ', 'JO', 'KW', 'LY', 'OM', 'QA', 'SD', 'SY', 'AF', 'IR']);

interface LocaleWithWeekInfo extends Intl.Locale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/** The first day of the week in `locale`, from `Intl` where the runtime knows it, else from its region. */
export function weekStartFor(locale: string): WeekStart {
  let intlLocale: LocaleWithWeekInfo;
  try {
    intlLocale = new Intl.Locale(locale) as LocaleWithWeekInfo;
  } catch {
    return 1;
  }
  try {
    const info = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo;
    // Intl counts 1 = Monday … 7 = Sunday.
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as WeekStart;
  } catch {
    // Fall through to the region table.
  }
  const region = intlLocale.maximize().region ?? '';
  if (SUNDAY_REGIONS.has(region)) return 0;
  if (SATURDAY_REGIONS.has(region)) return 6;
  return 1;
}
