import type { SavedView, TicketQuery, TicketSortField, SortDirection } from '@ticketkit/core';
import { useSavedViews, useTicketModel } from '@ticketkit/react';
import { memo, useId, useState, type ReactNode, type RefObject } from 'react';
import { LazyBoundary } from '../lib/lazy-boundary';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import {
  Menu,
  MenuCheckboxItem,
  MenuContent,
  MenuGroup,
  MenuItem,
  MenuItemIndicator,
  MenuLabel,
  MenuRadioGroup,
  MenuRadioItem,
  MenuSeparator,
  MenuTrigger,
} from '../parts/menu';
import type { TicketColumnSpec } from '../ticket-list/columns';
import { resolveColumns } from '../ticket-list/columns';
import type { TicketListDensity } from '../ticket-list/ticket-list';
import { columnId, type ListDisplay } from './display';
import { queueDialogs } from './lazy-queue';
import type { TicketsPanelPart } from './tickets-panel';

type SortChoice = keyof TicketsUIMessages['queue']['sorts'];
const SORTS: Record<Exclude<SortChoice, 'other'>, { sort: TicketSortField; direction: SortDirection }> = {
  waiting: { sort: 'waitingSince', direction: 'asc' },
  newest: { sort: 'createdAt', direction: 'desc' },
  oldest: { sort: 'createdAt', direction: 'asc' },
  updated: { sort: 'updatedAt', direction: 'desc' },
  priority: { sort: 'priority', direction: 'desc' },
};

/** The sort choice a query is on, `other` for one the menu does not name (a header's, a custom field's). */
export function sortChoice(query: Pick<TicketQuery, 'sort' | 'direction'>): SortChoice {
  const found = (Object.keys(SORTS) as (keyof typeof SORTS)[]).find((key) => SORTS[key].sort === query.sort && SORTS[key].direction === query.direction);
  return found ?? 'other';
}

const Indicator = ({ slot }: { slot: SlotFn<TicketsPanelPart> }) => (
  <span {...slot('menu-indicator')} aria-hidden="true">
    <MenuItemIndicator>✓</MenuItemIndicator>
  </span>
);

/** The sort menu: the orders an agent works by, longest waiting first among them. Memoised on its props. */
export const SortMenu = memo(function SortMenu(props: {
  sort: TicketSortField;
  direction: SortDirection;
  setSort: (sort: TicketSortField, direction: SortDirection) => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketsPanelPart>;
}): ReactNode {
  const { messages, slot } = props;
  const labelId = useId();
  const current = sortChoice(props);
  return (
    <Menu>
      <MenuTrigger {...slot('sort-trigger', { defaults: 'tk-button' })} data-value={current}>
        <span id={labelId}>{messages.queue.sortTrigger(messages.queue.sorts[current])}</span>
        <span aria-hidden="true">▾</span>
      </MenuTrigger>
      <MenuContent {...slot('menu', { defaults: 'tk-popover' })} aria-labelledby={labelId}>
        <MenuRadioGroup
          value={current}
          onValueChange={(value) => {
            const choice = SORTS[value as keyof typeof SORTS];
            props.setSort(choice.sort, choice.direction);
          }}
        >
          {(Object.keys(SORTS) as (keyof typeof SORTS)[]).map((key) => (
            <MenuRadioItem key={key} value={key} {...slot('menu-item')} data-sort={key}>
              <Indicator slot={slot} />
              {messages.queue.sorts[key]}
            </MenuRadioItem>
          ))}
        </MenuRadioGroup>
      </MenuContent>
    </Menu>
  );
});

