import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { TICKET_STATUSES, type StatusFilter } from '@ticketkit/core';
import { memo, useId, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import type { TicketFiltersPart } from './parts';

const OPTIONS: readonly StatusFilter[] = ['all', ...TICKET_STATUSES];

/** Props of the status filter: only what it shows and does, so a list change that leaves them alone skips it. */
export interface StatusMenuProps {
  current: StatusFilter;
  setStatus: (status: StatusFilter) => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketFiltersPart>;
}

/**
 * The status filter: a menu button (WAI-ARIA menu-button pattern, from Radix) with one radio item per status.
 * Memoised: it re-renders when the chosen status or the strings change, not on every page, sort or keystroke.
 */
export const StatusMenu = memo(function StatusMenu(props: StatusMenuProps): ReactNode {
  const { current, setStatus, messages, slot } = props;
  const labelId = useId();
  const label = (status: StatusFilter) => (status === 'all' ? messages.filters.statusAll : messages.common.status[status]);
  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while it stays focusable (an axe
    // violation); the menu-button pattern needs no modality, and Escape or a click outside still closes it.
    <DropdownMenu.Root modal={false}>
      {/* Radix puts the menu's open/closed in data-state; the chosen status goes in data-value. */}
      <DropdownMenu.Trigger {...slot('status-trigger', { defaults: 'tk-button' })} data-value={current}>
        <span id={labelId}>{messages.filters.statusTrigger(label(current))}</span>
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content {...slot('status-menu', { defaults: 'tk-popover' })} align="start" sideOffset={4} aria-labelledby={labelId}>
          <DropdownMenu.RadioGroup value={current} onValueChange={(value) => setStatus(value as StatusFilter)}>
            {OPTIONS.map((status) => (
              <DropdownMenu.RadioItem
                key={status}
                value={status}
                {...slot('status-item')}
                data-status={status}
              >
                <span {...slot('status-indicator')} aria-hidden="true">
                  <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
                </span>
                {label(status)}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
});
