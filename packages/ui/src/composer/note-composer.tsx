import type { Ticket } from '@ticketkit/core';
import { useNoteComposer, usePermissions } from '@ticketkit/react';
import { useState, type ReactNode } from 'react';
import { errorText, permissionText } from '../lib/errors';
import { useSlots, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { TextComposer, type ComposerPart } from './text-composer';

/** Parts of `NoteComposer`, the keys of `classNames` (each is `data-slot="note-composer-<part>"`). */
export type NoteComposerPart = ComposerPart;

/** Props of `NoteComposer`. */
export interface NoteComposerProps extends StyleProps<NoteComposerPart> {
  ticket: Ticket;
  messages?: MessagesOverride;
}

/** Writes an internal note: only the team sees it; it goes to `addNote`, never to the conversation. */
export function NoteComposer(props: NoteComposerProps): ReactNode {
  const { ticket } = props;
  const messages = useMessages(props.messages);
  const composer = useNoteComposer(ticket.id);
  const permission = usePermissions(ticket).can('addNote');
  const slot = useSlots<NoteComposerPart>('note-composer', props);
  const [status, setStatus] = useState('');
  const text = messages.notes;
  const send = async () => {
    setStatus('');
    if (await composer.submit()) setStatus(text.added);
  };
  return (
    <TextComposer
      composer={composer}
      kind="note"
      slot={slot}
      text={{ label: text.composerLabel, placeholder: text.placeholder, submit: text.add, pending: text.adding, shortcut: text.shortcut, failed: text.failed }}
      errorReason={composer.error ? errorText(composer.error, messages.common) : null}
      disabledReason={permissionText(permission, messages.common)}
      status={status}
      onSubmit={() => void send()}
    />
  );
}
