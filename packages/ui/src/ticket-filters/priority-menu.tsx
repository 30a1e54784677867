import { memo, useId, type ReactNode } from 'react';
import { useModelText } from '../lib/model-text';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { Menu, MenuCheckboxItem, MenuContent, MenuItemIndicator, MenuTrigger } from '../parts/menu';
import type { TicketFiltersPart } from './parts';

/** Props of the priority filter. */
export interface PriorityMenuProps {
  current: readonly string[];
  setPriorities: (priorities: readonly string[]) => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketFiltersPart>;
}

/**
 * The priority filter: a checkbox item per priority of the model, highest first; several at once, none for any. The
 * menu stays open while items are ticked. Memoised on its props.
 */
export const PriorityMenu = memo(function PriorityMenu({ current, setPriorities, messages, slot }: PriorityMenuProps): ReactNode {
  const labelId = useId();
  const text = useModelText(messages);
  const priorities = [...text.model.priorities].reverse();
  const chosen = new Set(current);
  const summary = current.length === 0 ? messages.queue.priorityAny : priorities.filter((p) => chosen.has(p.id)).map((p) => text.priority(p.id)).join(', ');
  return (
    <Menu>
      <MenuTrigger {...slot('priority-trigger', { defaults: 'tk-button' })} data-value={current.join(',') || 'any'}>
        <span id={labelId}>{messages.queue.priorityTrigger(summary)}</span>
        <span aria-hidden="true">▾</span>
      </MenuTrigger>
      <MenuContent {...slot('priority-menu', { defaults: 'tk-popover' })} aria-labelledby={labelId}>
        {priorities.map((priority) => (
          <MenuCheckboxItem
            key={priority.id}
            {...slot('priority-item')}
            data-priority={priority.id}
            checked={chosen.has(priority.id)}
            textValue={text.priority(priority.id)}
            // Ticking several in a row is the point: the menu stays open.
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(on) => {
              const next = priorities.map((p) => p.id).filter((id) => (id === priority.id ? on === true : chosen.has(id)));
              setPriorities(next);
            }}
          >
            <span {...slot('status-indicator')} aria-hidden="true">
              <MenuItemIndicator>✓</MenuItemIndicator>
            </span>
            {text.priority(priority.id)}
          </MenuCheckboxItem>
        ))}
      </MenuContent>
    </Menu>
  );
});
