import { useMemo, type ReactNode } from 'react';
import { DayPicker, getDefaultClassNames, type DateRange } from 'react-day-picker';
import type { TicketsUIMessages } from '../messages/messages';
import type { WeekStart } from './week-start';

/** Props of `DateRangeCalendar`. */
export interface DateRangeCalendarProps {
  /** The range picked so far, not yet applied. */
  selected: DateRange | undefined;
  onSelect: (range: DateRange | undefined) => void;
  /** The month shown first. */
  defaultMonth: Date;
  /** The viewer's today (in the provider's time zone, as a local date). */
  today: Date;
  weekStartsOn: WeekStart;
  dir: 'ltr' | 'rtl';
  locale: string;
  messages: TicketsUIMessages;
  unstyled: boolean;
}

/**
 * The range calendar of the date filter: react-day-picker with the locale's names and the tk-calendar classes. Its own
 * module, loaded when the date dialog first opens (or is about to): react-day-picker and date-fns are ≈ 20 kB gzip
 * that the list's first screen does not need.
 */
export function DateRangeCalendar(props: DateRangeCalendarProps): ReactNode {
  const { selected, onSelect, defaultMonth, today, weekStartsOn, dir, locale, messages, unstyled } = props;
  const m = messages.filters;
  const classNames = useMemo(
    () => Object.fromEntries(Object.keys(getDefaultClassNames()).map((key) => [key, unstyled ? '' : `tk-calendar-${key}`])),
    [unstyled],
  );
  const intl = useMemo(() => {
    const caption = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
    const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long' });
    const full = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });
    const dayNumber = new Intl.NumberFormat(locale, { useGrouping: false });
    return { caption, weekday, weekdayLong, full, dayNumber };
  }, [locale]);
  return (
    <DayPicker
      mode="range"
      selected={selected}
      onSelect={onSelect}
      defaultMonth={defaultMonth}
      today={today}
      weekStartsOn={weekStartsOn}
      dir={dir}
      lang={locale}
      className={unstyled ? undefined : 'tk-calendar'}
      data-slot="ticket-filters-calendar"
      classNames={classNames}
      formatters={{
        formatCaption: (month) => intl.caption.format(month),
        formatWeekdayName: (day) => intl.weekday.format(day),
        formatDay: (day) => intl.dayNumber.format(day.getDate()),
      }}
      labels={{
        labelDayButton: (day, modifiers) => `${intl.full.format(day)}${modifiers.selected ? ` (${m.dateSelected})` : ''}`,
        labelWeekday: (day) => intl.weekdayLong.format(day),
        labelGrid: (month) => intl.caption.format(month),
        labelNext: () => m.nextMonth,
        labelPrevious: () => m.previousMonth,
        labelNav: () => m.calendarNav,
      }}
    />
  );
}
