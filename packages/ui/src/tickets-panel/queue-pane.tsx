import type { SavedView, Ticket } from '@ticketkit/core';
import { useBulkSelection, useQueueShortcuts, type QueueShortcutAction, type QueueShortcutKeys } from '@ticketkit/react';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useDetailCommandsBox } from '../lib/detail-commands';
import { useFormat } from '../lib/format';
import { LazyBoundary } from '../lib/lazy-boundary';
import type { SlotFn } from '../lib/slots';
import type { MessagesOverride, TicketsUIMessages } from '../messages/messages';
import { Pagination } from '../pagination/pagination';
import { useListStateContext } from '../state/list-state';
import { useListActions } from '../state/list-actions';
import { QuickViews } from '../ticket-filters/quick-views';
import { TicketFilters } from '../ticket-filters/ticket-filters';
import { DEFAULT_TICKET_COLUMNS, type TicketColumnSpec } from '../ticket-list/columns';
import { TicketList, type TicketListDensity } from '../ticket-list/ticket-list';
import { availableColumns, columnId, visibleColumns, type ListDisplay } from './display';
import { bulkBar, shortcutsDialog } from './lazy-queue';
import { DisplayMenu, SavedViewsMenu, SortMenu } from './queue-bar';
import type { TicketsPanelPart } from './tickets-panel';

/** Props of the list side of the panel. */
export interface QueuePaneProps {
  columns: readonly TicketColumnSpec[] | undefined;
  density: TicketListDensity;
  bulkActions: boolean;
  /** The shortcuts' keys in effect (resolved by the panel), `null` when they are off. */
  keys: QueueShortcutKeys | null;
  pageSizeOptions: readonly number[];
  selected: string | null;
  open: (ticket: Ticket) => void;
  messages: TicketsUIMessages;
  overrides: MessagesOverride | undefined;
  slot: SlotFn<TicketsPanelPart>;
  unstyled: boolean;
  /** The host's controls at the end of the toolbar. */
  toolbarActions?: ReactNode;
}

const rowsOf = (root: Element | null) => [...(root?.querySelectorAll<HTMLElement>('tr[data-ticket-id]') ?? [])];

/**
 * The queue: quick views, filters, sort, display and saved views, the bulk bar, the list and its pages, and the
 * keyboard shortcuts over them (`j`/`k` also walk the tickets while one is open, `r` and `e` reply to and close it).
 */
