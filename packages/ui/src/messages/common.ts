import type { TicketPriority, TicketStatus } from '@ticketkit/core';

/** Strings shared by every component: statuses, priorities, errors. */
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
  /** What went wrong, by the kind of the adapter's typed error. */
  errors: {
    unavailable: string;
    forbidden: string;
    notFound: string;
    validation: (field: string) => string;
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
  errors: {
    unavailable: 'The ticket service is not reachable right now.',
    forbidden: 'You do not have access to these tickets.',
    notFound: 'This could not be found.',
    validation: (field) => `The request was refused: ${field} is not valid.`,
    conflict: 'Someone else changed this in the meantime.',
    unknown: 'Something went wrong.',
  },
};
