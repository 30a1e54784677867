import { addDays, insightsToCsv, type InsightFigures, type TicketInsights, type TicketQuery } from '@ticketkit/core';
import { useInsights } from '@ticketkit/react';
import { useId, useState, type ReactNode } from 'react';
import { errorText } from '../lib/errors';
import { useFormat, type Formatter } from '../lib/format';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { formatDuration } from './format-duration';
import { DownloadButton } from './download-button';
import { InsightGroups } from './insight-groups';
import type { TicketInsightsPart } from './parts';
import { PerDayChart } from './per-day-chart';

/** What the lazily loaded view gets from `TicketInsights`. */
export interface InsightsViewProps {
  messages: TicketsUIMessages;
  slot: SlotFn<TicketInsightsPart>;
  unstyled: boolean;
  listHref: (query: Partial<TicketQuery>) => string;
  presets: readonly number[];
  defaultDays: number;
  today: string;
}

/** `TicketInsights` once its code is there: the range and assistant pickers, and what the adapter answers. */
export function InsightsView({ messages, slot, unstyled, listHref, presets, defaultDays, today }: InsightsViewProps): ReactNode {
  const text = messages.insights;
  const format = useFormat();
  const [days, setDays] = useState(defaultDays);
  const [assistantId, setAssistantId] = useState<string>('');
  const range = { createdFrom: addDays(today, -(days - 1)), createdTo: today };
  const all = useInsights(range);
  const selected = useInsights({ ...range, assistantId: assistantId || null });
  const current = assistantId ? selected : all;
  const ids = { title: useId(), period: useId(), assistant: useId() };
  const buttonClass = unstyled ? undefined : 'tk-button';
  const selectClass = unstyled ? undefined : 'tk-input';
  const view = current.isPending ? 'loading' : current.isError ? 'error' : current.data.overall.raised === 0 ? 'empty' : 'ready';

  return (
    <section {...slot('root', { state: view })} aria-labelledby={ids.title}>
      <div {...slot('header')}>
        <h2 {...slot('title')} id={ids.title}>
          {text.title}
        </h2>
        <div {...slot('controls')}>
          <label htmlFor={ids.period}>{text.rangeLabel}</label>
          <select id={ids.period} className={selectClass} value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {presets.map((preset) => (
              <option key={preset} value={preset}>
                {text.lastDays(preset)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.assistant}>{text.assistantLabel}</label>
          <select id={ids.assistant} className={selectClass} value={assistantId} onChange={(event) => setAssistantId(event.target.value)}>
            <option value="">{text.allAssistants}</option>
            {(all.data?.assistants ?? []).map((entry) => (
              <option key={entry.assistant.id} value={entry.assistant.id}>
                {entry.assistant.name}
              </option>
            ))}
          </select>
          {current.data && (
            <DownloadButton className={buttonClass} fileName={`insights-${range.createdFrom}-${range.createdTo}.csv`} content={() => [insightsToCsv(current.data)]}>
              {text.exportInsights}
            </DownloadButton>
          )}
        </div>
      </div>
      <p>{text.rangeSummary(format.dayRange(range.createdFrom, range.createdTo))}</p>
      {view === 'loading' && (
        <div {...slot('state', { state: 'loading' })} role="status">
          {text.loading}
        </div>
      )}
      {view === 'error' && (
        <div {...slot('state', { state: 'error' })} role="alert">
          <p>{text.loadErrorTitle}</p>
          <p>{errorText(current.error, messages.common)}</p>
          <button type="button" className={buttonClass} onClick={() => void current.refetch()}>
            {messages.common.retry}
          </button>
        </div>
      )}
      {view === 'empty' && <p {...slot('state', { state: 'empty' })}>{text.empty}</p>}
      {view === 'ready' && current.data && <InsightsContent insights={current.data} messages={messages} slot={slot} format={format} listHref={listHref} buttonClass={buttonClass} />}
    </section>
  );
}

interface ContentProps {
  insights: TicketInsights;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketInsightsPart>;
  format: Formatter;
  listHref: (query: Partial<TicketQuery>) => string;
  buttonClass: string | undefined;
}

function InsightsContent({ insights, messages, slot, format, listHref, buttonClass }: ContentProps): ReactNode {
  const text = messages.insights;
  const ids = { recurring: useId(), handoff: useId() };
  return (
    <>
      <Figures figures={insights.overall} query={insights.query} text={text} slot={slot} format={format} listHref={listHref} />
      <PerDayChart
        perDay={insights.overall.perDay}
        dayHref={(day) => listHref({ ...insights.query, createdFrom: day, createdTo: day })}
        text={text}
        format={format}
        slot={slot}
        buttonClass={buttonClass}
      />
      <section {...slot('section')} aria-labelledby={ids.recurring}>
        <h3 id={ids.recurring}>{text.recurringTitle}</h3>
        <p>{text.recurringHint}</p>
        <InsightGroups groups={insights.recurringIssues} href={(group) => listHref(group.query)} text={text} format={format} slot={slot} />
      </section>
      <section {...slot('section')} aria-labelledby={ids.handoff}>
        <h3 id={ids.handoff}>{text.handoffTitle}</h3>
        <p>{text.handoffHint}</p>
        {insights.assistants
          .filter((entry) => entry.figures.raised > 0)
          .map((entry) => (
            <section key={entry.assistant.id} aria-label={entry.assistant.name}>
              <h4>
                <a href={listHref(entry.query)}>{text.assistantHeading(entry.assistant.name, format.number(entry.figures.raised), entry.figures.raised)}</a>
              </h4>
              <InsightGroups groups={entry.handoffQuestions} href={(group) => listHref(group.query)} text={text} format={format} slot={slot} />
            </section>
          ))}
      </section>
    </>
  );
}

interface FiguresProps {
  figures: InsightFigures;
  query: Partial<TicketQuery>;
  text: TicketsUIMessages['insights'];
  slot: SlotFn<TicketInsightsPart>;
  format: Formatter;
  listHref: (query: Partial<TicketQuery>) => string;
}

/** The headline figures; a count that is a list (raised, unsolved) links to it. */
function Figures({ figures, query, text, slot, format, listHref }: FiguresProps): ReactNode {
  const duration = (ms: number | null) => (ms === null ? text.noValue : formatDuration(ms, format.locale));
  const items: { label: string; value: string; href?: string }[] = [
    { label: text.raised, value: format.number(figures.raised), href: listHref(query) },
    { label: text.unsolved, value: format.number(figures.unsolved), href: listHref({ ...query, status: 'unsolved' }) },
    { label: text.medianFirstReply, value: duration(figures.medianFirstReplyMs) },
    { label: text.medianTimeToClose, value: duration(figures.medianTimeToCloseMs) },
    { label: text.reopened, value: format.number(figures.reopened) },
  ];
  return (
    <ul {...slot('figures')}>
      {items.map((item) => {
        const content = (
          <>
            <span {...slot('figure-value')}>{item.value}</span>
            <span {...slot('figure-label')}>{item.label}</span>
          </>
        );
        // A count that is a list opens it: the whole figure is the link, named by its value and label.
        return (
          <li key={item.label} {...slot('figure')}>
            {item.href ? <a href={item.href}>{content}</a> : content}
          </li>
        );
      })}
    </ul>
  );
}
