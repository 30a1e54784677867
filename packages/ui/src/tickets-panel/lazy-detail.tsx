import type { Ticket } from '@ticketkit/core';
import type { ReactElement, ReactNode } from 'react';
import type { ReplyTemplate } from '../composer/templates';
import { lazyPart } from '../lib/lazy';
import { LazyBoundary } from '../lib/lazy-boundary';
import type { MessagesOverride, TicketsUIMessages } from '../messages/messages';
import { VisuallyHidden } from '../parts/visually-hidden';
import type { TicketDetailActionsRender, TicketDetailComponents } from '../ticket-detail/components';
import { DetailPlaceholder } from './detail-placeholder';

/** The panel's detail and notes, in their own chunk: the list's first screen loads without them. */
export const detailPart = lazyPart('the ticket detail', () => import('./panel-detail').then((module) => module.PanelDetail));

/** Props of `LazyDetail`. */
export interface LazyDetailProps {
  ticketId: string | null;
  /** The host's overrides, passed on to the detail. */
  messages: MessagesOverride | undefined;
  /** The merged messages, for the placeholders. */
  resolved: TicketsUIMessages;
  unstyled: boolean;
  /** Wraps the subject heading (in the drawer: the dialog's title). */
  renderSubject?: (heading: ReactElement) => ReactNode;
  /** Replacements of the detail's parts, passed on. */
  components?: TicketDetailComponents | undefined;
  /** The host's own buttons in the detail's header, passed on. */
  actions?: TicketDetailActionsRender | undefined;
  /** The host's saved replies, passed on. */
  templates?: readonly ReplyTemplate[] | undefined;
  /** Opens a ticket of the list (previous, next). */
  onOpen: (ticket: Ticket) => void;
  /** Opens a ticket by ID (the requester's other tickets). */
  onOpenId: (ticketId: string) => void;
}

/**
 * The open ticket in the panel, its code loaded on demand: the empty view needs no code; while the code loads, the
 * detail's own loading view (a `role="status"`); when it could not load, an alert with a retry.
 */
export function LazyDetail({ ticketId, messages, resolved, unstyled, renderSubject, components, actions, templates, onOpen, onOpenId }: LazyDetailProps): ReactNode {
  if (!ticketId) return <DetailPlaceholder view="empty" ticketId={null} messages={resolved} unstyled={unstyled} />;
  // The drawer names itself by the ticket's subject once the ticket is loaded, through the detail's heading; until the
  // detail is there too, the title says which ticket it is.
  // The wrapper (a dialog title with `asChild`) gets a plain element, which takes its ID and ref under React 18 too.
  const title = renderSubject && <VisuallyHidden>{renderSubject(<span>{`${resolved.panel.detailLabel} ${ticketId}`}</span>)}</VisuallyHidden>;
  return (
    <LazyBoundary
      fallback={
        <>
          {title}
          <DetailPlaceholder view="loading" ticketId={ticketId} messages={resolved} unstyled={unstyled} />
        </>
      }
      failed={(retry) => (
        <>
          {title}
          <DetailPlaceholder view="failed" ticketId={ticketId} messages={resolved} unstyled={unstyled} retry={retry} />
        </>
      )}
      onRetry={detailPart.retry}
    >
      <detailPart.Component
        ticketId={ticketId}
        messages={messages}
        unstyled={unstyled}
        renderSubject={renderSubject}
        components={components}
        actions={actions}
        templates={templates}
        onOpen={onOpen}
        onOpenId={onOpenId}
      />
    </LazyBoundary>
  );
}
