import type { Ticket, TicketSortField } from '@ticketkit/core';
import type { ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import type { TicketsUIMessages } from '../messages/messages';
import { PriorityBadge, StatusBadge } from '../parts/badges';
import { Highlight } from '../parts/highlight';

/** What a cell renderer gets besides the ticket. */
export interface TicketCellContext {
  /** The applied search, to highlight matches with `<Highlight>`. */
  search: string;
  format: Formatter;
  messages: TicketsUIMessages;
  unstyled: boolean;
}

/** One column of `TicketList`: a header, a cell renderer, and the sort field its header toggles, if any. */
export interface TicketColumn {
  /** Unique key; also the cell's `data-column`. */
  id: string;
  /** Header text, or a function of the messages in effect. */
  header: ReactNode | ((messages: TicketsUIMessages) => ReactNode);
  /** Renders the cell. Keep it cheap: it runs for every row of the page. */
  cell: (ticket: Ticket, context: TicketCellContext) => ReactNode;
  /** Makes the header a sort button for this field. */
  sortField?: TicketSortField;
}

/** IDs of the built-in columns. */
export type TicketColumnId = 'id' | 'createdAt' | 'requester' | 'status' | 'priority' | 'subject' | 'updatedAt';

/** The built-in columns, to reuse or extend (`{ ...ticketColumns.status, cell: myCell }`). */
export const ticketColumns: Record<TicketColumnId, TicketColumn> = {
  id: {
    id: 'id',
    header: (m) => m.list.columns.id,
    cell: (ticket, { search, unstyled }) => <Highlight text={ticket.id} search={search} unstyled={unstyled} />,
  },
  createdAt: {
    id: 'createdAt',
    header: (m) => m.list.columns.createdAt,
    sortField: 'createdAt',
    cell: (ticket, { format }) => <time dateTime={ticket.createdAt}>{format.dateTime(ticket.createdAt)}</time>,
  },
  requester: {
    id: 'requester',
    header: (m) => m.list.columns.requester,
    cell: (ticket, { search, unstyled }) => (
      <>
        {/* Long names and e-mails are clipped on screen: the title keeps the whole text a hover away. */}
        <span data-slot="ticket-list-requester-name" className={unstyled ? undefined : 'tk-ticket-list-requester-name'} title={ticket.requester.name}>
          <Highlight text={ticket.requester.name} search={search} unstyled={unstyled} />
        </span>
        <span data-slot="ticket-list-requester-email" className={unstyled ? undefined : 'tk-ticket-list-requester-email'} title={ticket.requester.email}>
          <Highlight text={ticket.requester.email} search={search} unstyled={unstyled} />
        </span>
      </>
    ),
  },
  status: {
    id: 'status',
    header: (m) => m.list.columns.status,
    cell: (ticket, { unstyled }) => <StatusBadge status={ticket.status} unstyled={unstyled} />,
  },
  priority: {
    id: 'priority',
    header: (m) => m.list.columns.priority,
    sortField: 'priority',
    cell: (ticket, { unstyled }) => <PriorityBadge priority={ticket.priority} unstyled={unstyled} />,
  },
  subject: {
    id: 'subject',
    header: (m) => m.list.columns.subject,
    cell: (ticket, { search, unstyled }) => (
      <span data-slot="ticket-list-subject" className={unstyled ? undefined : 'tk-ticket-list-subject'} title={ticket.subject}>
        <Highlight text={ticket.subject} search={search} unstyled={unstyled} />
      </span>
    ),
  },
  updatedAt: {
    id: 'updatedAt',
    header: (m) => m.list.columns.updatedAt,
    sortField: 'updatedAt',
    cell: (ticket, { format }) => <time dateTime={ticket.updatedAt}>{format.dateTime(ticket.updatedAt)}</time>,
  },
};

/** The columns shown when `columns` is not given, in order. */
export const DEFAULT_TICKET_COLUMNS: readonly TicketColumnId[] = ['id', 'createdAt', 'requester', 'status', 'priority', 'subject', 'updatedAt'];

/** Resolves the `columns` prop: built-in IDs become their columns, custom columns pass through. */
export function resolveColumns(columns: readonly (TicketColumnId | TicketColumn)[] = DEFAULT_TICKET_COLUMNS): TicketColumn[] {
  return columns.map((column) => (typeof column === 'string' ? ticketColumns[column] : column));
}
