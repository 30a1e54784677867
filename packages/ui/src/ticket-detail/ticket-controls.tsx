import type { Ticket, TicketPriority, TicketStatus } from '@ticketkit/core';
import { usePermissions, type TicketActions } from '@ticketkit/react';
import { useId, type ReactNode } from 'react';
import { errorText, permissionText } from '../lib/errors';
import { useModelText } from '../lib/model-text';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { PriorityBadge, StatusBadge } from '../parts/badges';
import { VisuallyHidden } from '../parts/visually-hidden';
import { AssigneeMenu } from './assignee-menu';
import { ChoiceMenu } from './choice-menu';
import { ConflictBanner } from './conflict-banner';
import type { TicketDetailPart } from './parts';

/** Props of `TicketControls` (and of a `components.Controls` that replaces it). */
export interface TicketControlsProps {
  ticket: Ticket;
  /** The ticket's actions, shared with the rest of the detail (pending, error and conflict state). */
  actions: TicketActions;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketDetailPart>;
  unstyled: boolean;
  /** ID for the sentence saying why controls are disabled; the properties' controls point at it too. */
  reasonId?: string;
}

/**
 * Status, priority and assignee of a ticket, each a menu button. A control the viewer may not use is disabled and
 * the reason from `can()` is shown beside it (and tied to it with `aria-describedby`); the same sentence covers the
 * editable fields of the properties. A refused change is shown here, where it happened; a conflict gets its banner.
 */
export function TicketControls(props: TicketControlsProps): ReactNode {
  const { ticket, actions, messages, slot, unstyled } = props;
  const permissions = usePermissions(ticket);
  const ownReasonId = useId();
  const reasonId = props.reasonId ?? ownReasonId;
  const text = messages.detail;
  const words = useModelText(messages);
  const editsFields = words.model.fields.some((field) => field.editable);
  const denied = (['changeStatus', 'setPriority', 'assign', ...(editsFields ? (['editFields'] as const) : [])] as const)
    .map((action) => permissions.can(action))
    .find((permission) => !permission.allowed);
  const reasonFor = (action: 'changeStatus' | 'setPriority' | 'assign') => (permissions.can(action).allowed ? undefined : reasonId);

  return (
    <>
      <div {...slot('controls', { state: actions.isPending ? 'saving' : 'idle' })}>
        <ChoiceMenu<TicketStatus>
          name="status"
          label={text.status}
          value={ticket.status}
          choices={words.model.statuses.map(({ id: status }) => ({ value: status, label: words.status(status), content: <StatusBadge status={status} unstyled={unstyled} messages={messages} /> }))}
          display={<StatusBadge status={ticket.status} unstyled={unstyled} messages={messages} />}
          onChange={(status) => void actions.setStatus(status)}
          disabledReasonId={reasonFor('changeStatus')}
          slot={slot}
        />
        <ChoiceMenu<TicketPriority>
          name="priority"
          label={text.priority}
          value={ticket.priority}
          choices={words.model.priorities.map(({ id: priority }) => ({ value: priority, label: words.priority(priority), content: <PriorityBadge priority={priority} unstyled={unstyled} messages={messages} /> }))}
          display={<PriorityBadge priority={ticket.priority} unstyled={unstyled} messages={messages} />}
          onChange={(priority) => void actions.setPriority(priority)}
          disabledReasonId={reasonFor('setPriority')}
          slot={slot}
        />
        <AssigneeMenu
          ticket={ticket}
          onAssign={(assigneeId) => void actions.setAssignee(assigneeId)}
          disabledReasonId={reasonFor('assign')}
          messages={messages}
          slot={slot}
        />
        <VisuallyHidden role="status">{actions.isPending ? text.saving : ''}</VisuallyHidden>
        {actions.isPending && (
          <span {...slot('saving')} aria-hidden="true">
            {text.saving}
          </span>
        )}
      </div>
      {denied && !denied.allowed && (
        <p {...slot('forbidden')} id={reasonId}>
          {permissionText(denied, messages.common)}
        </p>
      )}
      <ConflictBanner actions={actions} messages={messages} slot={slot} unstyled={unstyled} />
      {actions.error && !actions.conflict && (
        <div {...slot('error')} role="alert">
          <p>{text.actionFailed(errorText(actions.error, messages.common, words.model))}</p>
          <button type="button" className={unstyled ? undefined : 'tk-button'} data-variant="ghost" onClick={actions.reset}>
            {text.dismiss}
          </button>
        </div>
      )}
    </>
  );
}
