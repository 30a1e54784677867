import type { ReactElement, ReactNode } from 'react';
import type { MessagesOverride } from '../messages/messages';
import { NotesPanel } from '../notes-panel/notes-panel';
import { TicketDetail } from '../ticket-detail/ticket-detail';

/** Props of `PanelDetail`. */
export interface PanelDetailProps {
  ticketId: string;
  messages: MessagesOverride | undefined;
  unstyled: boolean;
  /** Wraps the subject heading (in the drawer: the dialog's title). */
  renderSubject: ((heading: ReactElement) => ReactNode) | undefined;
}

/**
 * The open ticket as the panel shows it: its detail and its internal notes. Its own module, because the panel loads it
 * lazily: the list's first screen does not need the detail, the conversation or the composers.
 */
export function PanelDetail({ ticketId, messages, unstyled, renderSubject }: PanelDetailProps): ReactNode {
  return (
    <>
      <TicketDetail ticketId={ticketId} messages={messages} unstyled={unstyled} renderSubject={renderSubject} />
      <NotesPanel ticketId={ticketId} messages={messages} unstyled={unstyled} />
    </>
  );
}
