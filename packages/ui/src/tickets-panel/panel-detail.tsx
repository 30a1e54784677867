import type { ReactElement, ReactNode } from 'react';
import type { MessagesOverride } from '../messages/messages';
import { NotesPanel } from '../notes-panel/notes-panel';
import { TicketDetail } from '../ticket-detail/ticket-detail';
import { useAfterPaint } from './after-paint';

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
  // The notes come after the whole conversation and the reply composer, below the first view: they render (and are
  // fetched) in the task after the first frame, so that frame, with the ticket and its latest messages, comes sooner.
  const painted = useAfterPaint();
  return (
    <>
      <TicketDetail ticketId={ticketId} messages={messages} unstyled={unstyled} renderSubject={renderSubject} />
      {painted && <NotesPanel ticketId={ticketId} messages={messages} unstyled={unstyled} />}
    </>
  );
}
