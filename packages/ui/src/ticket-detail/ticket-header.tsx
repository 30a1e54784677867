import type { Ticket } from '@ticketkit/core';
import type { ReactElement, ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import type { TicketDetailPart } from './parts';

/** Props of `TicketHeader` (and of a `components.Header` that replaces it). */
export interface TicketHeaderProps {
  ticket: Ticket;
  /** ID of the subject heading; left out when `renderSubject` gives it another (a dialog title's). */
  titleId: string | undefined;
  renderSubject?: ((heading: ReactElement) => ReactNode) | undefined;
  headingLevel: 2 | 3;
  messages: TicketsUIMessages;
  format: Formatter;
  slot: SlotFn<TicketDetailPart>;
  /** The host's own buttons (what `TicketDetail`'s `actions` rendered), shown under the subject. */
  actions?: ReactNode;
}

/** The ticket's ID, subject, end user, assistant and times, and the host's actions. Every value is text, never HTML. */
export function TicketHeader(props: TicketHeaderProps): ReactNode {
  const { ticket, titleId, headingLevel, messages, format, slot, renderSubject, actions } = props;
  const text = messages.detail;
  const Heading = `h${headingLevel}` as const;
  const fact = (name: string, label: string, value: ReactNode) => (
    <div {...slot('fact')} data-fact={name}>
      <dt {...slot('fact-label')}>{label}</dt>
      <dd {...slot('fact-value')}>{value}</dd>
    </div>
  );
  const heading = (
    // No `id` prop at all when wrapped: a dialog title's own ID must win.
    <Heading {...slot('subject')} {...(titleId ? { id: titleId } : {})}>
      {ticket.subject}
    </Heading>
  );
  return (
    <header {...slot('header')}>
      <p {...slot('id')}>{ticket.id}</p>
      {renderSubject ? renderSubject(heading) : heading}
      {actions != null && actions !== false && <div {...slot('actions')}>{actions}</div>}
      <dl {...slot('facts')}>
        {fact(
          'requester',
          text.requester,
          <>
            <span data-slot="ticket-detail-requester-name">{ticket.requester.name}</span>{' '}
            <span data-slot="ticket-detail-requester-email">&lt;{ticket.requester.email}&gt;</span>
          </>,
        )}
        {fact('assistant', text.assistant, ticket.assistant.name)}
        {fact('created', text.created, <time dateTime={ticket.createdAt}>{format.dateTime(ticket.createdAt)}</time>)}
        {fact('updated', text.updated, <time dateTime={ticket.updatedAt}>{format.dateTime(ticket.updatedAt)}</time>)}
      </dl>
    </header>
  );
}
