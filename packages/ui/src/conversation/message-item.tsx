import type { Message } from '@ticketkit/core';
import { memo, type ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import type { ConversationPart } from './conversation';
import { MessageText } from './message-text';

/** Props of one message of the conversation. */
export interface MessageItemProps {
  message: Message;
  messages: TicketsUIMessages;
  format: Formatter;
  slot: SlotFn<ConversationPart>;
  unstyled: boolean;
}

/**
 * One message: who wrote it, as a name and a text label (`User`, `AI assistant`, `Team`) so authors are told apart
 * without colour, when, and the text with links. `data-author` lets styles tell them apart too.
 */
function MessageItemImpl({ message, messages, format, slot, unstyled }: MessageItemProps): ReactNode {
  const kind = messages.detail.conversation.author[message.author.kind];
  return (
    <article {...slot('message')} data-author={message.author.kind} aria-label={messages.detail.conversation.byline(message.author.name, kind)}>
      <header {...slot('message-meta')}>
        <span {...slot('author')}>{message.author.name}</span>
        <span {...slot('author-kind', { defaults: 'tk-badge' })} data-author={message.author.kind}>
          {kind}
        </span>
        <time {...slot('time')} dateTime={message.createdAt}>
          {format.dateTime(message.createdAt)}
        </time>
      </header>
      <p {...slot('body')}>
        <MessageText
          text={message.body}
          newTabLabel={messages.detail.conversation.newTab}
          linkClassName={unstyled ? undefined : 'tk-conversation-link'}
        />
      </p>
    </article>
  );
}

/** A message, memoised: scrolling a long conversation re-renders only the rows that come into view. */
export const MessageItem = memo(MessageItemImpl);