export function QueuePane(props: QueuePaneProps): ReactNode {
  const { messages, overrides, slot, unstyled, selected, open } = props;
  const state = useListStateContext()!;
  const actions = useListActions(state);
  const format = useFormat();
  const rootRef = useRef<HTMLDivElement>(null);
  const available = useMemo(() => availableColumns(props.columns), [props.columns]);
  const [display, setDisplay] = useState<ListDisplay>(() => ({ columns: (props.columns ?? DEFAULT_TICKET_COLUMNS).map(columnId), density: props.density }));
  const columns = useMemo(() => visibleColumns(available, display.columns), [available, display.columns]);
  // A new filter is a new set of tickets: the selection starts afresh (paging keeps it).
  const { page: _page, pageSize: _size, ...filters } = state.query;
  const selection = useBulkSelection(JSON.stringify(filters));
  const { keys } = props;
  const commands = useDetailCommandsBox();
  const [helpOpen, setHelpOpen] = useState(false);
  // The bulk bar's code comes with the first selection; it then stays, to show the report after the selection clears.
  const [bulkShown, setBulkShown] = useState(false);
  if (!bulkShown && (selection.count > 0 || selection.allMatching)) setBulkShown(true);

  // Built from the setters, which keep their identity, not the whole state (new on every key typed): the saved views
  // menu is memoised and stays as it is while a search is typed.
  const { setSearch, setQuery } = state;
  const applyView = useCallback(
    (view: SavedView) => {
      setSearch(view.query.search);
      setQuery({ ...view.query, page: 1 }, { resetPage: true });
      const known = new Set(available.map(columnId));
      setDisplay((current) => ({
        columns: view.columns ? view.columns.filter((id) => known.has(id)) : current.columns,
        density: view.density ?? current.density,
      }));
    },
    [setSearch, setQuery, available],
  );

  const onShortcut = (action: QueueShortcutAction, event: KeyboardEvent): boolean => {
    const target = event.target instanceof Element ? event.target : null;
    // A menu or listbox takes letters for type-ahead; the keys are theirs while one has focus. A dialog over the
    // panel (the shortcuts, a saved view, the calendar) keeps them too; the panel's own drawer does not.
    if (target?.closest('[role="menu"], [role="listbox"]')) return false;
    const dialog = target?.closest('[role="dialog"], [role="alertdialog"]');
    if (dialog && !dialog.matches('[data-slot="tickets-panel-drawer"]')) return false;
    const rows = rowsOf(rootRef.current);
    const focused = rows.findIndex((row) => row.contains(document.activeElement));
    const active = rows.findIndex((row) => row.tabIndex === 0);
    const current = focused >= 0 ? focused : active;
    switch (action) {
      case 'next':
      case 'previous': {
        const step = action === 'next' ? 1 : -1;
        if (selected !== null) {
          const index = state.tickets.findIndex((ticket) => ticket.id === selected);
          const ticket = state.tickets[index + step];
          if (index < 0 || !ticket) return false;
          open(ticket);
          return true;
        }
        const next = focused < 0 ? Math.max(current, 0) : Math.min(Math.max(focused + step, 0), rows.length - 1);
        rows[next]?.focus();
        return rows.length > 0;
      }
      case 'open': {
        // Enter on a button or link is theirs; from nowhere in particular it opens the active row.
        if (target && target !== document.body && !target.matches('tr[data-ticket-id]')) return false;
        const ticket = state.tickets[current];
        if (!ticket) return false;
        open(ticket);
        return true;
      }
      case 'select': {
        if (!props.bulkActions) return false;
        const ticket = state.tickets[current];
        if (!ticket) return false;
        selection.toggle(ticket, { page: state.tickets });
        return true;
      }
      case 'reply':
      case 'close':
        // The open ticket's: its composer or its Close, when it shows them. They change the ticket or move focus, so
        // only from inside this panel (its list, its pane, its drawer), never from a dialog or a popup over it.
        if (selected === null || !commands || !target || !commands.owns(target)) return false;
        return commands.commands[action]?.() ?? false;
      case 'help':
        shortcutsDialog.preload();
        setHelpOpen(true);
        return true;
      default:
        // The search box listens for its own key.
        return false;
    }
  };
  useQueueShortcuts(keys, onShortcut);

  return (
    // Pointing at the list is the moment to fetch the bulk bar's code, before a first box is ticked.
    <div {...slot('queue')} ref={rootRef} onPointerOver={props.bulkActions ? bulkBar.preload : undefined}>
      <QuickViews messages={overrides} unstyled={unstyled} />
      <TicketFilters messages={overrides} unstyled={unstyled} searchShortcut={keys ? keys.search : false} />
      <div {...slot('toolbar')}>
        <SortMenu sort={state.query.sort} direction={state.query.direction} setSort={actions.setSort} messages={messages} slot={slot} />
        <DisplayMenu display={display} available={available} setDisplay={setDisplay} messages={messages} slot={slot} />
        <SavedViewsMenu query={state.query} display={display} applyView={applyView} messages={messages} slot={slot} unstyled={unstyled} anchor={rootRef} />
        {props.toolbarActions != null && <div {...slot('toolbar-actions')}>{props.toolbarActions}</div>}
        {keys && keys.help !== false && (
          <button
            type="button"
            {...slot('shortcuts-button', { defaults: 'tk-button' })}
            data-variant="ghost"
            aria-label={messages.queue.shortcuts.button}
            aria-keyshortcuts={keys.help}
            onPointerEnter={shortcutsDialog.preload}
            onClick={() => setHelpOpen(true)}
          >
            <span aria-hidden="true">⌨</span>
          </button>
        )}
      </div>
      {props.bulkActions && bulkShown && (
        <LazyBoundary fallback={null} failed={() => null} onRetry={bulkBar.retry}>
          <bulkBar.Component state={state} selection={selection} messages={messages} format={format} slot={slot} unstyled={unstyled} />
        </LazyBoundary>
      )}
      <TicketList
        columns={columns}
        density={display.density}
        selection={props.bulkActions ? selection : undefined}
        selectedTicketId={selected}
        onSelectTicket={open}
        messages={overrides}
        unstyled={unstyled}
      />
      <Pagination messages={overrides} unstyled={unstyled} pageSizeOptions={props.pageSizeOptions} />
      {helpOpen && keys && (
        <LazyBoundary fallback={null} failed={() => null} onRetry={shortcutsDialog.retry}>
          <shortcutsDialog.Component keys={keys} messages={messages} unstyled={unstyled} anchor={rootRef} onClose={() => setHelpOpen(false)} />
        </LazyBoundary>
      )}
    </div>
  );
}
