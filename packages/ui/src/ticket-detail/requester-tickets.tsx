import { DEFAULT_TICKET_QUERY, type Ticket } from '@ticketkit/core';
import { ticketListOptions, useTicketsContext } from '@ticketkit/react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { whenIdle } from '../lib/lazy';
import type { Formatter } from '../lib/format';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { StatusBadge } from '../parts/badges';
import type { TicketDetailPart } from './parts';

/** How many of the requester's other tickets are listed (the newest). */
const SHOWN = 5;

/** Props of `RequesterTickets`. */
export interface RequesterTicketsProps {
  ticket: Ticket;
  /** Opens one of them in place of this one. */
  onOpen: (ticketId: string) => void;
  messages: TicketsUIMessages;
  format: Formatter;
  slot: SlotFn<TicketDetailPart>;
  unstyled: boolean;
  /** Level of its heading: one below the subject's. Default 3. */
  headingLevel?: 3 | 4;
}

/**
 * The same end user's other tickets: how many, and the newest few, each a button opening it in place. Asked of the
 * adapter through the list query's `requester` filter, newest first.
 */
export function RequesterTickets({ ticket, onOpen, messages, format, slot, unstyled, headingLevel = 3 }: RequesterTicketsProps): ReactNode {
  const source = useTicketsContext();
  const titleId = useId();
  const request = { ...DEFAULT_TICKET_QUERY, requester: ticket.requester.id, pageSize: SHOWN + 1, timeZone: source.timeZone };
  // Asked once the open ticket is drawn and the browser is idle: a search over every ticket must not delay the
  // timeline (in the memory adapter it runs on the page's own thread).
  const [wanted, setWanted] = useState(false);
  useEffect(() => whenIdle(() => setWanted(true), 500), []);
  const query = useQuery({ ...ticketListOptions(source, request), staleTime: 30_000, enabled: wanted });
  const text = messages.timeline.requesterTickets;
  const Heading = `h${headingLevel}` as const;
  const others = (query.data?.tickets ?? []).filter((other) => other.id !== ticket.id).slice(0, SHOWN);
  // The total counts this ticket too, when the viewer can see it (always, as it is open).
  const count = query.data ? Math.max(0, query.data.total - 1) : 0;
  return (
    <section {...slot('requester-tickets', { state: query.isPending ? 'loading' : query.isError ? 'error' : 'ready' })} aria-labelledby={titleId}>
      <Heading {...slot('requester-tickets-title')} id={titleId}>
        {query.data ? text.title(count, format.number(count)) : messages.common.loading}
      </Heading>
      {query.isError && <p {...slot('requester-tickets-empty')}>{text.loadError}</p>}
      {query.data && count === 0 && <p {...slot('requester-tickets-empty')}>{text.none}</p>}
      {others.length > 0 && (
        <ul {...slot('requester-tickets-list')}>
          {others.map((other) => (
            <li key={other.id}>
              <button type="button" {...slot('requester-ticket')} onClick={() => onOpen(other.id)} title={other.subject}>
                <span {...slot('requester-ticket-subject')}>{other.subject}</span>
                <span {...slot('requester-ticket-meta')}>
                  <StatusBadge status={other.status} unstyled={unstyled} messages={messages} /> <span>{other.id}</span> ·{' '}
                  <time dateTime={other.createdAt}>{format.dateTime(other.createdAt)}</time>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
