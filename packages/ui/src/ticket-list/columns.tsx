import { fieldSort, type FieldDefinition, type SearchSnippet, type Ticket, type TicketFields, type TicketModel, type TicketSortField } from '@ticketkit/core';
import type { ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import type { ModelText } from '../lib/model-text';
import { VisuallyHidden } from '../parts/visually-hidden';
import { fieldValueText } from '../ticket-detail/field-value';
import type { TicketsUIMessages } from '../messages/messages';
import { StatusBadge } from '../parts/badges';
import { AssigneeCell, DateCell, PriorityCell, SubjectCell, WaitingCell } from './cells';
import { Highlight } from '../parts/highlight';

/** What a cell renderer gets besides the ticket. */
export interface TicketCellContext {
  /** The applied search, to highlight matches with `<Highlight>`. */
  search: string;
  format: Formatter;
  messages: TicketsUIMessages;
  unstyled: boolean;
  /** The names of the model's statuses, priorities and options in these messages. */
  words: ModelText;
  /** The time waits are counted to (ms since the epoch); moves on every minute. */
  now: number;
  /** Why each ticket of the page matched the search, when not by its subject, ID or requester (by ticket ID). */
  snippets: Readonly<Record<string, SearchSnippet>>;
}

/**
 * One column of `TicketList`: a header, a cell renderer, and the sort field its header toggles, if any. `Fields` is
 * the type of `ticket.fields` under the host's model (`TicketColumn<TicketFieldsOf<typeof model>>`), so a cell reads
 * its custom fields typed.
 */
export interface TicketColumn<Fields extends TicketFields = TicketFields> {
  /** Unique key; also the cell's `data-column`. */
  id: string;
  /** Header text, or a function of the messages in effect. */
  header: ReactNode | ((messages: TicketsUIMessages) => ReactNode);
  /** Renders the cell from the whole ticket, custom fields included. Keep it cheap: it runs for every row of the page. */
  cell(ticket: Ticket<Fields>, context: TicketCellContext): ReactNode;
  /** Makes the header a sort button for this field. */
  sortField?: TicketSortField;
}

/** The ID of the column of a custom field: `fields.<field ID>`. */
export type FieldColumnId = `fields.${string}`;

/** IDs of the built-in columns. */
export type TicketColumnId = 'id' | 'createdAt' | 'requester' | 'status' | 'priority' | 'subject' | 'updatedAt' | 'waiting' | 'assignee';

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
    cell: (ticket, context) => <DateCell iso={ticket.createdAt} context={context} />,
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
    cell: (ticket, { unstyled, messages }) => <StatusBadge status={ticket.status} unstyled={unstyled} messages={messages} />,
  },
  priority: {
    id: 'priority',
    header: (m) => m.list.columns.priority,
    sortField: 'priority',
    cell: (ticket, context) => <PriorityCell ticket={ticket} context={context} />,
  },
  subject: {
    id: 'subject',
    header: (m) => m.list.columns.subject,
    cell: (ticket, context) => <SubjectCell ticket={ticket} context={context} />,
  },
  waiting: {
    id: 'waiting',
    header: (m) => m.list.columns.waiting,
    sortField: 'waitingSince',
    cell: (ticket, context) => <WaitingCell ticket={ticket} context={context} />,
  },
  assignee: {
    id: 'assignee',
    header: (m) => m.list.columns.assignee,
    cell: (ticket, context) => <AssigneeCell ticket={ticket} context={context} />,
  },
  updatedAt: {
    id: 'updatedAt',
    header: (m) => m.list.columns.updatedAt,
    sortField: 'updatedAt',
    cell: (ticket, context) => <DateCell iso={ticket.updatedAt} context={context} />,
  },
};

/**
 * The columns shown when `columns` is not given, in order: what an agent reads first. The subject cell carries the ID
 * (small) and a search's snippet; `id` and `createdAt` are there to add. Add custom fields by ID (`'fields.orderId'`).
 */
export const DEFAULT_TICKET_COLUMNS: readonly TicketColumnId[] = ['subject', 'requester', 'waiting', 'status', 'priority', 'assignee', 'updatedAt'];

/** Every built-in column in the order the display menu lists and places them. */
export const TICKET_COLUMN_ORDER: readonly TicketColumnId[] = ['id', 'subject', 'requester', 'waiting', 'status', 'priority', 'assignee', 'createdAt', 'updatedAt'];

/**
 * The column of a custom field: its label as header, its value rendered by type, a sort button when it is sortable.
 * The columns prop takes it by ID too: `'fields.orderId'`.
 */
export function fieldColumn(field: FieldDefinition): TicketColumn {
  return {
    id: fieldSort(field.id),
    header: field.label,
    ...(field.sortable ? { sortField: fieldSort(field.id) } : {}),
    // Text only: a link in a cell would be a second click target inside the row that opens the ticket, and a tab stop
    // of its own among rows that keep one.
    cell: (ticket, { format, messages, words }) => {
      const text = fieldValueText(field, ticket.fields?.[field.id], format, words);
      return text ?? (
        <>
          <span aria-hidden="true">—</span>
          <VisuallyHidden>{messages.detail.fields.notSet}</VisuallyHidden>
        </>
      );
    },
  };
}

/** A column the `columns` prop takes: a built-in ID, a custom field's ID (`fields.orderId`), or a column of your own. */
export type TicketColumnSpec<Fields extends TicketFields = TicketFields> = TicketColumnId | FieldColumnId | TicketColumn<Fields>;

/**
 * Resolves the `columns` prop under `model`: built-in IDs become their columns, `fields.<id>` the column of that
 * field, custom columns pass through. Without `columns`: the built-in ones (a host picks which fields earn a column).
 * @throws Error naming an ID that is neither built in nor a field of the model.
 */
export function resolveColumns(columns: readonly TicketColumnSpec[] | undefined, model?: TicketModel): TicketColumn[] {
  return (columns ?? DEFAULT_TICKET_COLUMNS).map((column) => {
    if (typeof column !== 'string') return column as TicketColumn;
    if (column in ticketColumns) return ticketColumns[column as TicketColumnId];
    const field = column.startsWith('fields.') ? model?.field(column.slice('fields.'.length)) : undefined;
    if (!field) throw new Error(`TicketList columns: ${JSON.stringify(column)} is neither a built-in column nor a field of the ticket model.`);
    return fieldColumn(field);
  });
}
