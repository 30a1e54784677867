import type { DailyCount } from '@ticketkit/core';
import { useId, useState, type ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import type { SlotFn } from '../lib/slots';
import type { TicketInsightsMessages } from '../messages/insights';
import type { TicketInsightsPart } from './parts';

/** Props of `PerDayChart`. */
export interface PerDayChartProps {
  perDay: readonly DailyCount[];
  /** The list of one day's tickets. */
  dayHref: (day: string) => string;
  text: TicketInsightsMessages;
  format: Formatter;
  slot: SlotFn<TicketInsightsPart>;
  buttonClass: string | undefined;
}

const BAR = 10;
const HEIGHT = 100;

/**
 * Tickets per day as plain SVG bars (an image with a one-sentence text alternative), and the same figures as a table
 * whose days open the list, one button away: the table is what screen readers and keyboards use.
 */
export function PerDayChart({ perDay, dayHref, text, format, slot, buttonClass }: PerDayChartProps): ReactNode {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const peak = perDay.reduce((best, day) => (day.count > best.count ? day : best), perDay[0] ?? { day: '', count: 0 });
  const total = perDay.reduce((sum, day) => sum + day.count, 0);
  const max = Math.max(1, peak.count);
  const summary = text.perDaySummary(format.number(total), peak.day ? format.day(peak.day) : text.noValue, format.number(peak.count));
  return (
    <section {...slot('section')} aria-labelledby={titleId}>
      <h3 id={titleId}>{text.perDayTitle}</h3>
      <button type="button" className={buttonClass} aria-pressed={asTable} onClick={() => setAsTable((value) => !value)}>
        {asTable ? text.showChart : text.showTable}
      </button>
      {asTable ? (
        <table {...slot('chart-table')}>
          <caption>{summary}</caption>
          <thead>
            <tr>
              <th scope="col">{text.dayColumn}</th>
              <th scope="col">{text.countColumn}</th>
            </tr>
          </thead>
          <tbody>
            {perDay.map((day) => (
              <tr key={day.day}>
                <th scope="row">
                  <a href={dayHref(day.day)}>{format.day(day.day)}</a>
                </th>
                <td>{format.number(day.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <svg {...slot('chart')} role="img" aria-label={summary} viewBox={`0 0 ${Math.max(1, perDay.length) * BAR} ${HEIGHT}`} preserveAspectRatio="none">
          {perDay.map((day, index) => {
            const height = (day.count / max) * (HEIGHT - 2);
            return <rect key={day.day} x={index * BAR + 1} y={HEIGHT - height} width={BAR - 2} height={height} data-peak={day === peak ? 'true' : undefined} />;
          })}
        </svg>
      )}
    </section>
  );
}
