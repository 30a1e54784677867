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
import { exposeTestHooks } from './data/test-hooks';

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
    exposeTestHooks(backend);
    root.render(
      <StrictMode>
        <App backend={backend} />
      </StrictMode>,
    );
  },
  (error: unknown) => root.render(<BootScreen error={error} />),
);
