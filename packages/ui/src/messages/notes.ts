/** Strings of `NotesPanel`. Values arrive already formatted. */
export interface NotesPanelMessages {
  /** Heading of the panel. */
  title: string;
  /** Says plainly that notes stay with the team. */
  internalBadge: string;
  internalHint: string;
  empty: string;
  loading: string;
  loadErrorTitle: string;
  /** e.g. `Ana Souza, Nov 1, 2026, 1:05 PM`. */
  byline: (author: string, time: string) => string;
  composerLabel: string;
  placeholder: string;
  add: string;
  adding: string;
  shortcut: string;
  failed: (reason: string) => string;
  added: string;
}

/** English defaults of `NotesPanelMessages`. */
export const notesPanelMessages: NotesPanelMessages = {
  title: 'Internal notes',
  internalBadge: 'Internal',
  internalHint: 'Only your team sees notes. They are never sent to the user.',
  empty: 'No notes yet.',
  loading: 'Loading notes…',
  loadErrorTitle: 'The notes could not be loaded',
  byline: (author, time) => `${author}, ${time}`,
  composerLabel: 'New internal note',
  placeholder: 'Write a note for the team…',
  add: 'Add note',
  adding: 'Adding…',
  shortcut: 'Ctrl+Enter or ⌘+Enter adds the note.',
  failed: (reason) => `The note was not added; your text is kept. ${reason}`,
  added: 'Note added.',
};
