import '@ticketkit/ui/styles.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { BootScreen } from './app/boot-screen';
import { applyTheme } from './app/use-theme';
import { createDemoBackend } from './data/backend';
import { faultOptions } from './data/faults';
import { getSettings, subscribeSettings } from './data/settings';
import type { MemoryAdapter } from '@ticketkit/core/memory';

declare global {
  interface Window {
    /** The demo's store, for the console and the end-to-end tests. */
    __ticketkitDemo?: {
      memory: MemoryAdapter;
      /** Every team member: any of them can act through `as`. */
      people: { id: string; name: string; role: string }[];
      as: (memberId: string) => ReturnType<MemoryAdapter['withViewer']>;
    };
  }
}

// The theme goes on before the first paint, so a dark-mode visitor never sees a light flash.
applyTheme(getSettings().theme);

const root = createRoot(document.getElementById('root')!);
root.render(<BootScreen />);

createDemoBackend({ model: getSettings().model }).then(
  (backend) => {
    // Faults apply outside React, before the first request, and on every change of the switches.
    const applyFaults = (): void => {
      const { latencyMs, failures } = getSettings();
      backend.setFaults(faultOptions(latencyMs, failures));
    };
    applyFaults();
    subscribeSettings(applyFaults);
    // The store as another person sees it, for the console and the end-to-end tests: a change made through it reaches
    // the panel as a live event, as a colleague's would (`__ticketkitDemo.as('tm-2').updateTicket(…)`).
    window.__ticketkitDemo = {
      memory: backend.memory,
      people: backend.teamMembers.map(({ id, name, role }) => ({ id, name, role })),
      as: (memberId) => {
        const viewer = backend.teamMembers.find((person) => person.id === memberId);
        if (!viewer) throw new Error(`__ticketkitDemo.as: no team member ${memberId}`);
        return backend.memory.withViewer({ id: viewer.id, name: viewer.name, role: viewer.role });
      },
    };
    root.render(
      <StrictMode>
        <App backend={backend} />
      </StrictMode>,
    );
  },
  (error: unknown) => root.render(<BootScreen error={error} />),
);
