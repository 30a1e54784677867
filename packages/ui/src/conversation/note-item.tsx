import type { Note } from '@ticketkit/core';
import { memo, type ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { initials } from './avatar';
import type { ConversationPart } from './conversation';
import { MessageText } from './message-text';

/** Props of one internal note of the timeline. */
export interface NoteItemProps {
  note: Note;
  messages: TicketsUIMessages;
  format: Formatter;
  slot: SlotFn<ConversationPart>;
  unstyled: boolean;
}

/**
 * An internal note in the timeline, at its time: labelled "Internal note" in words (and in its accessible name), on a
 * tint of its own with a dashed frame, so it never reads as something the user saw.
 */
function NoteItemImpl({ note, messages, format, slot, unstyled }: NoteItemProps): ReactNode {
  return (
    <article {...slot('note')} data-internal="true" aria-label={messages.timeline.noteBy(note.author.name)}>
      <span {...slot('avatar')} data-author="team" aria-hidden="true">
        {initials(note.author.name)}
      </span>
      <div {...slot('bubble')}>
        <header {...slot('message-meta')}>
          <span {...slot('note-label')}>{messages.timeline.internalNote}</span>
          <span {...slot('author')}>{note.author.name}</span>
          <time {...slot('time')} dateTime={note.createdAt}>
            {format.dateTime(note.createdAt)}
          </time>
        </header>
        <p {...slot('body')}>
          <MessageText text={note.body} newTabLabel={messages.detail.conversation.newTab} linkClassName={unstyled ? undefined : 'tk-conversation-link'} />
        </p>
      </div>
    </article>
  );
}

/** An internal note, memoised like the messages. */
export const NoteItem = memo(NoteItemImpl);
