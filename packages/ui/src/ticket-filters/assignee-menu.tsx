import type { AssigneeFilter } from '@ticketkit/core';
import { useTeamMembers } from '@ticketkit/react';
import { memo, useId, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { Menu, MenuContent, MenuItemIndicator, MenuRadioGroup, MenuRadioItem, MenuSeparator, MenuTrigger } from '../parts/menu';
import type { TicketFiltersPart } from './parts';

/** Props of the assignee filter. */
export interface AssigneeMenuProps {
  current: AssigneeFilter | null;
  setAssignee: (assignee: AssigneeFilter | null) => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketFiltersPart>;
}

const ANYONE = '';

/** The assignee filter: Anyone, Me, Unassigned, then each team member. Memoised on its props. */
export const AssigneeMenu = memo(function AssigneeMenu({ current, setAssignee, messages, slot }: AssigneeMenuProps): ReactNode {
  const labelId = useId();
  const m = messages.queue;
  const team = useTeamMembers();
  const members = team.data ?? [];
  const label = (value: AssigneeFilter | null): string => {
    if (value === null) return m.assigneeAnyone;
    if (value === 'me') return m.assigneeMe;
    if (value === 'unassigned') return m.assigneeUnassigned;
    return members.find((member) => member.id === value)?.name ?? value;
  };
  const item = (value: string, text: string) => (
    <MenuRadioItem key={value || 'anyone'} value={value} textValue={text} {...slot('assignee-item')} data-assignee={value || 'anyone'}>
      <span {...slot('status-indicator')} aria-hidden="true">
        <MenuItemIndicator>✓</MenuItemIndicator>
      </span>
      {text}
    </MenuRadioItem>
  );
  return (
    <Menu>
      <MenuTrigger {...slot('assignee-trigger', { defaults: 'tk-button' })} data-value={current ?? 'anyone'}>
        <span id={labelId}>{m.assigneeTrigger(label(current))}</span>
        <span aria-hidden="true">▾</span>
      </MenuTrigger>
      <MenuContent {...slot('assignee-menu', { defaults: 'tk-popover' })} aria-labelledby={labelId}>
        <MenuRadioGroup value={current ?? ANYONE} onValueChange={(value) => setAssignee(value === ANYONE ? null : value)}>
          {item(ANYONE, m.assigneeAnyone)}
          {item('me', m.assigneeMe)}
          {item('unassigned', m.assigneeUnassigned)}
          {members.length > 0 && <MenuSeparator {...slot('menu-separator')} />}
          {members.map((member) => item(member.id, member.name))}
        </MenuRadioGroup>
      </MenuContent>
    </Menu>
  );
});
