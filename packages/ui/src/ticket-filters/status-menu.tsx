import type { StatusFilter } from '@ticketkit/core';
import { memo, useId, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import { Menu, MenuContent, MenuItemIndicator, MenuRadioGroup, MenuRadioItem, MenuTrigger } from '../parts/menu';
import { useModelText } from '../lib/model-text';
import type { TicketsUIMessages } from '../messages/messages';
import type { TicketFiltersPart } from './parts';

/** Props of the status filter: only what it shows and does, so a list change that leaves them alone skips it. */
export interface StatusMenuProps {
  current: StatusFilter;
  setStatus: (status: StatusFilter) => void;
  /** Tickets per status under the other filters, when the adapter counts them: shown beside each status. */
  counts?: Readonly<Record<string, number>> | null;
  /** Formats a count for the locale. */
  formatNumber?: (value: number) => string;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketFiltersPart>;
}

/**
 * The status filter: a menu button (WAI-ARIA menu-button pattern) with "All", "Unsolved" (every status whose
 * category is not done) and one radio item per status of the model.
 * Memoised: it re-renders when the chosen status or the strings change, not on every page, sort or keystroke.
 */
export const StatusMenu = memo(function StatusMenu(props: StatusMenuProps): ReactNode {
  const { current, setStatus, messages, slot, counts, formatNumber = String } = props;
  const labelId = useId();
  const text = useModelText(messages);
  const options: StatusFilter[] = ['all', 'unsolved', ...text.model.statuses.map((status) => status.id)];
  const label = (status: StatusFilter) =>
    status === 'all' ? messages.filters.statusAll : status === 'unsolved' ? messages.filters.statusUnsolved : text.status(status);
  const count = (status: StatusFilter): number | undefined => {
    if (!counts) return undefined;
    const statuses = text.model.statuses.filter((s) => status === 'all' || (status === 'unsolved' ? s.category !== 'done' : s.id === status));
    return statuses.reduce((sum, s) => sum + (counts[s.id] ?? 0), 0);
  };
  return (
    <Menu>
      {/* The menu's open/closed is in data-state; the chosen status goes in data-value. */}
      <MenuTrigger {...slot('status-trigger', { defaults: 'tk-button' })} data-value={current}>
        <span id={labelId}>{messages.filters.statusTrigger(label(current))}</span>
        <span aria-hidden="true">▾</span>
      </MenuTrigger>
      <MenuContent {...slot('status-menu', { defaults: 'tk-popover' })} aria-labelledby={labelId}>
        <MenuRadioGroup value={current} onValueChange={(status) => setStatus(status as StatusFilter)}>
          {options.map((status) => (
            <MenuRadioItem key={status} value={status} textValue={label(status)} {...slot('status-item')} data-status={status}>
              <span {...slot('status-indicator')} aria-hidden="true">
                <MenuItemIndicator>✓</MenuItemIndicator>
              </span>
              {label(status)}
              {count(status) !== undefined && <span {...slot('status-count')}>{formatNumber(count(status)!)}</span>}
            </MenuRadioItem>
          ))}
        </MenuRadioGroup>
      </MenuContent>
    </Menu>
  );
});
