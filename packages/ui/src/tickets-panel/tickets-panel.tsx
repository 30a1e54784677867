import type { Ticket, TicketAdapter, TicketModel, TicketPolicy, Viewer } from '@ticketkit/core';
import { resolveQueueShortcuts, TicketsProvider, useOpenTicket, useSelectedTicket, type QueueShortcutsOption, type TicketListOptions } from '@ticketkit/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { DetailCommandsContext, type DetailCommandsBox } from '../lib/detail-commands';
import { whenIdle } from '../lib/lazy';
import { usePortalTheme } from '../lib/portal-theme';
import { useSlots, type StyleProps } from '../lib/slots';
import { TicketsUIProvider, useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { TicketListStateProvider } from '../state/list-state';
import type { ReplyTemplate } from '../composer/templates';
import type { TicketDetailActionsRender, TicketDetailComponents } from '../ticket-detail/components';
import type { TicketListDensity, TicketListProps } from '../ticket-list/ticket-list';
import { QueuePane } from './queue-pane';
import { useIntentPrefetch } from './intent-prefetch';
import { detailPart, LazyDetail } from './lazy-detail';
import { TicketDrawer } from './ticket-drawer';
import { useSplitPaneHeight } from './use-split-pane-height';

/**
 * Parts of `TicketsPanel`, the keys of `classNames` (each is `data-slot="tickets-panel-<part>"`). The drawer and its
 * overlay are portaled to the body (Radix Dialog) and carry the panel's theme, direction and `--tk-*` variables.
 */
export type TicketsPanelPart =
  | 'root'
  | 'layout'
  | 'list-pane'
  | 'detail-pane'
  | 'overlay'
  | 'drawer'
  | 'drawer-bar'
  | 'drawer-body'
  | 'close'
  | 'back'
  // The queue around the list: its toolbar (sort, display, saved views, shortcuts), menus and the bulk bar.
  | 'queue'
  | 'toolbar'
  | 'toolbar-actions'
  | 'sort-trigger'
  | 'display-trigger'
  | 'views-trigger'
  | 'shortcuts-button'
  | 'menu'
  | 'menu-item'
  | 'menu-label'
  | 'menu-separator'
  | 'menu-indicator'
  | 'bulk'
  | 'bulk-bar'
  | 'bulk-count'
  | 'bulk-all'
  | 'bulk-trigger'
  | 'bulk-clear'
  | 'bulk-progress'
  | 'bulk-report'
  | 'bulk-report-title'
  | 'bulk-report-group'
  | 'bulk-report-dismiss'
  // The queue's dialogs (saving and managing views, the shortcuts), portaled to the body.
  | 'dialog'
  | 'dialog-title'
  | 'dialog-description'
  | 'dialog-form'
  | 'dialog-input'
  | 'dialog-error'
  | 'dialog-actions'
  | 'dialog-button'
  | 'dialog-list'
  | 'dialog-list-item'
  | 'shortcut-list'
  | 'shortcut'
  | 'kbd';

/** How the open ticket is shown: in a modal drawer over the list, or beside it (stacked below it when narrow). */
export type TicketsPanelLayout = 'drawer' | 'split';

/** Props of `TicketsPanel`. */
export interface TicketsPanelProps extends StyleProps<TicketsPanelPart> {
  /** `drawer` (default): the ticket opens in a drawer. `split`: list and ticket side by side, stacked when narrow. */
  layout?: TicketsPanelLayout;
  /**
   * Keep the list's filters, search, sort and page and the open ticket in the URL (`?status=open&ticket=TK-1001`),
   * so links and the back button work. `{ prefix: 'tk_' }` prefixes every parameter. Default `false`.
   */
  urlState?: boolean | { prefix?: string };
  /** Options of the list state (e.g. `defaultQuery`, `searchDebounceMs`); `url` comes from `urlState`. */
  listOptions?: Omit<TicketListOptions, 'url'>;
  /**
   * Columns of the list, as for `TicketList`: the ones shown at first. The display menu shows or hides them and the
   * built-in ones left out (ID, created date…); a saved view keeps its own.
   */
  columns?: TicketListProps['columns'];
  /** Row density at first: `comfortable` (default) or `compact`; the display menu changes it, a saved view keeps it. */
  density?: TicketListDensity;
  /** Checkboxes on the rows and the bar of bulk changes (status, priority, assignee for many). Default `true`. */
  bulkActions?: boolean;
  /**
   * The queue's keyboard shortcuts: `j`/`k` next and previous ticket (also while one is open), `Enter` opens, `x`
   * selects, `/` searches, `r` replies to the open ticket, `e` closes it, `?` lists them. They never act while typing
   * in a field, with Ctrl, Alt or Meta held, or from a dialog over the panel; `r` and `e` only with focus in this
   * panel. `false` turns them all off; an object remaps some (`{ select: 's', help: false }`), the rest keep their
   * keys (a default key a host gives to another action is taken from its default action). Default `true`.
   */
  shortcuts?: QueueShortcutsOption;
  /** Page sizes to choose from. Default 25, 50, 100. */
  pageSizeOptions?: readonly number[];
  /** Called when a ticket is opened from the list. */
  onTicketOpen?: (ticket: Ticket) => void;
  /** Overrides of the strings, merged over the provider's. */
  messages?: MessagesOverride;
  /**
   * Replacements of the open ticket's parts (`Header`, `Controls`, `Properties`, `Conversation`, `Composer`, `Notes`),
   * each given the props of the part it replaces, as for `TicketDetail`. Pass a stable object.
   */
  components?: TicketDetailComponents;
  /** The host's own buttons in the open ticket's header, given the ticket and the model, as for `TicketDetail`. */
  actions?: TicketDetailActionsRender;
  /**
   * The host's own controls for the list, at the end of the queue's toolbar (after sort, display and saved views),
   * e.g. `<ExportCsvButton query={…} />`. They sit in `data-slot="tickets-panel-toolbar-actions"`.
   */
  toolbarActions?: ReactNode;
  /**
   * Saved replies the open ticket's composer offers, from its menu and by typing "/" at the start of a line, with
   * placeholders filled in (`{{requester.name}}`, `{{requester.firstName}}`, `{{ticket.id}}`…; see `ReplyTemplate`).
   * Pass a stable array.
   */
  templates?: readonly ReplyTemplate[];
  /**
   * The shortest embed: give `adapter` and `viewer` and the panel makes its own `TicketsProvider` (it then uses the
   * host's QueryClient if one is in context). Without them it needs a `TicketsProvider` above it.
   */
  adapter?: TicketAdapter;
  viewer?: Viewer;
  /** Locale and time zone of the provider the panel makes (only with `adapter` and `viewer`). */
  locale?: string;
  timeZone?: string;
  /** The ticket model and policy of the provider the panel makes (only with `adapter` and `viewer`). */
  model?: TicketModel;
  policy?: TicketPolicy;
}

const DEFAULT_PAGE_SIZES = [25, 50, 100] as const;

function TicketsPanelView(props: TicketsPanelProps): ReactNode {
  const { layout = 'drawer', urlState = false, unstyled = false, onTicketOpen } = props;
  const messages = useMessages(props.messages);
  const [selected, select] = useSelectedTicket({ url: urlState });
  const slot = useSlots<TicketsPanelPart>('tickets-panel', props);
  const rootRef = useRef<HTMLDivElement>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  useSplitPaneHeight(paneRef, layout === 'split');
  // The drawer is portaled out of the panel: it takes the theme in effect here (the host's, on an ancestor). Read as
  // the panel mounts and kept up to date while it is in drawer layout, not as each ticket opens (reading computes
  // styles: a millisecond or two of every open).
  const theme = usePortalTheme(rootRef, layout === 'drawer');
  // The row the open ticket came from, to give focus back when the drawer closes.
  const lastOpened = useRef<string | null>(selected);
  useEffect(() => {
    if (selected) lastOpened.current = selected;
  }, [selected]);
  // The detail's code is a separate chunk: fetch it once the list is up and the browser is idle, so opening a ticket
  // never waits for it (hovering or focusing the list starts it sooner, see the list pane).
  useEffect(() => whenIdle(detailPart.preload), []);
  // A row pointed at or focused for a moment starts fetching its conversation, before the click.
  const intent = useIntentPrefetch();

  // The ticket is drawn once with its conversation when the backend answers within the press's task (`useOpenTicket`).
  const openTicket = useOpenTicket({ url: urlState });
  const open = useCallback(
    (ticket: Ticket) => {
      void openTicket(ticket.id).then((opened) => {
        if (opened) onTicketOpen?.(ticket);
      });
    },
    [openTicket, onTicketOpen],
  );
  // Its row may have left the page meanwhile (its status changed under a status filter): focus then goes to the
  // first row, or the table when no row is left, rather than falling to the page's body.
  const focusRow = useCallback(() => {
    const id = lastOpened.current;
    if (!id) return;
    const rows = [...(rootRef.current?.querySelectorAll<HTMLElement>('tr[data-ticket-id]') ?? [])];
    const target = rows.find((row) => row.dataset.ticketId === id) ?? rows[0];
    (target ?? rootRef.current?.querySelector<HTMLElement>('[data-slot="ticket-list-table"]'))?.focus();
  }, []);

  // What the open ticket's parts offer the queue's keys (`r` replies, `e` closes): filled in by the detail as it mounts.
  // The panel's root and its drawer carry its ID, so the keys act only on the panel they were pressed in.
  const panelId = useId();
  const [commands] = useState<DetailCommandsBox['commands']>(() => ({}));
  const keys = useMemo(() => resolveQueueShortcuts(props.shortcuts), [props.shortcuts]);
  const commandsBox = useMemo<DetailCommandsBox>(
    () => ({ commands, keys, owns: (target) => target.closest('[data-tk-panel]')?.getAttribute('data-tk-panel') === panelId }),
    [commands, keys, panelId],
  );

  const listOptions = useMemo(() => ({ ...props.listOptions, url: urlState }), [props.listOptions, urlState]);
  const openId = useCallback((ticketId: string) => void openTicket(ticketId), [openTicket]);
  const detail = (renderSubject?: (heading: ReactElement) => ReactNode) => (
    <LazyDetail
      templates={props.templates}
      onOpen={open}
      onOpenId={openId}
      ticketId={selected}
      messages={props.messages}
      resolved={messages}
      unstyled={unstyled}
      renderSubject={renderSubject}
      components={props.components}
      actions={props.actions}
    />
  );

  return (
    <DetailCommandsContext.Provider value={commandsBox}>
      <TicketListStateProvider {...listOptions}>
        <div {...slot('root', { state: selected ? 'open' : 'closed' })} ref={rootRef} data-layout={layout} data-tk-panel={panelId} role="region" aria-label={messages.panel.label}>
          <div {...slot('layout')} data-layout={layout}>
            <div
              {...slot('list-pane')}
              onPointerOver={(event) => {
                detailPart.preload();
                intent.onPointerOver(event);
              }}
              onFocus={(event) => {
                detailPart.preload();
                intent.onFocus(event);
              }}
              onPointerLeave={intent.onPointerLeave}
            >
              <QueuePane
                columns={props.columns}
                density={props.density ?? 'comfortable'}
                bulkActions={props.bulkActions ?? true}
                keys={keys}
                pageSizeOptions={props.pageSizeOptions ?? DEFAULT_PAGE_SIZES}
                selected={selected}
                open={open}
                messages={messages}
                overrides={props.messages}
                slot={slot}
                unstyled={unstyled}
                toolbarActions={props.toolbarActions}
              />
            </div>
            {/* Focusable from script only: where focus waits while the detail is swapped (a retried download). */}
            {layout === 'split' && (
              <div {...slot('detail-pane')} ref={paneRef} tabIndex={-1}>
                {/* On a phone the open ticket takes the whole panel: this brings the list back. */}
                {selected && (
                  <button type="button" {...slot('back', { defaults: 'tk-button' })} data-variant="ghost" onClick={() => select(null)}>
                    <span aria-hidden="true" data-slot="tickets-panel-back-arrow">‹ </span>
                    {messages.timeline.header.back}
                  </button>
                )}
                {detail()}
              </div>
            )}
          </div>
        </div>
        {layout === 'drawer' && (
          <TicketDrawer ticketId={selected} panelId={panelId} theme={theme} onClose={() => select(null)} onClosed={focusRow} messages={messages} slot={slot}>
            {(renderSubject) => detail(renderSubject)}
          </TicketDrawer>
        )}
      </TicketListStateProvider>
    </DetailCommandsContext.Provider>
  );
}

/**
 * The whole tickets panel in one component: filters, list and pagination, and the open ticket's detail, conversation,
 * reply composer and internal notes, in a drawer or side by side. Usable from 360 px wide. Put it inside a
 * `TicketsProvider`, or give it `adapter` and `viewer` for the shortest embed:
 *
 * ```tsx
 * <TicketsPanel adapter={adapter} viewer={viewer} urlState />
 * ```
 */
export function TicketsPanel(props: TicketsPanelProps): ReactNode {
  const { adapter, viewer, locale, timeZone, model, policy } = props;
  // The panel's `messages` reach every part below it, also those that take no `messages` prop (the badges in cells).
  const view = (
    <TicketsUIProvider messages={props.messages}>
      <TicketsPanelView {...props} />
    </TicketsUIProvider>
  );
  if (adapter && viewer) {
    return (
      <TicketsProvider adapter={adapter} viewer={viewer} locale={locale} timeZone={timeZone} model={model} policy={policy}>
        {view}
      </TicketsProvider>
    );
  }
  return view;
}
