import type { ReactElement, ReactNode } from 'react';
import type { MessagesOverride } from '../messages/messages';
import { NotesPanel } from '../notes-panel/notes-panel';
import { TicketDetail, type TicketDetailActionsRender, type TicketDetailComponents } from '../ticket-detail/ticket-detail';

/** Props of `PanelDetail`. */
export interface PanelDetailProps {
  ticketId: string;
  messages: MessagesOverride | undefined;
  unstyled: boolean;
  /** Wraps the subject heading (in the drawer: the dialog's title). */
  renderSubject: ((heading: ReactElement) => ReactNode) | undefined;
  /** Replacements of the detail's parts, `Notes` included. */
  components?: TicketDetailComponents | undefined;
  /** The host's own buttons in the detail's header. */
  actions?: TicketDetailActionsRender | undefined;
}

/**
 * The open ticket as the panel shows it: its detail and its internal notes. Its own module, because the panel loads it
 * lazily: the list's first screen does not need the detail, the conversation or the composers.
 */
export function PanelDetail({ ticketId, messages, unstyled, renderSubject, components, actions }: PanelDetailProps): ReactNode {
  const Notes = components?.Notes ?? NotesPanel;
  return (
    <>
      <TicketDetail ticketId={ticketId} messages={messages} unstyled={unstyled} renderSubject={renderSubject} components={components} actions={actions} />
      <Notes ticketId={ticketId} messages={messages} unstyled={unstyled} />
    </>
  );
}
