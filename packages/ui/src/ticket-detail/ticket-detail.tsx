import { ForbiddenError, NotFoundError } from '@ticketkit/core';
import {
  prefetchTicketDetail,
  useOpenTicket,
  useSelectedTicket,
  useTicket,
  useTicketActions,
  useTicketModel,
  useTicketsContext,
  type TicketNeighbours,
} from '@ticketkit/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type ReactElement, type ReactNode } from 'react';
import { TicketComposer, type TicketComposerPart } from '../composer/ticket-composer';
import type { ReplyTemplate } from '../composer/templates';
import { Conversation, type ConversationPart } from '../conversation/conversation';
import { errorText } from '../lib/errors';
import { useFormat } from '../lib/format';
import { useSlots, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import type { TicketDetailActionsRender, TicketDetailComponents } from './components';
import { DetailState, type TicketDetailViewState } from './detail-state';
import type { TicketDetailPart } from './parts';
import { TicketControls } from './ticket-controls';
import { TicketHeader } from './ticket-header';
import { RequesterTickets } from './requester-tickets';
import { TicketProperties } from './ticket-properties';
import { TicketTools } from './ticket-tools';

export type { TicketDetailPart } from './parts';

export type { TicketDetailViewState } from './detail-state';
export type { TicketDetailComponents, TicketDetailActionsContext, TicketDetailActionsRender } from './components';

/** Props of `TicketDetail`. */
export interface TicketDetailProps extends StyleProps<TicketDetailPart> {
  /** The ticket to show. Default: the shared selection of `useSelectedTicket()`. */
  ticketId?: string | null;
  /** Overrides of the strings, merged over the provider's. */
  messages?: MessagesOverride;
  /** Level of the subject heading. Default 2. */
  headingLevel?: 2 | 3;
  /** Wraps the subject heading, e.g. in a dialog's title (`(h) => <Dialog.Title asChild>{h}</Dialog.Title>`). */
  renderSubject?: (heading: ReactElement) => ReactNode;
  /** Classes of the conversation's parts. */
  conversationClassNames?: StyleProps<ConversationPart>['classNames'];
  /** Classes of the composer's parts. */
  composerClassNames?: StyleProps<TicketComposerPart>['classNames'];
  /**
   * Saved replies the composer offers, from its menu and by typing "/" at the start of a line, with placeholders such
   * as `{{requester.name}}` and `{{ticket.id}}` filled in (see `ReplyTemplate`). Pass a stable array.
   */
  templates?: readonly ReplyTemplate[];
  /** Previous and next ticket of the list it was opened from (`useTicketNeighbours`); the panel passes its own. */
  neighbours?: TicketNeighbours;
  /** Opens another ticket in place (the requester's other tickets). Default: the shared selection's. */
  onOpenTicket?: (ticketId: string) => void;
  /**
   * Fill the height of the container (a drawer, a pane): the timeline takes the room left and the composer stays at
   * the bottom. Default `false`: the timeline has a height of its own (`--tk-conversation-height`).
   */
  fill?: boolean;
  /** Replacements of the detail's parts (`Header`, `Controls`, `Properties`, `Conversation`, `Composer`), each given the props of the part it replaces. */
  components?: TicketDetailComponents;
  /** The host's own buttons in the header, given the ticket and the model, e.g. `({ ticket }) => <RefundButton orderId={ticket.fields.orderId} />`. */
  actions?: TicketDetailActionsRender;
}

/** Which view of the detail to show, from the ticket query. */
export function detailViewState(ticketId: string | null | undefined, query: { isPending: boolean; error: Error | null; data?: unknown }): TicketDetailViewState {
  if (!ticketId) return 'empty';
  if (query.data !== undefined) return 'ready';
  if (query.error instanceof ForbiddenError) return 'forbidden';
  if (query.error instanceof NotFoundError) return 'not-found';
  if (query.error) return 'error';
  return 'loading';
}

/**
 * An open ticket: a compact header (ID, subject, end user, assistant, the host's `actions`, one-click Close or Reopen,
 * previous and next ticket when `neighbours` is given); status, priority and assignee controls (disabled with the
 * reason when the viewer may not use them); a conflict banner when it changed meanwhile; the ticket's story as one
 * timeline (messages, internal notes, history, the assistant's handoff); one composer for replies and internal notes;
 * and a details column (times, the model's custom fields, the requester's other tickets) beside the timeline when
 * wide, a disclosure above it when narrow. Each part is exported and can be replaced through `components`. A ticket
 * the viewer may not see shows a clear message, not a crash.
 * Needs a `TicketsProvider` above it.
 */
export function TicketDetail(props: TicketDetailProps): ReactNode {
  const { unstyled = false, headingLevel = 2, renderSubject } = props;
  const [selected] = useSelectedTicket();
  const open = useOpenTicket();
  const [detailsOpen, setDetailsOpen] = useState(false);
  const sideId = useId();
  const ticketId = props.ticketId !== undefined ? props.ticketId : selected;
  const messages = useMessages(props.messages);
  const format = useFormat();
  const query = useTicket(ticketId);
  const actions = useTicketActions(ticketId ?? '');
  const titleId = useId();
  const reasonId = useId();
  const model = useTicketModel();
  const slot = useSlots<TicketDetailPart>('ticket-detail', props);
  const view = detailViewState(ticketId, query);
  const ticket = query.data;

  // The conversation mounts only once the ticket is here; fetch it alongside the ticket rather than after it, so
  // both arrive together and the detail is drawn once, with its messages (a 2,000-message ticket opened a frame
  // and a round trip sooner).
  const source = useTicketsContext();
  const client = useQueryClient();
  useEffect(() => {
    if (ticketId) void prefetchTicketDetail(client, source, ticketId);
  }, [client, source, ticketId]);

  if (view !== 'ready' || !ticket || !ticketId) {
    const error = query.error;
    return (
      <DetailState
        view={view === 'ready' ? 'loading' : view}
        ticketId={ticketId ?? null}
        // A forbidden ticket says why in the backend's words; a missing one (to a member, also one outside their
        // scope: the backend does not tell them apart) says both; other errors get the sentence for their kind.
        body={
          error instanceof ForbiddenError ? error.reason
          : error instanceof NotFoundError ? messages.detail.notFoundBody
          : error ? errorText(error, messages.common) : undefined
        }
        retry={() => void query.refetch()}
        messages={messages}
        slot={slot}
        unstyled={unstyled}
      />
    );
  }

  const { Header = TicketHeader, Controls = TicketControls, Properties = TicketProperties } = props.components ?? {};
  const { Conversation: ConversationPart = Conversation, Composer = TicketComposer } = props.components ?? {};
  const openTicket = props.onOpenTicket ?? ((ticketId: string) => void open(ticketId));
  return (
    // Keyed by ticket: another ticket's controls, conversation and composer start afresh, never with this one's
    // half-typed state or measured rows. (Writes are bound to their ticket by their variables, not by this key.)
    <section
      key={ticket.id}
      {...slot('root', { state: view })}
      data-ticket-id={ticket.id}
      data-status={ticket.status}
      data-fill={props.fill || undefined}
      {...(renderSubject ? { 'aria-label': messages.detail.label(ticket.id) } : { 'aria-labelledby': titleId })}
    >
      <Header
        ticket={ticket}
        titleId={renderSubject ? undefined : titleId}
        renderSubject={renderSubject}
        headingLevel={headingLevel}
        messages={messages}
        format={format}
        slot={slot}
        actions={props.actions?.({ ticket, model })}
        tools={
          <>
            {/* When narrow, the details open from the ID's line rather than a line of their own: the timeline gets it. */}
            <button type="button" {...slot('side-toggle', { defaults: 'tk-button' })} data-variant="ghost" aria-expanded={detailsOpen} aria-controls={sideId} onClick={() => setDetailsOpen((open) => !open)}>
              {messages.timeline.header.details}
            </button>
            <TicketTools ticket={ticket} actions={actions} neighbours={props.neighbours} messages={messages} format={format} slot={slot} />
          </>
        }
      />
      <div {...slot('control-bar')}>
        <Controls ticket={ticket} actions={actions} messages={messages} slot={slot} unstyled={unstyled} reasonId={reasonId} />
      </div>
      <div {...slot('body')}>
        {/* Beside the timeline when there is room; else above it, opened by the toggle. */}
        <aside {...slot('side', { state: detailsOpen ? 'open' : 'closed' })} aria-label={messages.timeline.header.details}>
          <div {...slot('side-content')} id={sideId}>
            <dl {...slot('facts')} data-facts="times">
              <div {...slot('fact')} data-fact="created">
                <dt {...slot('fact-label')}>{messages.detail.created}</dt>
                <dd {...slot('fact-value')}>
                  <time dateTime={ticket.createdAt}>{format.dateTime(ticket.createdAt)}</time>
                </dd>
              </div>
              <div {...slot('fact')} data-fact="updated">
                <dt {...slot('fact-label')}>{messages.detail.updated}</dt>
                <dd {...slot('fact-value')}>
                  <time dateTime={ticket.updatedAt}>{format.dateTime(ticket.updatedAt)}</time>
                </dd>
              </div>
            </dl>
            <Properties ticket={ticket} actions={actions} messages={messages} format={format} reasonId={reasonId} slot={slot} />
            <RequesterTickets ticket={ticket} onOpen={openTicket} messages={messages} format={format} slot={slot} unstyled={unstyled} headingLevel={headingLevel === 2 ? 3 : 4} />
          </div>
        </aside>
        <div {...slot('main')}>
          <ConversationPart
            ticketId={ticket.id}
            handoffMessageId={ticket.handoffMessageId}
            messages={props.messages}
            classNames={props.conversationClassNames}
            unstyled={unstyled}
            headingLevel={headingLevel === 2 ? 3 : 4}
          />
          <Composer ticket={ticket} actions={actions} messages={props.messages} classNames={props.composerClassNames} unstyled={unstyled} templates={props.templates} />
        </div>
      </div>
    </section>
  );
}
