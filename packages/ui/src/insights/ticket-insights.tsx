import { dayIn, encodeQuery, type TicketQuery } from '@ticketkit/core';
import { useTicketModel, useTicketsContext } from '@ticketkit/react';
import { useCallback, useState, type ReactNode } from 'react';
import { lazyPart } from '../lib/lazy';
import { LazyBoundary } from '../lib/lazy-boundary';
import { useSlots, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import type { TicketInsightsPart } from './parts';

/** The insights' code, in its own chunk: a host's list never loads it, and the page that shows them loads it once. */
export const insightsPart = lazyPart('the insights', () => import('./insights-view').then((module) => module.InsightsView));

/** Props of `TicketInsights`. */
export interface TicketInsightsProps extends StyleProps<TicketInsightsPart> {
  /**
   * The address of the ticket list showing a query: every figure and group links to exactly its tickets. Default:
   * this page with the query in its URL (`?topic=login+code&from=…`), as `TicketsPanel` reads it.
   */
  listHref?: (query: Partial<TicketQuery>) => string;
  /** The periods offered, in days, ending today. Default 7, 30 and 90. */
  presets?: readonly number[];
  /** The period shown first, in days. Default 30. */
  defaultDays?: number;
  /** The last day of every period, `YYYY-MM-DD`. Default: today in the provider's time zone. */
  today?: string;
  /** Strings to override. */
  messages?: MessagesOverride;
}

const DEFAULT_PRESETS = [7, 30, 90] as const;

/**
 * What the tickets say: headline figures, tickets per day, recurring issues and the questions each assistant handed
 * over, each opening the list of exactly its tickets. Reads `adapter.getInsights`; says so when the backend has none.
 * Its code loads on first render (the list's first screen does not carry it).
 */
export function TicketInsights({ listHref, presets = DEFAULT_PRESETS, defaultDays = 30, today, messages: override, ...style }: TicketInsightsProps): ReactNode {
  const { adapter, timeZone } = useTicketsContext();
  const model = useTicketModel();
  const messages = useMessages(override);
  const slot = useSlots<TicketInsightsPart>('ticket-insights', style);
  const defaultHref = useCallback((query: Partial<TicketQuery>) => `?${encodeQuery(query, { model }).toString()}`, [model]);
  // Today as the component first rendered: the periods do not move while it stays on screen.
  const [shownToday] = useState(() => today ?? dayIn(Date.now(), timeZone));
  const text = messages.insights;
  if (typeof adapter.getInsights !== 'function') {
    return (
      <section {...slot('root', { state: 'unsupported' })} aria-label={text.title}>
        <p {...slot('state', { state: 'unsupported' })}>{text.unsupported}</p>
      </section>
    );
  }
  const loading = (
    <section {...slot('root', { state: 'loading' })} aria-label={text.title}>
      <div {...slot('state', { state: 'loading' })} role="status">
        {text.loading}
      </div>
    </section>
  );
  return (
    <LazyBoundary
      fallback={loading}
      failed={(retry) => (
        <section {...slot('root', { state: 'error' })} aria-label={text.title}>
          <div {...slot('state', { state: 'error' })} role="alert">
            <p>{text.loadErrorTitle}</p>
            <button type="button" className={style.unstyled ? undefined : 'tk-button'} onClick={retry}>
              {messages.common.retry}
            </button>
          </div>
        </section>
      )}
      onRetry={insightsPart.retry}
    >
      <insightsPart.Component
        messages={messages}
        slot={slot}
        unstyled={style.unstyled ?? false}
        listHref={listHref ?? defaultHref}
        presets={presets}
        defaultDays={defaultDays}
        today={today ?? shownToday}
      />
    </LazyBoundary>
  );
}
