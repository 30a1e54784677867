import type { Ticket } from '@ticketkit/core';
import { useTicketNeighbours } from '@ticketkit/react';
import type { ReactElement, ReactNode } from 'react';
import type { ReplyTemplate } from '../composer/templates';
import type { MessagesOverride } from '../messages/messages';
import { useListStateContext } from '../state/list-state';
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
  /** The host's saved replies. */
  templates?: readonly ReplyTemplate[] | undefined;
  /** Opens a ticket of the list (previous, next). */
  onOpen: (ticket: Ticket) => void;
  /** Opens a ticket by ID (the requester's other tickets). */
  onOpenId: (ticketId: string) => void;
}

/**
 * The open ticket as the panel shows it: its detail filling the drawer or the pane, walking the panel's list, and the
 * host's notes box when it gives one. Its own module, because the panel loads it lazily: the list's first screen
 * does not need the detail, the timeline or the composer.
 */
export function PanelDetail({ ticketId, messages, unstyled, renderSubject, components, actions, templates, onOpen, onOpenId }: PanelDetailProps): ReactNode {
  const Notes = components?.Notes;
  const neighbours = useTicketNeighbours(useListStateContext(), ticketId, onOpen);
  return (
    <>
      <TicketDetail
        ticketId={ticketId}
        messages={messages}
        unstyled={unstyled}
        renderSubject={renderSubject}
        components={components}
        actions={actions}
        templates={templates}
        neighbours={neighbours}
        onOpenTicket={onOpenId}
        fill
      />
      {Notes && <Notes ticketId={ticketId} messages={messages} unstyled={unstyled} />}
    </>
  );
}
