import { useSyncExternalStore } from 'react';

/** The colour theme: follow the system, or pin one. */
export type ThemeSetting = 'system' | 'light' | 'dark';
/** How the panel shows the open ticket: in a drawer over the list, or beside it. */
export type LayoutSetting = 'drawer' | 'split';
/** The ticket model the demo runs on: the seed's, or an example of a host's own (statuses, priorities, fields). */
export type ModelSetting = 'seed' | 'host-example';
/** Which calls the demo backend fails on purpose. */
export type FailureMode = 'off' | 'writes' | 'all' | 'random';

/** The demo's own settings (not the panel's state): who is looking, theme, layout, and the simulated backend's health. */
export interface DemoSettings {
  viewerId: string | null;
  theme: ThemeSetting;
  layout: LayoutSetting;
  /** Added delay of every backend call, in ms. */
  latencyMs: number;
  failures: FailureMode;
  /** Changing it reloads the page: the backend is built for one model. */
  model: ModelSetting;
}

/** Latencies offered by the switcher, in ms. */
export const LATENCY_CHOICES = [0, 300, 1000, 3000] as const;
const THEMES: readonly ThemeSetting[] = ['system', 'light', 'dark'];
const LAYOUTS: readonly LayoutSetting[] = ['drawer', 'split'];
const FAILURES: readonly FailureMode[] = ['off', 'writes', 'all', 'random'];
const MODELS: readonly ModelSetting[] = ['seed', 'host-example'];

const STORAGE_KEY = 'ticketkit-demo:settings';
const DEFAULTS: DemoSettings = { viewerId: null, theme: 'system', layout: 'drawer', latencyMs: 0, failures: 'off', model: 'seed' };

/** Reads stored settings, keeping only values that are still valid (storage is user-editable). */
function read(): DemoSettings {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    const stored = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof DemoSettings, unknown>>;
    return {
      viewerId: typeof stored.viewerId === 'string' ? stored.viewerId : DEFAULTS.viewerId,
      theme: THEMES.includes(stored.theme as ThemeSetting) ? (stored.theme as ThemeSetting) : DEFAULTS.theme,
      layout: LAYOUTS.includes(stored.layout as LayoutSetting) ? (stored.layout as LayoutSetting) : DEFAULTS.layout,
      latencyMs: LATENCY_CHOICES.includes(stored.latencyMs as (typeof LATENCY_CHOICES)[number]) ? (stored.latencyMs as number) : DEFAULTS.latencyMs,
      failures: FAILURES.includes(stored.failures as FailureMode) ? (stored.failures as FailureMode) : DEFAULTS.failures,
      model: MODELS.includes(stored.model as ModelSetting) ? (stored.model as ModelSetting) : DEFAULTS.model,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

let current: DemoSettings | null = null;
const listeners = new Set<() => void>();

/** The settings now (read from localStorage once). */
export function getSettings(): DemoSettings {
  current ??= read();
  return current;
}

/** Changes some settings, keeps them across reloads, and tells the app. */
export function updateSettings(change: Partial<DemoSettings>): void {
  current = { ...getSettings(), ...change };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Storage refused (private mode, full): the settings still apply until the page is closed.
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` after every settings change; returns the unsubscribe function. */
export function subscribeSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The demo settings, re-rendering on change. */
export function useSettings(): DemoSettings {
  return useSyncExternalStore(subscribeSettings, getSettings, getSettings);
}
