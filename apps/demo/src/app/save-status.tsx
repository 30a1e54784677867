import { useSyncExternalStore, type ReactNode } from 'react';
import type { Persister, SaveStatus as Status } from '../data/persister';

const TEXT: Record<Status, string> = {
  saved: 'All changes saved',
  pending: 'Saving…',
  saving: 'Saving…',
  error: 'Changes could not be saved in this browser',
};

/** Whether the demo's changes are stored in the browser yet (they survive a reload once this says so). */
export function SaveStatus({ persister }: { persister: Persister }): ReactNode {
  const status = useSyncExternalStore(persister.onStatus, persister.status, persister.status);
  return (
    <span className="save-status" role="status" data-state={status}>
      {TEXT[status]}
    </span>
  );
}
