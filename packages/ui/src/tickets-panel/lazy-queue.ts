import { lazyPart } from '../lib/lazy';

/** The saved-view dialogs, in the queue's lazy chunk. */
export const queueDialogs = lazyPart('the saved views', () => import('./queue-dialogs').then((module) => module.ViewDialog));
/** The list of shortcuts, in the queue's lazy chunk. */
export const shortcutsDialog = lazyPart('the keyboard shortcuts', () => import('./queue-dialogs').then((module) => module.ShortcutsDialog));
/** A bulk change's report, in the queue's lazy chunk. */
export const bulkReport = lazyPart('the bulk change report', () => import('./queue-dialogs').then((module) => module.BulkReport));
