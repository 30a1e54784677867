import type { Assignee, TicketActivity } from '@ticketkit/core';
import { memo, type ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import type { ModelText } from '../lib/model-text';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { fieldValueText } from '../ticket-detail/field-value';
import type { ConversationPart } from './conversation';

/** Props of one change of the ticket in the timeline. */
export interface ActivityItemProps {
  activity: TicketActivity;
  messages: TicketsUIMessages;
  words: ModelText;
  format: Formatter;
  slot: SlotFn<ConversationPart>;
}

/** The sentence of one change: who, from what, to what, in the model's words. */
export function activityText(activity: TicketActivity, messages: TicketsUIMessages, words: ModelText, format: Formatter): string {
  const text = messages.timeline;
  const actor = activity.actor?.name ?? text.system;
  const person = (assignee: Assignee | null) => assignee?.name ?? messages.detail.unassigned;
  const { change } = activity;
  switch (change.kind) {
    case 'status':
      return text.statusChanged(actor, words.status(change.from), words.status(change.to));
    case 'priority':
      return text.priorityChanged(actor, words.priority(change.from), words.priority(change.to));
    case 'assignee':
      if (!change.from) return text.assigned(actor, person(change.to));
      if (!change.to) return text.unassigned(actor, person(change.from));
      return text.reassigned(actor, person(change.from), person(change.to));
    case 'field': {
      const field = words.model.field(change.fieldId);
      const value = (v: typeof change.from) => (field ? fieldValueText(field, v ?? undefined, format, words) : v == null ? null : String(v)) ?? text.notSet;
      return text.fieldChanged(actor, field?.label ?? change.fieldId, value(change.from), value(change.to));
    }
  }
}

/** A change of the ticket: one compact line with its time, set apart from the messages. */
function ActivityItemImpl({ activity, messages, words, format, slot }: ActivityItemProps): ReactNode {
  return (
    <p {...slot('activity')} data-change={activity.change.kind}>
      <span {...slot('activity-text')}>{activityText(activity, messages, words, format)}</span>{' · '}
      <time {...slot('time')} dateTime={activity.createdAt}>
        {format.dateTime(activity.createdAt)}
      </time>
    </p>
  );
}

/** A change, memoised like the messages. */
export const ActivityItem = memo(ActivityItemImpl);
