import type { Ticket } from '@ticketkit/core';
import { useOpenTicket, useSelectedTicket, useTicketModel, type BulkSelection, type TicketListResult } from '@ticketkit/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { fieldName } from '../lib/errors';
import { useFormat } from '../lib/format';
import { useSlots, type SlotFn, type StyleProps } from '../lib/slots';
import { useClientLayoutEffect } from '../lib/use-client-layout-effect';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { VisuallyHidden } from '../parts/visually-hidden';
import { activeFilters } from '../state/filters';
import { useListActions } from '../state/list-actions';
import { WithListState, type ListStateProps } from '../state/list-state';
import { REFETCH_BUSY_DELAY_MS, useDelayedFlag } from '../state/use-delayed-flag';
import { modelText } from '../lib/model-text';
import { resolveColumns, type TicketCellContext, type TicketColumn, type TicketColumnSpec } from './columns';
import { SortHeader } from './sort-header';
import { ListStateRow, LoadErrorNotice, SkeletonRows } from './list-states';
import { TicketRow } from './ticket-row';

/** Parts of `TicketList`, the keys of `classNames` (each is `data-slot="ticket-list-<part>"`). */
export type TicketListPart =
  | 'root'
  | 'table'
  | 'head'
  | 'header-row'
  | 'header-cell'
  | 'sort-button'
  | 'sort-icon'
  | 'body'
  | 'row'
  | 'cell'
  | 'skeleton-row'
  | 'skeleton'
  | 'state'
  | 'state-title'
  | 'state-body'
  | 'state-action'
  | 'notice'
  | 'checkbox';

/** How much room a row takes: `comfortable` (default) or `compact`. The split layout's narrow pane is always compact. */
export type TicketListDensity = 'comfortable' | 'compact';

/** What the list shows as a whole: `data-state` of its root. */
export type TicketListViewState = 'loading' | 'error' | 'empty' | 'no-matches' | 'fetching' | 'ready';

/** Props of `TicketList`. */
export interface TicketListProps extends StyleProps<TicketListPart>, ListStateProps {
  /**
   * Columns to show, in order: built-in IDs, custom fields of the model (`'fields.orderId'`) and/or columns of your
   * own (`TicketColumn<TicketFieldsOf<typeof model>>` reads the fields typed). Default: every built-in column.
   */
  columns?: readonly TicketColumnSpec[];
  /** The open ticket. Default: the shared selection of `useSelectedTicket()`. */
  selectedTicketId?: string | null;
  /** Called when a row is opened (click, Enter or Space). Default: selects it in the shared selection. */
  onSelectTicket?: (ticket: Ticket) => void;
  /** Row height: `comfortable` (default) or `compact`. */
  density?: TicketListDensity;
  /**
   * Rows to select for a bulk change (from `useBulkSelection`): adds a checkbox column (Shift-click for a range, the
   * header's box for the page). Default: no checkboxes.
   */
  selection?: BulkSelection;
  /** Overrides of the strings, merged over the provider's. */
  messages?: MessagesOverride;
}

/**
 * Which view of the list to show, from its state. A failed load with tickets still on screen (a refresh that failed)
 * keeps them: the list shows them with a notice of the failure, rather than trading a page the agent was reading for
 * an error.
 */
export function listViewState(state: Pick<TicketListResult, 'isLoading' | 'isFetching' | 'loadError' | 'tickets' | 'query'>): TicketListViewState {
  if (state.loadError && state.tickets.length === 0) return 'error';
  if (state.isLoading) return 'loading';
  if (state.tickets.length === 0) return activeFilters(state.query).count > 0 ? 'no-matches' : 'empty';
  return state.isFetching ? 'fetching' : 'ready';
}

const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

