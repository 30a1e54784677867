import { plural } from './plural';

/**
 * Strings of the queue around the list: quick views, the assignee, priority and sort menus, display settings, bulk
 * changes, saved views and the keyboard shortcuts. Values arrive already formatted for the locale; a count also
 * arrives as a number, for its plural form.
 */
export interface QueueMessages {
  /** Accessible name of the quick views (Unsolved, Mine, Unassigned). */
  quickViewsLabel: string;
  quickViews: { unsolved: string; mine: string; unassigned: string };
  /** The assignee filter's button, e.g. `Assignee: Me`. */
  assigneeTrigger: (value: string) => string;
  assigneeAnyone: string;
  assigneeMe: string;
  assigneeUnassigned: string;
  /** The priority filter's button, e.g. `Priority: Urgent, High`. */
  priorityTrigger: (value: string) => string;
  priorityAny: string;
  /** The sort menu's button, e.g. `Sort: Waiting longest`. */
  sortTrigger: (sort: string) => string;
  sorts: { waiting: string; newest: string; oldest: string; updated: string; priority: string; other: string };
  displayTrigger: string;
  densityLabel: string;
  density: { comfortable: string; compact: string };
  columnsLabel: string;
  bulk: {
    /** Accessible name of the bar of bulk actions. */
    label: string;
    /** e.g. `3 selected`. */
    selected: (count: number, formatted: string) => string;
    /** e.g. `Select all 733 matching`. */
    selectAllMatching: (count: number, formatted: string) => string;
    /** e.g. `All 733 matching tickets are selected`. */
    allMatchingSelected: (count: number, formatted: string) => string;
    clear: string;
    setStatus: string;
    setPriority: string;
    setAssignee: string;
    unassign: string;
    /** While writing, e.g. `Changing 12 of 30…`. */
    working: (done: string, total: string) => string;
    /** More tickets match than one change may act on. */
    tooMany: (limit: string) => string;
    resultTitle: string;
    changed: (count: number, formatted: string) => string;
    conflicted: (count: number, formatted: string) => string;
    failed: (count: number, formatted: string) => string;
    /** One ticket left out of the change, and why. */
    ticketReason: (ticketId: string, reason: string) => string;
    dismiss: string;
  };
  views: {
    trigger: string;
    none: string;
    save: string;
    manage: string;
    saveTitle: string;
    saveDescription: string;
    nameLabel: string;
    saveSubmit: string;
    cancel: string;
    manageTitle: string;
    manageDescription: string;
    rename: (name: string) => string;
    renameSubmit: string;
    remove: (name: string) => string;
    /** Where the views are kept when the backend keeps none. */
    keptInBrowser: string;
    failed: string;
  };
  shortcuts: {
    /** The button that opens the list of shortcuts. */
    button: string;
    title: string;
    description: string;
    actions: { next: string; previous: string; open: string; select: string; search: string; reply: string; close: string; help: string };
    /** Shown in the key column for an action turned off. */
    off: string;
    close: string;
  };
}

/** English defaults of `QueueMessages`. */
export const queueMessages: QueueMessages = {
  quickViewsLabel: 'Quick views',
  quickViews: { unsolved: 'Unsolved', mine: 'Mine', unassigned: 'Unassigned' },
  assigneeTrigger: (value) => `Assignee: ${value}`,
  assigneeAnyone: 'Anyone',
  assigneeMe: 'Me',
  assigneeUnassigned: 'Unassigned',
  priorityTrigger: (value) => `Priority: ${value}`,
  priorityAny: 'Any',
  sortTrigger: (sort) => `Sort: ${sort}`,
  sorts: {
    waiting: 'Waiting longest',
    newest: 'Newest',
    oldest: 'Oldest',
    updated: 'Recently updated',
    priority: 'Highest priority',
    other: 'Custom',
  },
  displayTrigger: 'Display',
  densityLabel: 'Density',
  density: { comfortable: 'Comfortable', compact: 'Compact' },
  columnsLabel: 'Columns',
  bulk: {
    label: 'Bulk changes',
    selected: (count, formatted) => `${formatted} selected`,
    selectAllMatching: (count, formatted) => plural('en', count, { one: `Select the ${formatted} matching ticket`, other: `Select all ${formatted} matching` }),
    allMatchingSelected: (count, formatted) =>
      plural('en', count, { one: `The ${formatted} matching ticket is selected`, other: `All ${formatted} matching tickets are selected` }),
    clear: 'Clear selection',
    setStatus: 'Set status',
    setPriority: 'Set priority',
    setAssignee: 'Assign',
    unassign: 'Nobody',
    working: (done, total) => `Changing ${done} of ${total}…`,
    tooMany: (limit) => `Too many tickets for one change: narrow the filters to ${limit} or fewer.`,
    resultTitle: 'Bulk change',
    changed: (count, formatted) => plural('en', count, { one: `${formatted} ticket changed.`, other: `${formatted} tickets changed.` }),
    conflicted: (count, formatted) =>
      plural('en', count, {
        one: `${formatted} ticket was changed by someone else meanwhile and was left as it was:`,
        other: `${formatted} tickets were changed by someone else meanwhile and were left as they were:`,
      }),
    failed: (count, formatted) =>
      plural('en', count, { one: `${formatted} ticket could not be changed:`, other: `${formatted} tickets could not be changed:` }),
    ticketReason: (ticketId, reason) => `${ticketId}: ${reason}`,
    dismiss: 'Dismiss',
  },
  views: {
    trigger: 'Saved views',
    none: 'No saved views yet',
    save: 'Save current view…',
    manage: 'Manage views…',
    saveTitle: 'Save this view',
    saveDescription: 'Keeps the filters, search, sort, columns and density under a name.',
    nameLabel: 'Name',
    saveSubmit: 'Save',
    cancel: 'Cancel',
    manageTitle: 'Saved views',
    manageDescription: 'Rename or delete your views.',
    rename: (name) => `Rename ${name}`,
    renameSubmit: 'Rename',
    remove: (name) => `Delete ${name}`,
    keptInBrowser: 'Kept in this browser only.',
    failed: 'The views could not be saved. Try again.',
  },
  shortcuts: {
    button: 'Keyboard shortcuts',
    title: 'Keyboard shortcuts',
    description: 'They work whenever you are not typing in a field.',
    actions: {
      next: 'Next ticket',
      previous: 'Previous ticket',
      open: 'Open the ticket',
      select: 'Select or unselect the ticket',
      search: 'Search',
      reply: 'Reply to the open ticket',
      close: 'Close the open ticket',
      help: 'Show this list',
    },
    off: 'Off',
    close: 'Close',
  },
};
