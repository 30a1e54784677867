import type { AssigneeFilter, TicketQuery } from '@ticketkit/core';
import { useTicketCount, type TicketListResult } from '@ticketkit/react';
import type { ReactNode } from 'react';
import { useFormat } from '../lib/format';
import { useSlots, type SlotFn, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { WithListState, type ListStateProps } from '../state/list-state';
import type { TicketFiltersPart } from './parts';

/** The quick views: the queue's one-click starting points. */
export type QuickViewId = 'unsolved' | 'mine' | 'unassigned';

/** What each quick view filters on: every unsolved ticket, the viewer's, and nobody's. */
export const QUICK_VIEWS: Readonly<Record<QuickViewId, Pick<TicketQuery, 'status' | 'assignee'>>> = {
  unsolved: { status: 'unsolved', assignee: null },
  mine: { status: 'unsolved', assignee: 'me' },
  unassigned: { status: 'unsolved', assignee: 'unassigned' },
};

/** Props of `QuickViews`. */
export interface QuickViewsProps extends StyleProps<TicketFiltersPart>, ListStateProps {
  /** Overrides of the strings, merged over the provider's. */
  messages?: MessagesOverride;
}

/** The view a query is on, when it is exactly one of the quick views (other filters clear). */
export function currentQuickView(query: TicketQuery): QuickViewId | null {
  const bare = query.search === '' && query.priorities.length === 0 && query.createdFrom === null && query.createdTo === null && Object.keys(query.fields).length === 0;
  if (!bare) return null;
  for (const [id, view] of Object.entries(QUICK_VIEWS) as [QuickViewId, (typeof QUICK_VIEWS)[QuickViewId]][]) {
    if (query.status === view.status && query.assignee === view.assignee) return id;
  }
  return null;
}

function QuickView(props: {
  id: QuickViewId;
  assignee: AssigneeFilter | null;
  pressed: boolean;
  onPick: () => void;
  label: string;
  formatNumber: (value: number) => string;
  slot: SlotFn<TicketFiltersPart>;
}): ReactNode {
  const { id, assignee, pressed, onPick, label, formatNumber, slot } = props;
  const count = useTicketCount({ status: 'unsolved', assignee });
  return (
    <button
      type="button"
      {...slot('quick-view', { state: pressed ? 'on' : 'off' })}
      data-view={id}
      aria-pressed={pressed}
      onClick={onPick}
    >
      {/* Named by what it shows, "Mine 4": the count is part of the name, as it is of the text. */}
      <span>{label}</span>{' '}
      <span {...slot('quick-view-count', { state: count === undefined ? 'loading' : 'known' })} aria-hidden={count === undefined ? true : undefined}>
        {count === undefined ? '…' : formatNumber(count)}
      </span>
    </button>
  );
}

function QuickViewsView(props: QuickViewsProps & { state: TicketListResult }): ReactNode {
  const { state } = props;
  const messages = useMessages(props.messages);
  const format = useFormat();
  const slot = useSlots<TicketFiltersPart>('ticket-filters', { classNames: props.classNames, unstyled: props.unstyled });
  const current = currentQuickView(state.query);
  const pick = (id: QuickViewId) => {
    state.setSearch('');
    state.setQuery({ ...QUICK_VIEWS[id], search: '', priorities: [], createdFrom: null, createdTo: null, fields: {} });
  };
  return (
    <div {...slot('quick-views', { className: props.className })} role="group" aria-label={messages.queue.quickViewsLabel}>
      {(Object.keys(QUICK_VIEWS) as QuickViewId[]).map((id) => (
        <QuickView
          key={id}
          id={id}
          assignee={QUICK_VIEWS[id].assignee}
          pressed={current === id}
          onPick={() => pick(id)}
          label={messages.queue.quickViews[id]}
          formatNumber={format.number}
          slot={slot}
        />
      ))}
    </div>
  );
}

/**
 * The queue's quick views — Unsolved, Mine, Unassigned — as toggle buttons with how many tickets each holds (one
 * one-ticket page per view, refreshed with the list). Picking one replaces the filters with its own.
 */
export function QuickViews(props: QuickViewsProps): ReactNode {
  return <WithListState state={props.state} render={(state) => <QuickViewsView {...props} state={state} />} />;
}