function TicketListView(props: TicketListProps & { state: TicketListResult }): ReactNode {
  const { state, columns: columnsProp, unstyled = false } = props;
  const messages = useMessages(props.messages);
  const format = useFormat();
  const [sharedSelection] = useSelectedTicket();
  const openTicket = useOpenTicket();
  const selectedId = props.selectedTicketId !== undefined ? props.selectedTicketId : sharedSelection;
  const slot = useSlots<TicketListPart>('ticket-list', props);
  const model = useTicketModel();
  const columns = useMemo(() => resolveColumns(columnsProp, model), [columnsProp, model]);
  // Highlight with the search the rows on screen were found by. While a new search loads, the previous results stay
  // (placeholder data): marking them with the new words would be wrong, and would re-render and re-lay out all 25 rows
  // for one frame just before the results replace them.
  const [search, setSearch] = useState(state.query.search);
  if (!state.isPlaceholderData && !state.isLoading && search !== state.query.search) setSearch(state.query.search);
  const words = useMemo(() => modelText(model, messages), [model, messages]);
  const now = useMinuteClock();
  const { snippets } = state;
  const context = useMemo<TicketCellContext>(
    () => ({ search, format, messages, unstyled, words, now, snippets }),
    [search, format, messages, unstyled, words, now, snippets],
  );
  const { selection } = props;
  const onCheck = useCallback(
    (ticket: Ticket, range: boolean) => selection?.toggle(ticket, { range, page: state.tickets }),
    [selection, state.tickets],
  );

  // Keep the row callbacks stable so memoised rows do not re-render on every list render. The ref is set in a layout
  // effect, not a passive one: passive effects may run after the paint, and a click landing before them opened the
  // ticket through the host's previous `onSelectTicket`.
  const onSelect = useRef(props.onSelectTicket);
  useClientLayoutEffect(() => {
    onSelect.current = props.onSelectTicket;
  });
  const open = useCallback((ticket: Ticket) => (onSelect.current ? onSelect.current(ticket) : void openTicket(ticket.id)), [openTicket]);
  // The list state's setters are new on every change (and keystroke); a stable one lets the sort headers skip those.
  const { setSort } = useListActions(state);

  const { tickets } = state;
  // The row in the tab order, by ticket: after a sort or a refresh it is still the ticket the person was on.
  const [activeId, setActiveId] = useState<string | null>(null);
  const found = tickets.findIndex((ticket) => ticket.id === activeId);
  const activeIndex = found >= 0 ? found : 0;
  const activate = useCallback((ticketId: string) => setActiveId(ticketId), []);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const focusRow = (index: number) => {
    const rows = bodyRef.current?.querySelectorAll<HTMLTableRowElement>('tr[data-index]');
    if (!rows || rows.length === 0) return;
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))];
    target?.focus();
  };
  // A row moved by a new order is taken out of the document and put back, which drops its focus: give it back.
  const focusedId = useRef<string | null>(null);
  useClientLayoutEffect(() => {
    const id = focusedId.current;
    const body = bodyRef.current;
    if (!id || !body || body.contains(document.activeElement)) return;
    if (document.activeElement !== document.body && document.activeElement !== null) return; // it went elsewhere on purpose
    const rows = body.querySelectorAll<HTMLTableRowElement>('tr[data-ticket-id]');
    // Its ticket left the page (a sort brought others): the table keeps focus, rather than the page's body.
    const target = Array.from(rows).find((row) => row.dataset.ticketId === id) ?? body.closest('table');
    target?.focus({ preventScroll: true });
  }, [tickets]);
  const onBodyKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (!NAVIGATION_KEYS.has(event.key) || !(event.target instanceof HTMLTableRowElement)) return;
    event.preventDefault();
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key as string] ?? 0;
    const last = tickets.length - 1;
    focusRow(event.key === 'Home' ? 0 : event.key === 'End' ? last : activeIndex + step);
  };

  // A refetch shows as busy (the bar, aria-busy) only once it has taken a moment; until then the rows stay as they are.
  const stateView = listViewState(state);
  const slowRefetch = useDelayedFlag(stateView === 'fetching', REFETCH_BUSY_DELAY_MS);
  const view = stateView === 'fetching' && !slowRefetch ? 'ready' : stateView;
  const headerLabel = (column: TicketColumn) => (typeof column.header === 'function' ? column.header(messages) : column.header);
  const busy = view === 'loading' || view === 'fetching';

  return (
    <div {...slot('root', { state: view })} data-density={props.density ?? 'comfortable'}>
      <VisuallyHidden role="status">{view === 'loading' ? messages.list.loading : ''}</VisuallyHidden>
      {state.error && (
        // A hand-edited link (`?page=abc`) or a refused change: say which field, rather than silently show defaults.
        <p {...slot('notice', { state: 'invalid-query' })} role="alert">
          {messages.list.invalidQuery(fieldName(state.error.field, messages.common, model))}
        </p>
      )}
      {state.loadError && view !== 'error' && <LoadErrorNotice state={state} messages={messages} slot={slot} />}
      {state.rejected.length > 0 && (
        <p {...slot('notice')}>{messages.list.rejected(state.rejected.length, format.number(state.rejected.length))}</p>
      )}
      {/* Focusable from script only: where focus goes when the control pressed leaves (clearing the filters, closing
          a drawer whose row left the page). */}
      <table {...slot('table')} aria-label={messages.list.label} aria-busy={busy || undefined} tabIndex={-1}>
        <thead {...slot('head')}>
          <tr {...slot('header-row')}>
            {selection && (
              <th {...slot('header-cell')} data-column="select" scope="col">
                <PageCheckbox tickets={tickets} selection={selection} label={messages.list.selectPage} slot={slot} />
              </th>
            )}
            {columns.map((column) =>
              column.sortField ? (
                <SortHeader
                  key={column.id}
                  columnId={column.id}
                  label={headerLabel(column)}
                  field={column.sortField}
                  query={state.query}
                  slot={slot}
                  onSort={setSort}
                />
              ) : (
                <th key={column.id} {...slot('header-cell')} data-column={column.id} scope="col">
                  {headerLabel(column)}
                </th>
              ),
            )}
          </tr>
        </thead>
        {/* The handler only moves focus between rows, which are the focusable elements. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <tbody
          {...slot('body')}
          ref={bodyRef}
          onKeyDown={onBodyKeyDown}
          onFocus={(event) => (focusedId.current = event.target.dataset.ticketId ?? null)}
          onBlur={(event) => {
            if (bodyRef.current?.contains(event.relatedTarget)) return;
            // Not at once: a row being moved may blur in the very commit whose layout effect gives focus back.
            const left = event.target.dataset.ticketId;
            setTimeout(() => {
              if (focusedId.current === left && !bodyRef.current?.contains(document.activeElement)) focusedId.current = null;
            }, 0);
          }}
        >
          {view === 'loading' && <SkeletonRows count={state.query.pageSize} columns={columns} slot={slot} />}
          {(view === 'error' || view === 'empty' || view === 'no-matches') && (
            <ListStateRow view={view} state={state} columnCount={columns.length + (selection ? 1 : 0)} messages={messages} slot={slot} />
          )}
          {(view === 'ready' || view === 'fetching') &&
            tickets.map((ticket, index) => (
              // Keyed by ticket: a row stays its ticket's (focus, hover, a screen reader's place) when the order changes.
              <TicketRow
                key={ticket.id}
                ticket={ticket}
                index={index}
                columns={columns}
                selected={ticket.id === selectedId}
                active={index === activeIndex}
                context={context}
                slot={slot}
                onOpen={open}
                onActivate={activate}
                checked={selection ? selection.allMatching || selection.isSelected(ticket.id) : undefined}
                onCheck={selection ? onCheck : undefined}
              />
            ))}
        </tbody>
      </table>
    </div>
  );
}

/** The time now, moved on once a minute: the waits shown grow while the list is open. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The header's box: every ticket of the page on or off; mixed when some are selected. */
function PageCheckbox(props: { tickets: Ticket[]; selection: BulkSelection; label: string; slot: SlotFn<TicketListPart> }): ReactNode {
  const { tickets, selection, label, slot } = props;
  const count = selection.allMatching ? tickets.length : tickets.filter((ticket) => selection.isSelected(ticket.id)).length;
  const all = tickets.length > 0 && count === tickets.length;
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      {...slot('checkbox')}
      aria-label={label}
      checked={all}
      disabled={tickets.length === 0}
      onChange={() => selection.setPage(tickets, !all)}
    />
  );
}

/**
 * The tickets of the current page as a table: sortable headers with `aria-sort`, rows that open a ticket on click,
 * Enter or Space and are walked with the arrow keys, loading rows that keep the layout, and distinct empty,
 * no-match and error states. Uses the `state` prop, else the nearest `TicketListStateProvider`, else its own.
 */
export function TicketList(props: TicketListProps): ReactNode {
  return <WithListState state={props.state} render={(state) => <TicketListView {...props} state={state} />} />;
}
