import type { Message } from '@ticketkit/core';
import { memo, type ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { initials } from './avatar';
import type { ConversationPart } from './conversation';
import { MessageText } from './message-text';

/** Props of one message of the timeline. */
export interface MessageItemProps {
  message: Message;
  messages: TicketsUIMessages;
  format: Formatter;
  slot: SlotFn<ConversationPart>;
  unstyled: boolean;
  /** The first message of a group by its author: with avatar and name. Default `true`. */
  groupStart?: boolean;
  /** The message at which the assistant handed the conversation to the team. */
  handoff?: boolean;
}

/**
 * One message. The first of a group shows its author's initials (the assistant a mark of its own) and name, the
 * assistant's tagged "AI"; the rest of the group only the text and the time. Who wrote it is in its accessible name
 * (`Ana Souza (User)`) on every message, so a screen reader never depends on the grouping or the side.
 * `data-author` and `data-group` let styles set the sides and tints.
 */
function MessageItemImpl({ message, messages, format, slot, unstyled, groupStart = true, handoff = false }: MessageItemProps): ReactNode {
  const text = messages.detail.conversation;
  const { kind, name } = message.author;
  const time = (
    <time {...slot('time')} dateTime={message.createdAt}>
      {format.dateTime(message.createdAt)}
    </time>
  );
  return (
    <article
      {...slot('message')}
      data-author={kind}
      data-group={groupStart ? 'start' : 'continued'}
      data-handoff={handoff || undefined}
      aria-label={text.byline(name, text.author[kind])}
    >
      {groupStart && (
        <span {...slot('avatar')} data-author={kind} aria-hidden="true">
          {kind === 'assistant' ? '✦' : initials(name)}
        </span>
      )}
      <div {...slot('bubble')}>
        {groupStart ? (
          <header {...slot('message-meta')}>
            <span {...slot('author')}>{name}</span>
            {kind === 'assistant' && <span {...slot('tag')}>{messages.timeline.assistantTag}</span>}
            {time}
          </header>
        ) : null}
        <p {...slot('body')}>
          <MessageText text={message.body} newTabLabel={text.newTab} linkClassName={unstyled ? undefined : 'tk-conversation-link'} />
          {!groupStart && <> {time}</>}
        </p>
      </div>
      {handoff && <p {...slot('handoff')}>{messages.timeline.handoff}</p>}
    </article>
  );
}

/** A message, memoised: scrolling a long timeline re-renders only the rows that come into view. */
export const MessageItem = memo(MessageItemImpl);
