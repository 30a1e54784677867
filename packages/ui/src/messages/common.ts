import type { TicketPriority, TicketStatus } from '@ticketkit/core';

/**
 * The fields an error may name (of the list query, of a change, of a reply), in words, keyed by their names in the
 * query and the adapter contract. Each is used inside a sentence, e.g. `the {start date} is not valid`.
 */
export interface FieldNames {
  status: string;
  priority: string;
  assigneeId: string;
  createdFrom: string;
  createdTo: string;
  search: string;
  sort: string;
  direction: string;
  page: string;
  pageSize: string;
  ticketId: string;
  body: string;
  version: string;
  /** The address the list state was read from (a hand-edited link). */
  url: string;
  /** A change as a whole (status, priority, assignee). */
  patch: string;
}

/** Strings shared by every component: statuses, priorities, field names, errors. */
export interface CommonMessages {
  status: Record<TicketStatus, string>;
  priority: Record<TicketPriority, string>;
  loading: string;
  retry: string;
  /**
   * Why a control is disabled, by the policy's reason key. `notOwner` gets the assistant's name and whether the
   * viewer may `see` or `change` the ticket. A host policy's own keys go here too (a missing key shows the policy's
   * English message).
   */
  permissions: {
    notOwner: (values: { assistant: string; verb: string }) => string;
    readOnly: string;
    notLoaded: string;
    [reason: string]: string | ((values: { assistant: string; verb: string }) => string);
  };
  /** The names of the fields errors name; see `fieldName` for how a field path finds its name. */
  fieldNames: FieldNames;
  /** What went wrong, by the kind of the adapter's typed error. */
  errors: {
    unavailable: string;
    forbidden: string;
    notFound: string;
    /** A value was refused; `field` is its name from `fieldNames`, or `null` for a field without a known name. */
    validation: (field: string | null) => string;
    conflict: string;
    unknown: string;
  };
}

/** English defaults of `CommonMessages`. */
export const commonMessages: CommonMessages = {
  status: { open: 'Open', in_progress: 'In progress', closed: 'Closed' },
  priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  loading: 'Loading…',
  retry: 'Try again',
  permissions: {
    notOwner: ({ assistant, verb }) => `Only the owner of ${assistant} or an administrator can ${verb === 'see' ? 'see' : 'change'} this ticket.`,
    readOnly: 'You can see this ticket but not change it.',
    notLoaded: 'The ticket is not loaded yet.',
  },
  fieldNames: {
    status: 'status',
    priority: 'priority',
    assigneeId: 'assignee',
    createdFrom: 'start date',
    createdTo: 'end date',
    search: 'search text',
    sort: 'sort column',
    direction: 'sort order',
    page: 'page number',
    pageSize: 'number per page',
    ticketId: 'ticket ID',
    body: 'text',
    version: 'ticket version',
    url: 'link',
    patch: 'change',
  },
  errors: {
    unavailable: 'The ticket service is not reachable right now.',
    forbidden: 'You do not have access to these tickets.',
    notFound: 'This could not be found.',
    validation: (field) => (field ? `The request was refused: the ${field} is not valid.` : 'The request was refused: a value is not valid.'),
    conflict: 'Someone else changed this in the meantime.',
    unknown: 'Something went wrong.',
  },
};
