import type { ReactNode } from 'react';

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
          </div>
        )}
      </div>
    </main>
  );
}
