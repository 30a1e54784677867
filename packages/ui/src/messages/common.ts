import type { TicketPriority, TicketStatus } from '@ticketkit/core';

/** Strings shared by every component: statuses, priorities, errors. */
export interface CommonMessages {
  status: Record<TicketStatus, string>;
  priority: Record<TicketPriority, string>;
  loading: string;
  retry: string;
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
  errors: {
    unavailable: 'The ticket service is not reachable right now.',
    forbidden: 'You do not have access to these tickets.',
    notFound: 'This could not be found.',
    validation: (field) => `The request was refused: ${field} is not valid.`,
    conflict: 'Someone else changed this in the meantime.',
    unknown: 'Something went wrong.',
  },
};
