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
    waiting: string;
    select: string;
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
  /** How long the end user has waited for a reply, the duration formatted, e.g. `waiting 3 h`. */
  waiting: (duration: string) => string;
  /** Said for the mark of a ticket whose end user waits for a reply. */
  needsReply: string;
  /** The team spoke last: nobody waits. */
  notWaiting: string;
  /** Where the words of a search were found in a ticket that matched outside its subject. */
  snippetSource: { message: string; note: string };
  /** A row's checkbox, with the ticket's ID. */
  selectTicket: (ticketId: string) => string;
  /** The header's checkbox. */
  selectPage: string;
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
    subject: 'Subject',
    updatedAt: 'Last update',
    assignee: 'Assignee',
    waiting: 'Waiting',
    select: 'Select',
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
  waiting: (duration) => `waiting ${duration}`,
  needsReply: 'Needs a reply',
  notWaiting: 'Answered',
  snippetSource: { message: 'In the conversation', note: 'In a note' },
  selectTicket: (ticketId) => `Select ${ticketId}`,
  selectPage: 'Select every ticket on this page',
}
