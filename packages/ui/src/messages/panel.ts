/** Strings of `TicketsPanel`. */
export interface TicketsPanelMessages {
  /** Accessible name of the whole panel. */
  label: string;
  /** Accessible name of the drawer (or side pane) when no ticket is loaded yet. */
  detailLabel: string;
  /** Describes the drawer for screen readers. */
  drawerDescription: string;
  close: string;
  /** Shown when the code of the ticket view could not be downloaded (offline, or the app was updated meanwhile). */
  detailLoadFailed: string;
}

/** English defaults of `TicketsPanelMessages`. */
export const ticketsPanelMessages: TicketsPanelMessages = {
  label: 'Support tickets',
  detailLabel: 'Ticket',
  drawerDescription: 'The ticket’s details, conversation and internal notes. Press Escape to go back to the list.',
  close: 'Close',
  detailLoadFailed: 'The ticket view could not be downloaded. Check your connection and try again, or reload the page.',
};