/** The display menu: density, and which columns show. Memoised: typing a search leaves it as it is. */
export const DisplayMenu = memo(function DisplayMenu(props: {
  display: ListDisplay;
  available: readonly TicketColumnSpec[];
  setDisplay: (display: ListDisplay) => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketsPanelPart>;
}): ReactNode {
  const { display, available, setDisplay, messages, slot } = props;
  const labelId = useId();
  const q = messages.queue;
  const model = useTicketModel();
  const columns = resolveColumns(available, model);
  const shown = new Set(display.columns);
  const header = (index: number) => {
    const header = columns[index]!.header;
    return typeof header === 'function' ? header(messages) : header;
  };
  return (
    <Menu>
      <MenuTrigger {...slot('display-trigger', { defaults: 'tk-button' })}>
        <span id={labelId}>{q.displayTrigger}</span>
        <span aria-hidden="true">▾</span>
      </MenuTrigger>
      <MenuContent {...slot('menu', { defaults: 'tk-popover' })} aria-labelledby={labelId}>
        <MenuGroup>
          <MenuLabel {...slot('menu-label')}>{q.densityLabel}</MenuLabel>
          <MenuRadioGroup value={display.density} onValueChange={(density) => setDisplay({ ...display, density: density as TicketListDensity })}>
            {(['comfortable', 'compact'] as const).map((density) => (
              <MenuRadioItem key={density} value={density} {...slot('menu-item')} data-density={density}>
                <Indicator slot={slot} />
                {q.density[density]}
              </MenuRadioItem>
            ))}
          </MenuRadioGroup>
        </MenuGroup>
        <MenuSeparator {...slot('menu-separator')} />
        <MenuGroup>
          <MenuLabel {...slot('menu-label')}>{q.columnsLabel}</MenuLabel>
          {available.map((spec, index) => {
            const id = columnId(spec);
            // The subject is the row: it always shows.
            if (id === 'subject') return null;
            return (
              <MenuCheckboxItem
                key={id}
                {...slot('menu-item')}
                data-column={id}
                checked={shown.has(id)}
                onSelect={(event) => event.preventDefault()}
                onCheckedChange={(on) => {
                  const next = available.map(columnId).filter((c) => (c === id ? on === true : shown.has(c)));
                  setDisplay({ ...display, columns: next });
                }}
              >
                <Indicator slot={slot} />
                {header(index)}
              </MenuCheckboxItem>
            );
          })}
        </MenuGroup>
      </MenuContent>
    </Menu>
  );
});

/** What the saved views menu applies and saves. */
export interface SavedViewsMenuProps {
  /** The list's applied query, saved with a view (its page left out). */
  query: TicketQuery;
  display: ListDisplay;
  applyView: (view: SavedView) => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketsPanelPart>;
  unstyled: boolean;
  /** An element of the panel, whose theme the dialogs take. */
  anchor: RefObject<Element | null>;
}

/**
 * The saved views: pick one; save the current one under a name; rename or delete them (dialogs loaded on demand).
 * Memoised: typing a search leaves it as it is.
 */
export const SavedViewsMenu = memo(function SavedViewsMenu({ query: applied, display, applyView, messages, slot, unstyled, anchor }: SavedViewsMenuProps): ReactNode {
  const labelId = useId();
  const views = useSavedViews();
  const [dialog, setDialog] = useState<'save' | 'manage' | null>(null);
  const q = messages.queue.views;
  const { page: _page, ...query } = applied;
  return (
    <>
      <Menu>
        <MenuTrigger {...slot('views-trigger', { defaults: 'tk-button' })} onPointerEnter={queueDialogs.preload} onFocus={queueDialogs.preload}>
          <span id={labelId}>{q.trigger}</span>
          <span aria-hidden="true">▾</span>
        </MenuTrigger>
        <MenuContent {...slot('menu', { defaults: 'tk-popover' })} aria-labelledby={labelId}>
          {views.views.length === 0 ? (
            <MenuItem disabled {...slot('menu-item')}>
              {q.none}
            </MenuItem>
          ) : (
            views.views.map((view) => (
              <MenuItem key={view.id} {...slot('menu-item')} data-view-id={view.id} onSelect={() => applyView(view)}>
                {view.name}
              </MenuItem>
            ))
          )}
          <MenuSeparator {...slot('menu-separator')} />
          <MenuItem {...slot('menu-item')} data-action="save-view" onSelect={() => setDialog('save')}>
            {q.save}
          </MenuItem>
          <MenuItem {...slot('menu-item')} data-action="manage-views" disabled={views.views.length === 0} onSelect={() => setDialog('manage')}>
            {q.manage}
          </MenuItem>
        </MenuContent>
      </Menu>
      {dialog && (
        <LazyBoundary fallback={null} failed={() => null} onRetry={queueDialogs.retry}>
          <queueDialogs.Component
            kind={dialog}
            onClose={() => setDialog(null)}
            views={views}
            current={{ query, columns: display.columns, density: display.density }}
            messages={messages}
            unstyled={unstyled}
            anchor={anchor}
          />
        </LazyBoundary>
      )}
    </>
  );
});
