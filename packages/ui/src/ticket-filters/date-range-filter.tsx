import { dayIn } from '@ticketkit/core';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import type { DateRange } from 'react-day-picker';
import type { Formatter } from '../lib/format';
import { usePortalTheme } from '../lib/portal-theme';
import { lazyPart, whenIdle } from '../lib/lazy';
import { LazyBoundary } from '../lib/lazy-boundary';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '../parts/dialog';
import { DATE_PRESETS, dayToLocalDate, localDateToDay, presetRange, type DatePreset } from './date-presets';
import type { TicketFiltersPart } from './parts';
import { weekStartFor } from './week-start';

/** The range calendar, in its own chunk: the list's first screen does not need react-day-picker and date-fns. */
const calendarPart = lazyPart('the calendar', () => import('./date-range-calendar').then((module) => module.DateRangeCalendar));

/** Props of the created-date filter. */
export interface DateRangeFilterProps {
  /** The applied range's first day `YYYY-MM-DD`, `null` for an open start. */
  createdFrom: string | null;
  /** The applied range's last day, `null` for an open end. */
  createdTo: string | null;
  setDateRange: (from: string | null, to: string | null) => void;
  messages: TicketsUIMessages;
  format: Formatter;
  slot: SlotFn<TicketFiltersPart>;
  unstyled: boolean;
  /** The clock the presets count from. */
  now: () => number;
}

/**
 * The created-date range filter: a button that opens a modal dialog (the `Dialog` part, on Radix Dialog: the page
 * behind hidden, Escape or a press on the overlay closes, focus returns to the button) with presets and a react-day-picker range calendar
 * whose week starts as the locale's does. Memoised: it re-renders when the range or its other props change, not on
 * every page, sort or keystroke.
 */
export const DateRangeFilter = memo(function DateRangeFilter(props: DateRangeFilterProps): ReactNode {
  const { createdFrom, createdTo, setDateRange, messages, format, slot, unstyled, now } = props;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<DateRange | undefined>(undefined);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const presetsRef = useRef<HTMLDivElement>(null);
  const m = messages.filters;
  // The dialog is portaled to the body: it takes the theme and direction in effect at the button (the calendar's
  // arrow keys follow the direction too).
  const theme = usePortalTheme(triggerRef, open);

  // The calendar's code (react-day-picker, date-fns) is a separate chunk: fetch it once the filters are up and the
  // browser is idle, or sooner when the pointer or focus reaches the button, so the dialog opens with it in place.
  useEffect(() => whenIdle(calendarPart.preload), []);

  const onOpenChange = (next: boolean) => {
    if (next) {
      setDraft(createdFrom || createdTo ? { from: createdFrom ? dayToLocalDate(createdFrom) : undefined, to: createdTo ? dayToLocalDate(createdTo) : undefined } : undefined);
    }
    setOpen(next);
  };
  const apply = (from: string | null, to: string | null) => {
    if (from !== createdFrom || to !== createdTo) setDateRange(from, to);
  };
  const onSelect = (range: DateRange | undefined) => {
    setDraft(range);
    // A finished range (two different days) applies at once; a single click waits for the second day or Done.
    if (range?.from && range.to && range.from.getTime() !== range.to.getTime()) {
      apply(localDateToDay(range.from), localDateToDay(range.to));
    }
  };
  const onPreset = (preset: DatePreset) => {
    const range = presetRange(preset, now(), format.timeZone);
    apply(range.from, range.to);
    setOpen(false);
  };
  const onDone = () => {
    if (draft?.from) apply(localDateToDay(draft.from), localDateToDay(draft.to ?? draft.from));
    setOpen(false);
  };
  const onClear = () => {
    setDraft(undefined);
    apply(null, null);
    setOpen(false);
  };

  const hasRange = createdFrom !== null || createdTo !== null;
  // "Today" is the viewer's today in the provider's time zone, not the browser's.
  const today = dayToLocalDate(dayIn(now(), format.timeZone));
  const triggerText = hasRange ? format.dayRange(createdFrom, createdTo) : m.dateAny;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger
        ref={triggerRef}
        {...slot('date-trigger', { defaults: 'tk-button' })}
        data-value={hasRange ? 'range' : 'any'}
        onPointerEnter={calendarPart.preload}
        onFocus={calendarPart.preload}
      >
        <span {...slot('date-label')}>{m.dateLabel}</span> {triggerText}
        <span aria-hidden="true">▾</span>
      </DialogTrigger>
      <DialogContent {...theme} {...slot('date-dialog', { defaults: 'tk-popover' })} overlayProps={slot('date-overlay')}>
        <DialogTitle {...slot('date-title')}>{m.dateDialogTitle}</DialogTitle>
        <DialogDescription {...slot('date-description')}>{m.dateDialogDescription}</DialogDescription>
        <div {...slot('date-presets')} role="group" aria-label={m.presetsLabel} ref={presetsRef}>
          {DATE_PRESETS.map((preset) => (
            <button key={preset} type="button" {...slot('date-preset', { defaults: 'tk-button' })} data-preset={preset} onClick={() => onPreset(preset)}>
              {m.presets[preset]}
            </button>
          ))}
        </div>
        <LazyBoundary
          fallback={
            <div data-slot="ticket-filters-calendar" data-state="loading" className={unstyled ? undefined : 'tk-calendar'} role="status">
              {messages.common.loading}
            </div>
          }
          failed={(retry) => (
            <div data-slot="ticket-filters-calendar" data-state="error" className={unstyled ? undefined : 'tk-calendar'} role="alert">
              <p>{m.calendarLoadFailed}</p>
              <button
                type="button"
                className={unstyled ? undefined : 'tk-button'}
                onClick={() => {
                  // The button goes away with this alert: put focus where the dialog opened with, not on the page.
                  presetsRef.current?.querySelector('button')?.focus();
                  retry();
                }}
              >
                {messages.common.retry}
              </button>
            </div>
          )}
          onRetry={calendarPart.retry}
        >
          <calendarPart.Component
            selected={draft}
            onSelect={onSelect}
            defaultMonth={draft?.from ?? today}
            today={today}
            weekStartsOn={weekStartFor(format.locale)}
            dir={theme.dir}
            locale={format.locale}
            messages={messages}
            unstyled={unstyled}
          />
        </LazyBoundary>
        <div {...slot('date-actions')}>
          <button type="button" {...slot('date-clear', { defaults: 'tk-button' })} onClick={onClear} disabled={!hasRange && !draft}>
            {m.dateClear}
          </button>
          <button type="button" {...slot('date-done', { defaults: 'tk-button' })} data-variant="primary" onClick={onDone}>
            {m.dateDone}
          </button>
        </div>
      </DialogContent>
    </Dialog>
  );
});
