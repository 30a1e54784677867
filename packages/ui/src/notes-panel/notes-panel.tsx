import type { Note } from '@ticketkit/core';
import { useSelectedTicket, useTicket, useTicketNotes } from '@ticketkit/react';
import { useId, type ReactNode } from 'react';
import { NoteComposer, type NoteComposerPart } from '../composer/note-composer';
import { MessageText } from '../conversation/message-text';
import { errorText } from '../lib/errors';
import { useFormat } from '../lib/format';
import { useSlots, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';

/** Parts of `NotesPanel`, the keys of `classNames` (each is `data-slot="notes-panel-<part>"`). */
export type NotesPanelPart = 'root' | 'header' | 'title' | 'badge' | 'hint' | 'list' | 'note' | 'byline' | 'time' | 'body' | 'state';

/** Props of `NotesPanel`. */
export interface NotesPanelProps extends StyleProps<NotesPanelPart> {
  /** The ticket whose notes to show. Default: the shared selection of `useSelectedTicket()`. */
  ticketId?: string | null;
  messages?: MessagesOverride;
  /** Level of the title heading. Default 3. */
  headingLevel?: 2 | 3 | 4;
  /** Classes of the note composer's parts. */
  composerClassNames?: StyleProps<NoteComposerPart>['classNames'];
}

/**
 * A ticket's internal notes, oldest first, each with its author and time, and a composer to add one. Marked plainly
 * as internal: notes go to `addNote` only, never to the conversation and never to the end user.
 * Needs a `TicketsProvider` above it.
 */
export function NotesPanel(props: NotesPanelProps): ReactNode {
  const { unstyled = false, headingLevel = 3 } = props;
  const [selected] = useSelectedTicket();
  const ticketId = props.ticketId !== undefined ? props.ticketId : selected;
  const messages = useMessages(props.messages);
  const format = useFormat();
  const ticket = useTicket(ticketId);
  const notes = useTicketNotes(ticket.data ? ticketId : null);
  const titleId = useId();
  const hintId = useId();
  const slot = useSlots<NotesPanelPart>('notes-panel', props);
  const text = messages.notes;
  const Heading = `h${headingLevel}` as const;
  const view = !ticket.data ? 'idle' : notes.isPending ? 'loading' : notes.isError ? 'error' : notes.data.length === 0 ? 'empty' : 'ready';
  if (!ticketId || !ticket.data) return null;

  return (
    <section {...slot('root', { state: view })} aria-labelledby={titleId} aria-describedby={hintId} data-internal="true">
      <header {...slot('header')}>
        <Heading {...slot('title')} id={titleId}>
          {text.title} <span {...slot('badge', { defaults: 'tk-badge' })}>{text.internalBadge}</span>
        </Heading>
        <p {...slot('hint')} id={hintId}>
          {text.internalHint}
        </p>
      </header>
      {view === 'loading' && (
        <p {...slot('state', { state: 'loading' })} role="status">
          {text.loading}
        </p>
      )}
      {view === 'error' && (
        <div {...slot('state', { state: 'error' })} role="alert">
          <p>{text.loadErrorTitle}</p>
          <p>{errorText(notes.error, messages.common)}</p>
          <button type="button" className={unstyled ? undefined : 'tk-button'} onClick={() => void notes.refetch()}>
            {messages.common.retry}
          </button>
        </div>
      )}
      {view === 'empty' && <p {...slot('state', { state: 'empty' })}>{text.empty}</p>}
      {view === 'ready' && (
        <ol {...slot('list')} aria-labelledby={titleId}>
          {notes.data!.map((note: Note) => (
            <li key={note.id} {...slot('note')} data-note-id={note.id}>
              <p {...slot('byline')}>
                <time {...slot('time')} dateTime={note.createdAt}>
                  {text.byline(note.author.name, format.dateTime(note.createdAt))}
                </time>
              </p>
              <p {...slot('body')}>
                <MessageText text={note.body} newTabLabel={messages.detail.conversation.newTab} linkClassName={unstyled ? undefined : 'tk-conversation-link'} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <NoteComposer key={ticket.data.id} ticket={ticket.data} messages={props.messages} classNames={props.composerClassNames} unstyled={unstyled} />
    </section>
  );
}
