import { useRef, useState, type ReactNode } from 'react';
import type { DemoBackend } from '../data/backend';

/** Removes the panel's saved reply and note drafts, which belong to the data being thrown away. */
function clearDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('ticketkit:draft:')) sessionStorage.removeItem(key);
  } catch {
    // No session storage: nothing was saved there.
  }
}

/** "Reset demo data": asks first, then throws every change away and starts again from freshly generated data. */
export function ResetDataButton({ backend }: { backend: DemoBackend }): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);

  const reset = async (): Promise<void> => {
    setBusy(true);
    await backend.resetData();
    clearDrafts();
    // A fresh load regenerates the data; the panel's URL state goes too, it may point at changed tickets.
    window.location.assign('/tickets');
  };

  return (
    <>
      <button type="button" className="button button-quiet" onClick={() => dialog.current?.showModal()}>
        Reset demo data…
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="reset-title" aria-describedby="reset-text">
        <h2 id="reset-title">Reset the demo data?</h2>
        <p id="reset-text">
          Every change made in this browser (statuses, assignments, notes and replies) is thrown away, and the demo starts
          again from freshly generated tickets.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={() => void reset()} disabled={busy}>
            {busy ? 'Resetting…' : 'Reset data'}
          </button>
        </div>
      </dialog>
    </>
  );
}
