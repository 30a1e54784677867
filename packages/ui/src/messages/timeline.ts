import { plural } from './plural';

/** Strings of the open ticket's timeline, its composer, its header's walking and closing, and the requester's tickets. */
export interface TimelineMessages {
  /** How many internal notes the timeline holds, after the message count, e.g. `3 notes`. */
  notesCount: (count: number, formatted: string) => string;
  /** The assistant's tag beside its name: says that an AI wrote it. */
  assistantTag: string;
  /** Marks the message at which the assistant handed the conversation to a person. */
  handoff: string;
  /** The control that scrolls to and focuses the handoff. */
  jumpToHandoff: string;
  /** The label on every internal note in the timeline. */
  internalNote: string;
  /** Accessible name of a note, e.g. `Internal note by Sam Lee`. */
  noteBy: (author: string) => string;
  /** The name of a change nobody made by hand. */
  system: string;
  /** A value that was empty, in a change. */
  notSet: string;
  /** A status change, e.g. `Sam Lee changed the status from Open to Closed`. */
  statusChanged: (actor: string, from: string, to: string) => string;
  priorityChanged: (actor: string, from: string, to: string) => string;
  assigned: (actor: string, to: string) => string;
  unassigned: (actor: string, from: string) => string;
  reassigned: (actor: string, from: string, to: string) => string;
  fieldChanged: (actor: string, field: string, from: string, to: string) => string;
  /** Notes or history failed to load: the conversation shows without them. */
  partialError: string;
  composer: {
    /** Names the Reply / Internal note switch. */
    modes: string;
    reply: string;
    note: string;
    /** Label of the text box in note mode. */
    noteLabel: string;
    notePlaceholder: string;
    /** Under the text box in note mode: plainly internal. */
    noteHint: string;
    /** The one-step "send and close" button. */
    sendAndClose: string;
    /** The menu button offering the other statuses. */
    moreSend: string;
    /** One item of that menu, e.g. `Send and set In progress`. */
    sendAndSet: (status: string) => string;
    /** Announced after a send that also set the status. */
    sentAndSet: (status: string) => string;
    /** The saved-replies menu button, its filter and its empty result. */
    templates: string;
    templatesFilter: string;
    templatesEmpty: string;
    /** Under the text box when the host gave saved replies. */
    templatesHint: string;
    /** Names the list of saved replies shown while typing after "/". */
    templatesSuggest: string;
    /** Announced once a saved reply is in the text, e.g. `Inserted “Refund sent”.` */
    templateInserted: (name: string) => string;
  };
  header: {
    close: string;
    reopen: string;
    previous: string;
    next: string;
    /** The ticket's place in the list as shown between the arrows, e.g. `3 / 120`. */
    position: (position: string, total: string) => string;
    /** Names the previous/next controls with the ticket's place, e.g. `Ticket 3 of 120 in the list`. */
    walk: (position: string, total: string) => string;
    /** The disclosure of the ticket's details when there is no room for a side column. */
    details: string;
    /** Back from a full-screen ticket to the list (phones). */
    back: string;
  };
  requesterTickets: {
    /** Heading: the same end user's other tickets, e.g. `Other tickets (4)`. */
    title: (count: number, formatted: string) => string;
    none: string;
    loadError: string;
  };
}

/** English defaults of `TimelineMessages`. */
export const timelineMessages: TimelineMessages = {
  notesCount: (count, formatted) => plural('en', count, { one: `${formatted} note`, other: `${formatted} notes` }),
  assistantTag: 'AI',
  handoff: 'Handed to the team here',
  jumpToHandoff: 'Go to the handoff',
  internalNote: 'Internal note',
  noteBy: (author) => `Internal note by ${author}`,
  system: 'The system',
  notSet: 'not set',
  statusChanged: (actor, from, to) => `${actor} changed the status from ${from} to ${to}`,
  priorityChanged: (actor, from, to) => `${actor} changed the priority from ${from} to ${to}`,
  assigned: (actor, to) => `${actor} assigned the ticket to ${to}`,
  unassigned: (actor, from) => `${actor} unassigned ${from}`,
  reassigned: (actor, from, to) => `${actor} reassigned the ticket from ${from} to ${to}`,
  fieldChanged: (actor, field, from, to) => `${actor} changed ${field} from ${from} to ${to}`,
  partialError: 'Some notes or history could not be loaded; the conversation is complete.',
  composer: {
    modes: 'Write',
    reply: 'Reply',
    note: 'Internal note',
    noteLabel: 'Internal note for the team',
    notePlaceholder: 'Write a note only the team sees…',
    noteHint: 'Internal: only your team sees this note, never the user. Ctrl+Enter or ⌘+Enter adds it.',
    sendAndClose: 'Send and close',
    moreSend: 'Send and set a status',
    sendAndSet: (status) => `Send and set ${status}`,
    sentAndSet: (status) => `Reply sent. Status: ${status}.`,
    templates: 'Saved replies',
    templatesFilter: 'Find a saved reply',
    templatesEmpty: 'No saved reply matches.',
    templatesHint: 'Type / at the start of a line for saved replies.',
    templatesSuggest: 'Saved replies',
    templateInserted: (name) => `Inserted “${name}”.`,
  },
  header: {
    close: 'Close ticket',
    reopen: 'Reopen ticket',
    previous: 'Previous ticket',
    next: 'Next ticket',
    position: (position, total) => `${position} / ${total}`,
    walk: (position, total) => `Ticket ${position} of ${total} in the list`,
    details: 'Details',
    back: 'Back to the list',
  },
  requesterTickets: {
    title: (count, formatted) => plural('en', count, { one: `${formatted} other ticket`, other: `${formatted} other tickets` }),
    none: 'No other tickets from this user.',
    loadError: 'Their other tickets could not be loaded.',
  },
};
