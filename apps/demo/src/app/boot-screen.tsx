import { useState, type ReactNode } from 'react';
import { clearStoredData } from '../data/idb-store';

/** What shows while the demo data loads (or is generated on the first visit), or why it could not start. */
export function BootScreen({ error }: { error?: unknown }): ReactNode {
  return (
    <main className="boot-screen">
      <div className="boot-card">
        <p className="brand-name">Acme Console</p>
        {error === undefined ? (
          <p role="status">Preparing the demo data…</p>
        ) : (
          <div role="alert">
            <h1>The demo could not start</h1>
            <p>{error instanceof Error ? error.message : String(error)}</p>
            <ResetAndReload />
          </div>
        )}
      </div>
    </main>
  );
}

/** The way out when the start failed: forget the saved data and start over with freshly generated tickets. */
function ResetAndReload(): ReactNode {
  const [failure, setFailure] = useState<string | null>(null);
  const reset = () => {
    clearStoredData().then(
      () => window.location.reload(),
      (error: unknown) => setFailure(`The saved data could not be cleared: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  return (
    <>
      <button type="button" className="button" onClick={reset}>
        Reset the demo data and reload
      </button>
      {failure !== null && <p>{failure}</p>}
    </>
  );
}
