import type { TicketPatch } from '@ticketkit/core';
import { listAllMatching, MAX_BULK_TICKETS, useBulkUpdate, useTeamMembers, useTicketsContext, type BulkSelection, type TicketListResult } from '@ticketkit/react';
import { useId, useState, type ReactNode } from 'react';
import { errorText } from '../lib/errors';
import type { Formatter } from '../lib/format';
import { useModelText } from '../lib/model-text';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { Menu, MenuContent, MenuItem, MenuTrigger } from '../parts/menu';
import { BulkReport } from './queue-dialogs';
import type { TicketsPanelPart } from './tickets-panel';

/** Props of `BulkBar`. */
export interface BulkBarProps {
  state: TicketListResult;
  selection: BulkSelection;
  messages: TicketsUIMessages;
  format: Formatter;
  slot: SlotFn<TicketsPanelPart>;
  unstyled: boolean;
}

function ChangeMenu(props: { label: string; name: string; items: { value: string; text: string; patch: TicketPatch }[]; disabled: boolean; apply: (patch: TicketPatch) => void; slot: SlotFn<TicketsPanelPart> }): ReactNode {
  const { label, name, items, disabled, apply, slot } = props;
  const labelId = useId();
  return (
    <Menu>
      <MenuTrigger {...slot('bulk-trigger', { defaults: 'tk-button' })} data-change={name} disabled={disabled}>
        <span id={labelId}>{label}</span>
        <span aria-hidden="true">▾</span>
      </MenuTrigger>
      <MenuContent {...slot('menu', { defaults: 'tk-popover' })} aria-labelledby={labelId}>
        {items.map((item) => (
          <MenuItem key={item.value} {...slot('menu-item')} data-value={item.value} onSelect={() => apply(item.patch)}>
            {item.text}
          </MenuItem>
        ))}
      </MenuContent>
    </Menu>
  );
}

/**
 * The bar over the list while tickets are selected: how many, "select all N matching", and a status, priority or
 * assignee for all of them; then the report of what changed, conflicted and failed.
 */
export function BulkBar({ state, selection, messages, format, slot, unstyled }: BulkBarProps): ReactNode {
  const b = messages.queue.bulk;
  const context = useTicketsContext();
  const text = useModelText(messages);
  const team = useTeamMembers();
  const bulk = useBulkUpdate();
  const [gathering, setGathering] = useState(false);
  const [tooMany, setTooMany] = useState(false);
  const count = selection.allMatching ? state.total : selection.count;
  const pageAllSelected = state.tickets.length > 0 && state.tickets.every((ticket) => selection.isSelected(ticket.id));
  const busy = bulk.isPending || gathering;

  const apply = async (patch: TicketPatch) => {
    setTooMany(false);
    let targets = selection.targets();
    if (selection.allMatching) {
      setGathering(true);
      try {
        targets = await listAllMatching(context.adapter, state.query, { timeZone: context.timeZone });
      } catch (error) {
        if (error instanceof RangeError) return setTooMany(true);
        throw error;
      } finally {
        setGathering(false);
      }
    }
    try {
      await bulk.run({ targets, patch });
      selection.clear();
    } catch {
      // Shown from the mutation's error; the selection stays for another try.
    }
  };

  if (count === 0 && !bulk.summary && !busy && !tooMany) return null;
  const statuses = text.model.statuses.map((s) => ({ value: s.id, text: text.status(s.id), patch: { status: s.id } }));
  const priorities = [...text.model.priorities].reverse().map((p) => ({ value: p.id, text: text.priority(p.id), patch: { priority: p.id } }));
  const assignees = [
    { value: '', text: b.unassign, patch: { assigneeId: null } },
    ...(team.data ?? []).map((member) => ({ value: member.id, text: member.name, patch: { assigneeId: member.id } })),
  ];

  return (
    <div {...slot('bulk', { state: busy ? 'busy' : 'idle' })}>
      {count > 0 && (
        <div {...slot('bulk-bar')} role="toolbar" aria-label={b.label}>
          <span {...slot('bulk-count')} aria-live="polite">
            {selection.allMatching ? b.allMatchingSelected(count, format.number(count)) : b.selected(count, format.number(count))}
          </span>
          {!selection.allMatching && pageAllSelected && state.total > state.tickets.length && (
            <button type="button" {...slot('bulk-all', { defaults: 'tk-button' })} data-variant="ghost" onClick={selection.selectAllMatching} disabled={busy}>
              {b.selectAllMatching(state.total, format.number(state.total))}
            </button>
          )}
          <ChangeMenu label={b.setStatus} name="status" items={statuses} disabled={busy} apply={(patch) => void apply(patch)} slot={slot} />
          <ChangeMenu label={b.setPriority} name="priority" items={priorities} disabled={busy} apply={(patch) => void apply(patch)} slot={slot} />
          <ChangeMenu label={b.setAssignee} name="assignee" items={assignees} disabled={busy} apply={(patch) => void apply(patch)} slot={slot} />
          <button type="button" {...slot('bulk-clear', { defaults: 'tk-button' })} data-variant="ghost" onClick={selection.clear} disabled={busy}>
            {b.clear}
          </button>
        </div>
      )}
      {bulk.progress && (
        <p {...slot('bulk-progress')} role="status">
          {b.working(format.number(bulk.progress.done), format.number(bulk.progress.total))}
        </p>
      )}
      {tooMany && (
        <p {...slot('bulk-progress')} role="alert">
          {b.tooMany(format.number(MAX_BULK_TICKETS))}
        </p>
      )}
      {bulk.error && (
        <p {...slot('bulk-progress')} role="alert">
          {errorText(bulk.error, messages.common)}
        </p>
      )}
      {bulk.summary && <BulkReport summary={bulk.summary} messages={messages} unstyled={unstyled} formatNumber={format.number} onDismiss={bulk.reset} />}
    </div>
  );
}
