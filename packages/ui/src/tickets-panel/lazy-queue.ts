import { lazyPart } from '../lib/lazy';

/** The saved-view dialogs, in the queue's lazy chunk. */
export const queueDialogs = lazyPart('the saved views', () => import('./queue-dialogs').then((module) => module.ViewDialog));
/** The list of shortcuts, in the queue's lazy chunk. */
export const shortcutsDialog = lazyPart('the keyboard shortcuts', () => import('./queue-dialogs').then((module) => module.ShortcutsDialog));
/** The bulk bar with its writes and report: loaded once a first row is selected (or about to be). */
export const bulkBar = lazyPart('the bulk changes', () => import('./bulk-bar').then((module) => module.BulkBar));
