import type { Ticket, TicketModel } from '@ticketkit/core';
import type { ComponentType, ReactNode } from 'react';
import type { TicketComposerProps } from '../composer/ticket-composer';
import type { ConversationProps } from '../conversation/conversation';
import type { NotesPanelProps } from '../notes-panel/notes-panel';
import type { TicketControlsProps } from './ticket-controls';
import type { TicketHeaderProps } from './ticket-header';
import type { TicketPropertiesProps } from './ticket-properties';

/**
 * Replacements of the detail's parts, by part: each receives the props of the part it replaces, e.g.
 * `components={{ Properties: MyProperties }}` where `MyProperties(props: TicketPropertiesProps)`. Render the
 * exported part inside yours to wrap it rather than replace it.
 */
export interface TicketDetailComponents {
  /** ID, subject, end user, assistant, times and the host's `actions`. Default `TicketHeader`. */
  Header?: ComponentType<TicketHeaderProps>;
  /** Status, priority and assignee, with the reason when disabled, the conflict banner and errors. Default `TicketControls`. */
  Controls?: ComponentType<TicketControlsProps>;
  /** The model's custom fields. Default `TicketProperties`. */
  Properties?: ComponentType<TicketPropertiesProps>;
  /** The timeline: messages, notes and history. Default `Conversation`. */
  Conversation?: ComponentType<ConversationProps>;
  /** The composer of replies and internal notes. Default `TicketComposer` (a `ReplyComposer` fits too). */
  Composer?: ComponentType<TicketComposerProps>;
  /**
   * Internal notes in a box of their own, under the detail, in `TicketsPanel`. None by default: notes are in the
   * timeline and written in the composer's note mode. Give `NotesPanel` for the former box.
   */
  Notes?: ComponentType<NotesPanelProps>;
}

/** What the host's `actions` get: the open ticket (its `fields` typed by the model) and the model. */
export interface TicketDetailActionsContext {
  ticket: Ticket;
  model: TicketModel;
}

/**
 * The host's own buttons in the detail's header, e.g. a "Refund order" button calling the host's API with
 * `ticket.fields.orderId`. Rendered as given: use your own components and translations.
 */
export type TicketDetailActionsRender = (context: TicketDetailActionsContext) => ReactNode;
