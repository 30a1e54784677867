import type { TicketListResult } from '@ticketkit/react';
import type { ReactNode } from 'react';
import { errorText } from '../lib/errors';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { clearFilters } from '../state/filters';
import type { TicketColumn } from './columns';
import type { TicketListPart } from './ticket-list';

/** Placeholder rows while the first page loads, as many as a page holds, so nothing jumps when data arrives. */
export function SkeletonRows({ count, columns, slot }: { count: number; columns: TicketColumn[]; slot: SlotFn<TicketListPart> }): ReactNode {
  return Array.from({ length: count }, (_, row) => (
    <tr key={row} {...slot('skeleton-row')} aria-hidden="true">
      {columns.map((column) => (
        <td key={column.id} {...slot('cell')} data-column={column.id}>
          <span {...slot('skeleton', { defaults: 'tk-skeleton' })} />
        </td>
      ))}
    </tr>
  ));
}

/** The one row shown instead of tickets: nothing yet, nothing matching (with a way out), or an error with retry. */
export function ListStateRow(props: {
  view: 'error' | 'empty' | 'no-matches';
  state: TicketListResult;
  columnCount: number;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketListPart>;
}): ReactNode {
  const { view, state, columnCount, messages, slot } = props;
  const text = {
    error: { title: messages.list.errorTitle, body: errorText(state.loadError, messages.common) },
    empty: { title: messages.list.emptyTitle, body: messages.list.emptyBody },
    'no-matches': { title: messages.list.noMatchesTitle, body: messages.list.noMatchesBody },
  }[view];
  return (
    <tr>
      <td colSpan={columnCount} {...slot('state', { state: view })}>
        <div role={view === 'error' ? 'alert' : undefined}>
          <p {...slot('state-title')}>{text.title}</p>
          <p {...slot('state-body')}>{text.body}</p>
        </div>
        {view === 'error' && (
          <button type="button" {...slot('state-action', { defaults: 'tk-button' })} onClick={() => state.refetch()}>
            {messages.common.retry}
          </button>
        )}
        {view === 'no-matches' && (
          <button
            type="button"
            {...slot('state-action', { defaults: 'tk-button' })}
            onClick={(event) => {
              // The button leaves with the no-match row: the table keeps focus while the cleared list loads.
              event.currentTarget.closest('table')?.focus();
              clearFilters(state);
            }}
          >
            {messages.list.clearFilters}
          </button>
        )}
      </td>
    </tr>
  );
}

/** A refresh failed while a page is on screen: the page stays (it is what was last known), told apart, with a retry. */
export function LoadErrorNotice(props: { state: TicketListResult; messages: TicketsUIMessages; slot: SlotFn<TicketListPart> }): ReactNode {
  const { state, messages, slot } = props;
  return (
    <div {...slot('notice', { state: 'load-error' })}>
      <div role="alert">
        <p {...slot('state-title')}>{messages.list.errorTitle}</p>
        <p {...slot('state-body')}>{errorText(state.loadError, messages.common)}</p>
      </div>
      <button type="button" {...slot('state-action', { defaults: 'tk-button' })} onClick={() => state.refetch()}>
        {messages.common.retry}
      </button>
    </div>
  );
}
