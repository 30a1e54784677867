import { useId, type ReactNode } from 'react';
import type { DemoBackend } from '../data/backend';
import type { DemoViewer } from '../data/demo-data';
import {
  LATENCY_CHOICES,
  updateSettings,
  type DemoSettings,
  type FailureMode,
  type LayoutSetting,
  type ModelSetting,
  type ThemeSetting,
} from '../data/settings';
import { ResetDataButton } from './reset-data';
import { SaveStatus } from './save-status';

const FAILURE_LABELS: Record<FailureMode, string> = {
  off: 'None',
  writes: 'Every change fails',
  all: 'Every call fails',
  random: '30% of calls fail',
};
const THEME_LABELS: Record<ThemeSetting, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const LAYOUT_LABELS: Record<LayoutSetting, string> = { drawer: 'Drawer', split: 'Side by side' };
const MODEL_LABELS: Record<ModelSetting, string> = { seed: 'Built-in', 'host-example': "A host's own (example)" };

function latencyLabel(ms: number): string {
  return ms === 0 ? 'None' : ms < 1000 ? `${ms} ms` : `${ms / 1000} s`;
}

function viewerLabel(viewer: DemoViewer): string {
  return `${viewer.name} (${viewer.role === 'admin' ? 'administrator' : 'member'})`;
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }): ReactNode {
  const id = useId();
  return (
    <div className="demo-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/**
 * Controls that belong to the demo, not to a real admin app: who is signed in, the theme, and how healthy the
 * simulated backend is. Set apart under the header so nobody mistakes them for the panel's own.
 */
export function DemoBar({ backend, viewer, settings }: { backend: DemoBackend; viewer: DemoViewer; settings: DemoSettings }): ReactNode {
  const { origin } = backend;
  return (
    <section className="demo-bar" aria-label="Demo controls">
      <Field label="Signed in as">
        {(id) => (
          <select id={id} value={viewer.id} onChange={(event) => updateSettings({ viewerId: event.target.value })}>
            {backend.viewers.map((person) => (
              <option key={person.id} value={person.id}>
                {viewerLabel(person)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Theme">
        {(id) => (
          <select id={id} value={settings.theme} onChange={(event) => updateSettings({ theme: event.target.value as ThemeSetting })}>
            {Object.entries(THEME_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Ticket layout">
        {(id) => (
          <select id={id} value={settings.layout} onChange={(event) => updateSettings({ layout: event.target.value as LayoutSetting })}>
            {Object.entries(LAYOUT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Ticket model">
        {(id) => (
          <select
            id={id}
            value={settings.model}
            onChange={(event) => {
              updateSettings({ model: event.target.value as ModelSetting });
              // The backend is built for one model: start again on the other.
              window.location.reload();
            }}
          >
            {Object.entries(MODEL_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Latency">
        {(id) => (
          <select id={id} value={settings.latencyMs} onChange={(event) => updateSettings({ latencyMs: Number(event.target.value) })}>
            {LATENCY_CHOICES.map((ms) => (
              <option key={ms} value={ms}>
                {latencyLabel(ms)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Failures">
        {(id) => (
          <select id={id} value={settings.failures} onChange={(event) => updateSettings({ failures: event.target.value as FailureMode })}>
            {Object.entries(FAILURE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="demo-bar-end">
        <div className="demo-bar-facts">
          <SaveStatus persister={backend.persister} />
          <span className="demo-origin">
            {origin.tickets.toLocaleString('en-US')} tickets, {origin.kind === 'generated' ? 'generated' : 'restored'} in{' '}
            {Math.round(origin.ms)} ms
          </span>
        </div>
        {origin.discarded !== undefined && (
          <span className="demo-origin" role="status">
            The saved data was unusable ({origin.discarded}), so it was generated afresh.
          </span>
        )}
        <ResetDataButton backend={backend} />
      </div>
    </section>
  );
}
