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
  /** On the ID line after the ID: the details' toggle (shown when narrow), then walking and closing (previous, next, close or reopen). */
  tools?: ReactNode;
}

/**
 * The ticket's ID and subject, who asked (name and address, cut with an ellipsis and given whole in a tooltip when
 * long) and through which assistant, the host's actions and the detail's `tools`: two compact lines. The times and the
 * custom fields are in the details column. Every value is text, never HTML.
 */
export function TicketHeader(props: TicketHeaderProps): ReactNode {
  const { ticket, titleId, headingLevel, messages, slot, renderSubject, actions, tools } = props;
  const text = messages.detail;
  const Heading = `h${headingLevel}` as const;
  const heading = (
    // No `id` prop at all when wrapped: a dialog title's own ID must win.
    <Heading {...slot('subject')} {...(titleId ? { id: titleId } : {})}>
      {ticket.subject}
    </Heading>
  );
  const requester = `${ticket.requester.name} <${ticket.requester.email}>`;
  return (
    <header {...slot('header')}>
      <div {...slot('header-bar')}>
        <p {...slot('id')}>{ticket.id}</p>
        {tools}
      </div>
      {renderSubject ? renderSubject(heading) : heading}
      <dl {...slot('facts')}>
        <div {...slot('fact')} data-fact="requester" title={requester}>
          <dt {...slot('fact-label')}>{text.requester}</dt>
          <dd {...slot('fact-value')}>
            <span data-slot="ticket-detail-requester-name">{ticket.requester.name}</span>{' '}
            <span data-slot="ticket-detail-requester-email">&lt;{ticket.requester.email}&gt;</span>
          </dd>
        </div>
        <div {...slot('fact')} data-fact="assistant">
          <dt {...slot('fact-label')}>{text.assistant}</dt>
          <dd {...slot('fact-value')}>{ticket.assistant.name}</dd>
        </div>
      </dl>
      {actions != null && actions !== false && <div {...slot('actions')}>{actions}</div>}
    </header>
  );
}
