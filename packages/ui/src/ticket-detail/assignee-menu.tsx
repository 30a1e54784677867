import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { Ticket } from '@ticketkit/core';
import { useTeamMembers, useTicketsContext } from '@ticketkit/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { filterMembers } from './filter-members';
import type { TicketDetailPart } from './parts';
import { useDirection } from './use-direction';

const UNASSIGNED = '';

/** Props of `AssigneeMenu`. */
export interface AssigneeMenuProps {
  ticket: Ticket;
  onAssign: (assigneeId: string | null) => void;
  disabledReasonId?: string | undefined;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketDetailPart>;
}

function FilterBox(props: {
  value: string;
  onChange: (value: string) => void;
  onPickFirst: () => void;
  label: string;
  listRef: RefObject<HTMLDivElement | null>;
  slot: SlotFn<TicketDetailPart>;
}): ReactNode {
  const { value, onChange, onPickFirst, label, listRef, slot } = props;
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Radix focuses the menu as it opens; move focus to the filter right after, so typing filters at once.
    const frame = requestAnimationFrame(() => inputRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      listRef.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')?.focus();
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      onPickFirst();
      return;
    }
    // Keep typed letters in the box: the menu would otherwise use them to jump between items.
    if (event.key !== 'Escape' && event.key !== 'Tab') event.stopPropagation();
  };
  return (
    <input
      ref={inputRef}
      {...slot('filter', { defaults: 'tk-input' })}
      type="search"
      aria-label={label}
      placeholder={label}
      value={value}
      autoComplete="off"
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}

/**
 * Who works the ticket: a menu button (Radix) opening a filter box over the team members, "Assign to me" and
 * "Unassigned". The popup is a labelled dialog holding the filter and the menu, since a text box may not sit inside
 * a menu; the arrow keys go from the box into the menu, Enter in the box picks the first match.
 */
export function AssigneeMenu({ ticket, onAssign, disabledReasonId, messages, slot }: AssigneeMenuProps): ReactNode {
  const { viewer } = useTicketsContext();
  const team = useTeamMembers();
  const labelId = useId();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const text = messages.detail;
  const members = filterMembers(team.data ?? [], filter);
  const current = ticket.assignee?.id ?? UNASSIGNED;
  const disabled = disabledReasonId !== undefined;

  const choose = (assigneeId: string | null) => {
    if ((assigneeId ?? UNASSIGNED) !== current) onAssign(assigneeId);
  };
  const pickFirst = () => {
    const first = members[0];
    if (!first) return;
    choose(first.id);
    setOpen(false);
  };
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setFilter('');
  };
  const isMe = ticket.assignee?.id === viewer.id;
  const controlRef = useRef<HTMLDivElement>(null);
  const dir = useDirection(controlRef);

  return (
    <div {...slot('control')} data-control="assignee" ref={controlRef}>
      <span {...slot('control-label')} id={labelId}>
        {text.assignee}
      </span>
      <DropdownMenu.Root open={open} onOpenChange={onOpenChange} modal={false} dir={dir}>
        <DropdownMenu.Trigger
          {...slot('trigger', { defaults: 'tk-button' })}
          data-control="assignee"
          data-value={current || 'unassigned'}
          disabled={disabled}
          aria-labelledby={`${labelId} ${labelId}-value`}
          aria-describedby={disabledReasonId}
        >
          <span id={`${labelId}-value`}>{ticket.assignee?.name ?? text.unassigned}</span>
          <span aria-hidden="true">▾</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            {...slot('menu', { defaults: 'tk-popover' })}
            data-control="assignee"
            align="start"
            sideOffset={4}
            role="dialog"
            aria-orientation={undefined}
            aria-labelledby={labelId}
          >
            <FilterBox value={filter} onChange={setFilter} onPickFirst={pickFirst} label={text.assigneeFilter} listRef={listRef} slot={slot} />
            <div {...slot('menu-list')} role="menu" aria-labelledby={labelId} ref={listRef}>
              {!isMe && (
                <DropdownMenu.Item {...slot('item')} data-value="me" onSelect={() => choose(viewer.id)}>
                  <span {...slot('indicator')} aria-hidden="true" />
                  {text.assignToMe}
                </DropdownMenu.Item>
              )}
              <DropdownMenu.RadioGroup value={current} onValueChange={(value) => choose(value === UNASSIGNED ? null : value)}>
                <DropdownMenu.RadioItem value={UNASSIGNED} {...slot('item')} data-value="unassigned">
                  <span {...slot('indicator')} aria-hidden="true">
                    <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
                  </span>
                  {text.unassigned}
                </DropdownMenu.RadioItem>
                {members.map((member) => (
                  <DropdownMenu.RadioItem key={member.id} value={member.id} {...slot('item')} data-value={member.id}>
                    <span {...slot('indicator')} aria-hidden="true">
                      <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
                    </span>
                    {member.name}
                  </DropdownMenu.RadioItem>
                ))}
              </DropdownMenu.RadioGroup>
            </div>
            {team.isSuccess && members.length === 0 && <p {...slot('menu-empty')}>{text.assigneeNoMatch}</p>}
            {team.isError && (
              <p {...slot('menu-empty')} role="alert">
                {text.teamLoadError}
              </p>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </div>
  );
}
