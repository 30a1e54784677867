import type { FieldType, MessageAuthorKind } from '@ticketkit/core';
import { plural } from './plural';

/** Strings of `TicketDetail`, its conversation and its reply composer. Values arrive already formatted. */
export interface TicketDetailMessages {
  /** Accessible name of the detail region, e.g. `Ticket TK-1042`. */
  label: (ticketId: string) => string;
  noSelection: string;
  loading: string;
  loadErrorTitle: string;
  /** Shown when the viewer may not see the ticket, with the backend's reason. */
  forbiddenTitle: string;
  notFoundTitle: string;
  /** Under `notFoundTitle`: a member is told the same for a missing ticket and one outside their scope. */
  notFoundBody: string;
  requester: string;
  assistant: string;
  created: string;
  updated: string;
  status: string;
  priority: string;
  assignee: string;
  unassigned: string;
  assignToMe: string;
  /** Label and placeholder of the filter box over the team members. */
  assigneeFilter: string;
  assigneeNoMatch: string;
  teamLoadError: string;
  /** Shown while a change is being saved. */
  saving: string;
  /** A change was refused; `reason` is the error's sentence. */
  actionFailed: (reason: string) => string;
  dismiss: string;
  conflictTitle: string;
  conflictBody: string;
  conflictReload: string;
  conflictReapply: string;
  conversation: {
    /** Accessible name of the scrolling message log. */
    label: string;
    /** How many messages, e.g. `2,000 messages`: their number, and it formatted for the locale. */
    count: (count: number, formatted: string) => string;
    empty: string;
    loadErrorTitle: string;
    /** The label telling authors apart by text, not colour alone. */
    author: Record<MessageAuthorKind, string>;
    /** e.g. `Ana Souza (User)`. */
    byline: (name: string, kind: string) => string;
    /** Opens in a new tab: announced after an external link. */
    newTab: string;
    jumpToLatest: string;
  };
  /** The custom fields of the host's model, in the detail's properties. */
  fields: {
    /** Said for a field with no value (a dash is shown). */
    notSet: string;
    /** The edit button of an inline field, e.g. `Edit Order`. */
    edit: (field: string) => string;
    save: string;
    cancel: string;
    /** Why a typed value was refused, by field type, e.g. `Order must be a number.` */
    invalid: Record<FieldType, (field: string) => string>;
  };
  reply: {
    label: string;
    placeholder: string;
    send: string;
    sending: string;
    /** Tells how to send with the keyboard. */
    shortcut: string;
    failed: (reason: string) => string;
    closedNotice: string;
    sendAndReopen: string;
    reopened: string;
    sent: string;
  };
}

/** English defaults of `TicketDetailMessages`. */
export const ticketDetailMessages: TicketDetailMessages = {
  label: (ticketId) => `Ticket ${ticketId}`,
  noSelection: 'Select a ticket to see its conversation.',
  loading: 'Loading the ticket…',
  loadErrorTitle: 'The ticket could not be loaded',
  forbiddenTitle: 'You are not allowed to see this ticket',
  notFoundTitle: 'Ticket not found',
  notFoundBody: 'It does not exist, or it is not shared with you. Check the ID, or ask an administrator for access.',
  requester: 'User',
  assistant: 'Assistant',
  created: 'Created',
  updated: 'Last update',
  status: 'Status',
  priority: 'Priority',
  assignee: 'Assignee',
  unassigned: 'Unassigned',
  assignToMe: 'Assign to me',
  assigneeFilter: 'Find a team member',
  assigneeNoMatch: 'No team member matches.',
  teamLoadError: 'The team could not be loaded.',
  saving: 'Saving…',
  actionFailed: (reason) => `The change was not saved. ${reason}`,
  dismiss: 'Dismiss',
  conflictTitle: 'This ticket changed since you opened it',
  conflictBody: 'Your change was not saved. Reload to see the latest version, or apply your change again on top of it.',
  conflictReload: 'Reload',
  conflictReapply: 'Apply my change again',
  conversation: {
    label: 'Conversation',
    count: (count, formatted) => plural('en', count, { one: `${formatted} message`, other: `${formatted} messages` }),
    empty: 'No messages yet.',
    loadErrorTitle: 'The conversation could not be loaded',
    author: { end_user: 'User', assistant: 'AI assistant', team: 'Team' },
    byline: (name, kind) => `${name} (${kind})`,
    newTab: '(opens in a new tab)',
    jumpToLatest: 'Jump to the latest message',
  },
  fields: {
    notSet: 'Not set',
    edit: (field) => `Edit ${field}`,
    save: 'Save',
    cancel: 'Cancel',
    invalid: {
      text: (field) => `${field} is too long: at most 1,000 characters.`,
      number: (field) => `${field} must be a number, e.g. 1234 or 12.5.`,
      date: (field) => `${field} must be a date.`,
      choice: (field) => `Choose one of the options of ${field}.`,
      multichoice: (field) => `Choose among the options of ${field}.`,
      url: (field) => `${field} must be a web address starting with http:// or https://.`,
      email: (field) => `${field} must be an email address, e.g. name@example.com.`,
    },
  },
  reply: {
    label: 'Reply to the user',
    placeholder: 'Write a reply…',
    send: 'Send reply',
    sending: 'Sending…',
    shortcut: 'Ctrl+Enter or ⌘+Enter sends.',
    failed: (reason) => `The reply was not sent; your text is kept. ${reason}`,
    closedNotice: 'This ticket is closed. The user gets your reply either way; reopen it if the issue is not solved.',
    sendAndReopen: 'Send and reopen',
    reopened: 'The ticket was reopened.',
    sent: 'Reply sent.',
  },
};
