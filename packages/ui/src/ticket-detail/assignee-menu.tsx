import type { Ticket } from '@ticketkit/core';
import { useTeamMembers, useTicketsContext } from '@ticketkit/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { SlotFn } from '../lib/slots';
import { Menu, MenuContent, MenuItem, MenuTrigger } from '../parts/menu';
import type { TicketsUIMessages } from '../messages/messages';
import { filterMembers } from './filter-members';
import type { TicketDetailPart } from './parts';

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
    // The menu focuses its popup (or an item) as it opens; this runs after, so typing filters at once.
    inputRef.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The arrows go from the box into the menu; other keys stay in the box (the menu ignores keys typed here).
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const items = listRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]');
      items?.[event.key === 'ArrowDown' ? 0 : items.length - 1]?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onPickFirst();
    }
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
 * Who works the ticket: a button opening a filter box over the team members, "Assign to me" and "Unassigned". The
 * popup is a labelled dialog holding the filter and a menu, since a text box may not sit inside a menu; the arrow
 * keys go from the box into the menu, Enter in the box picks the first match, Escape closes.
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
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setFilter('');
  };
  const pickFirst = () => {
    const first = members[0];
    if (!first) return;
    choose(first.id);
    onOpenChange(false);
  };
  const isMe = ticket.assignee?.id === viewer.id;

  return (
    <div {...slot('control')} data-control="assignee">
      <span {...slot('control-label')} id={labelId}>
        {text.assignee}
      </span>
      <Menu open={open} onOpenChange={onOpenChange}>
        <MenuTrigger
          {...slot('trigger', { defaults: 'tk-button' })}
          aria-haspopup="dialog"
          data-control="assignee"
          data-value={current || 'unassigned'}
          disabled={disabled}
          aria-labelledby={`${labelId} ${labelId}-value`}
          aria-describedby={disabledReasonId}
        >
          <span id={`${labelId}-value`}>{ticket.assignee?.name ?? text.unassigned}</span>
          <span aria-hidden="true">▾</span>
        </MenuTrigger>
        <MenuContent {...slot('menu', { defaults: 'tk-popover' })} data-control="assignee" role="dialog" aria-labelledby={labelId}>
          <FilterBox value={filter} onChange={setFilter} onPickFirst={pickFirst} label={text.assigneeFilter} listRef={listRef} slot={slot} />
          <div {...slot('menu-list')} role="menu" aria-labelledby={labelId} ref={listRef}>
            {!isMe && (
              <MenuItem {...slot('item')} data-value="me" onSelect={() => choose(viewer.id)}>
                <span {...slot('indicator')} aria-hidden="true" />
                {text.assignToMe}
              </MenuItem>
            )}
            <MenuItem checked={current === UNASSIGNED} onSelect={() => choose(null)} {...slot('item')} data-value="unassigned">
              <span {...slot('indicator')} aria-hidden="true">
                {current === UNASSIGNED && '✓'}
              </span>
              {text.unassigned}
            </MenuItem>
            {members.map((member) => (
              <MenuItem key={member.id} checked={current === member.id} onSelect={() => choose(member.id)} {...slot('item')} data-value={member.id}>
                <span {...slot('indicator')} aria-hidden="true">
                  {current === member.id && '✓'}
                </span>
                {member.name}
              </MenuItem>
            ))}
          </div>
          {team.isSuccess && members.length === 0 && <p {...slot('menu-empty')}>{text.assigneeNoMatch}</p>}
          {team.isError && (
            <p {...slot('menu-empty')} role="alert">
              {text.teamLoadError}
            </p>
          )}
        </MenuContent>
      </Menu>
    </div>
  );
}
