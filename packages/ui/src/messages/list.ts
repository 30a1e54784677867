import { plural } from './plural';

/** Strings of `TicketList`. Values arrive already formatted for the locale. */
export interface TicketListMessages {
  /** Accessible name of the table. */
  label: string;
  columns: {
    id: string;
    createdAt: string;
    requester: string;
    status: string;
    priority: string;
    subject: string;
    updatedAt: string;
    assignee: string;
  };
  loading: string;
  emptyTitle: string;
  emptyBody: string;
  noMatchesTitle: string;
  noMatchesBody: string;
  clearFilters: string;
  errorTitle: string;
  /** Shown when some records of the page were malformed and left out: their number, and it formatted for the locale. */
  rejected: (count: number, formatted: string) => string;
  /**
   * Shown when a filter, sort or page (typed, or read from the URL) was refused; `field` is the refused field's name
   * from `common.fieldNames`, or `null` for a field without a known name.
   */
  invalidQuery: (field: string | null) => string;
  unassigned: string;
}

/** English defaults of `TicketListMessages`. */
export const ticketListMessages: TicketListMessages = {
  label: 'Tickets',
  columns: {
    id: 'ID',
    createdAt: 'Created',
    requester: 'User',
    status: 'Status',
    priority: 'Priority',
    subject: 'Description',
    updatedAt: 'Last update',
    assignee: 'Assignee',
  },
  loading: 'Loading tickets…',
  emptyTitle: 'No tickets yet',
  emptyBody: 'Tickets appear here when a conversation with an assistant needs a person.',
  noMatchesTitle: 'No ticket matches these filters',
  noMatchesBody: 'Try other words, another status or a wider date range.',
  clearFilters: 'Clear the filters',
  errorTitle: 'The tickets could not be loaded',
  rejected: (count, formatted) =>
    plural('en', count, {
      one: `${formatted} ticket could not be shown because its data was malformed.`,
      other: `${formatted} tickets could not be shown because their data was malformed.`,
    }),
  invalidQuery: (field) => (field ? `Not applied: the ${field} given is not valid.` : 'Not applied: a filter, sort or page given is not valid.'),
  unassigned: 'Unassigned',
};
