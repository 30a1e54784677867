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
  /** Shown when some records of the page were malformed and left out. */
  rejected: (count: string) => string;
  /** Shown when a filter, sort or page (typed, or read from the URL) was refused; `field` is the query field. */
  invalidQuery: (field: string) => string;
  unassigned: string;
  /** What an empty custom field cell reads as (a dash is shown). */
  fieldEmpty: string;
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
  rejected: (count) => `${count} tickets could not be shown because their data was malformed.`,
  invalidQuery: (field) => `Not applied: the ${field} given is not valid.`,
  unassigned: 'Unassigned',
  fieldEmpty: 'Not set',
};
