import type { Ticket } from '@ticketkit/core';
import { useTeamMembers, useTicketsContext } from '@ticketkit/react';
import { useId, useState, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { Command, CommandInput, CommandItem, CommandList } from '../parts/command';
import { Popover, PopoverContent, PopoverTrigger } from '../parts/popover';
import { assigneeOptions, UNASSIGNED } from './assignee-options';
import type { TicketDetailPart } from './parts';

/** Props of `AssigneeMenu`. */
export interface AssigneeMenuProps {
  ticket: Ticket;
  onAssign: (assigneeId: string | null) => void;
  disabledReasonId?: string | undefined;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketDetailPart>;
}

/**
 * Who works the ticket: a button opening a popover (a labelled dialog) that holds a WAI-ARIA combobox, the filter
 * box, over a listbox of "Assign to me", "Unassigned" and the team members (cmdk in a Radix Popover, as shadcn's
 * combobox is built). One option is always highlighted, visibly, and Enter picks that one: the first as it opens or
 * as the filter changes, then wherever the arrows move it. Escape closes and focus goes back to the button.
 */
export function AssigneeMenu({ ticket, onAssign, disabledReasonId, messages, slot }: AssigneeMenuProps): ReactNode {
  const { viewer } = useTicketsContext();
  const team = useTeamMembers();
  const labelId = useId();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const text = messages.detail;
  const current = ticket.assignee?.id ?? UNASSIGNED;
  const options = assigneeOptions({ team: team.data ?? [], filter, viewer, current, labels: text });
  const noMatch = team.isSuccess && !options.some((option) => option.kind === 'member');

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setFilter('');
  };
  const choose = (assigneeId: string | null) => {
    if ((assigneeId ?? UNASSIGNED) !== current) onAssign(assigneeId);
    onOpenChange(false);
  };

  return (
    <div {...slot('control')} data-control="assignee">
      <span {...slot('control-label')} id={labelId}>
        {text.assignee}
      </span>
      <Popover open={open} onOpenChange={onOpenChange} modal>
        <PopoverTrigger
          {...slot('trigger', { defaults: 'tk-button' })}
          data-control="assignee"
          data-value={current || 'unassigned'}
          disabled={disabledReasonId !== undefined}
          aria-labelledby={`${labelId} ${labelId}-value`}
          aria-describedby={disabledReasonId}
        >
          <span id={`${labelId}-value`}>{ticket.assignee?.name ?? text.unassigned}</span>
          <span aria-hidden="true">▾</span>
        </PopoverTrigger>
        <PopoverContent {...slot('menu', { defaults: 'tk-popover' })} data-control="assignee" aria-labelledby={labelId}>
          {/* The list is filtered here (name or email, every word, accents ignored), in the team's order. */}
          <Command label={text.assigneeFilter} shouldFilter={false} loop {...slot('picker')}>
            <CommandInput {...slot('filter', { defaults: 'tk-input' })} placeholder={text.assigneeFilter} value={filter} onValueChange={setFilter} />
            <CommandList {...slot('menu-list')} aria-labelledby={labelId}>
              {options.map((option) => (
                <CommandItem
                  key={option.value}
                  value={option.value}
                  onSelect={() => choose(option.assigneeId)}
                  {...slot('item', { state: option.checked ? 'checked' : 'unchecked' })}
                  aria-checked={option.kind === 'me' ? undefined : option.checked}
                >
                  <span {...slot('indicator')} aria-hidden="true">
                    {option.checked && '✓'}
                  </span>
                  {option.label}
                </CommandItem>
              ))}
            </CommandList>
            {noMatch && <p {...slot('menu-empty')}>{text.assigneeNoMatch}</p>}
            {team.isError && (
              <p {...slot('menu-empty')} role="alert">
                {text.teamLoadError}
              </p>
            )}
          </Command>
        </PopoverContent>
      </Popover>
    </div>
  );
}
