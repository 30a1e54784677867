import type { Ticket } from '@ticketkit/core';
import { usePermissions, useReplyComposer, useTicketActions, useTicketModel, type TicketActions } from '@ticketkit/react';
import { useState, type ReactNode } from 'react';
import { errorText, permissionText } from '../lib/errors';
import { useSlots, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { TextComposer, type ComposerPart } from './text-composer';

/** Parts of `ReplyComposer`, the keys of `classNames` (each is `data-slot="reply-composer-<part>"`). */
export type ReplyComposerPart = ComposerPart | 'notice' | 'reopen';

/** Props of `ReplyComposer`. */
export interface ReplyComposerProps extends StyleProps<ReplyComposerPart> {
  /** The ticket to reply on; a closed one offers to reopen it. */
  ticket: Ticket;
  /** The ticket's actions, to share their pending, error and conflict state. Default: its own `useTicketActions`. */
  actions?: TicketActions;
  /** Overrides of the strings, merged over the provider's. */
  messages?: MessagesOverride;
}

/**
 * Writes a reply to the end user: labelled, sent with its button or Ctrl/Cmd+Enter, pending while it goes, and on a
 * failure the text stays with the reason. On a closed ticket it offers to send and reopen. Disabled, with the reason
 * shown, when the viewer may not reply.
 */
export function ReplyComposer(props: ReplyComposerProps): ReactNode {
  const { ticket } = props;
  const messages = useMessages(props.messages);
  const composer = useReplyComposer(ticket.id);
  const ownActions = useTicketActions(ticket.id);
  const actions = props.actions ?? ownActions;
  const permission = usePermissions(ticket).can('reply');
  const slot = useSlots<ReplyComposerPart>('reply-composer', props);
  const [status, setStatus] = useState('');
  const text = messages.detail.reply;
  // "Closed" is any status whose category is done; reopening goes to the model's first active status.
  const model = useTicketModel();
  const closed = model.categoryOf(ticket.status) === 'done';
  const reopenTo = (model.statuses.find((status) => status.category === 'active') ?? model.statuses[0]!).id;

  const send = async (reopen: boolean) => {
    setStatus('');
    const result = await composer.submit();
    if (!result) return;
    if (reopen && (await actions.setStatus(reopenTo))) setStatus(`${text.sent} ${text.reopened}`);
    else setStatus(text.sent);
  };
  const canSend = permission.allowed && !composer.isPending && composer.draft.trim() !== '';

  return (
    <TextComposer
      composer={composer}
      kind="reply"
      slot={slot}
      text={{ label: text.label, placeholder: text.placeholder, submit: text.send, pending: text.sending, shortcut: text.shortcut, failed: text.failed }}
      errorReason={composer.error ? errorText(composer.error, messages.common) : null}
      disabledReason={permissionText(permission, messages.common)}
      status={status}
      onSubmit={() => void send(false)}
      notice={
        closed && permission.allowed ? (
          <p {...slot('notice', { state: 'closed' })}>{text.closedNotice}</p>
        ) : undefined
      }
      extraActions={
        closed && permission.allowed ? (
          <button type="button" {...slot('reopen', { defaults: 'tk-button' })} disabled={!canSend} onClick={() => void send(true)}>
            {text.sendAndReopen}
          </button>
        ) : undefined
      }
    />
  );
}
