import { defaultTicketModel, type Assistant, type TeamMember, type TicketModel } from '@ticketkit/core';
import {
  createMemoryAdapter,
  sampleHostModel,
  withFaults,
  type FaultOptions,
  type FaultyAdapter,
  type MemoryAdapter,
  type MemoryData,
} from '@ticketkit/core/memory';
import { generateBenchData, isBenchMode, withBenchProbe } from './bench-mode';
import { demoViewers, generateDemoData, type DemoViewer } from './demo-data';
import type { ModelSetting } from './settings';
import { clearStoredData, loadStoredData, saveStoredData } from './idb-store';
import { createPersister, type Persister } from './persister';

/** The demo's backend: one in-browser store, seen through a fault injector per viewer, saved to IndexedDB. */
export interface DemoBackend {
  /** The store as an administrator sees it (everything). */
  memory: MemoryAdapter;
  viewers: DemoViewer[];
  /** The assistants and team members, for the app's own pages. */
  assistants: Assistant[];
  teamMembers: TeamMember[];
  /** The ticket model the data follows; the panel gets the same object. */
  model: TicketModel;
  persister: Persister;
  /**
   * Where the data came from on this load, and how long it took. `discarded` says why a saved snapshot could not be
   * used (it was unreadable or inconsistent) and the data was generated afresh instead.
   */
  origin: { kind: 'generated' | 'restored'; ms: number; tickets: number; discarded?: string };
  /** The adapter the panel gets for `viewer`: the same object every time, so the panel's cache stays put. */
  adapterFor(viewer: DemoViewer): FaultyAdapter;
  /** Applies latency and failures to every viewer's adapter. */
  setFaults(options: FaultOptions): void;
  /** Throws away every change: wipes the saved data, so the next load generates it afresh. */
  resetData(): Promise<void>;
}

/** Where the demo keeps its data between visits: IndexedDB in the browser, something else in tests. */
export interface DemoStore {
  load(): Promise<MemoryData | null>;
  save(data: MemoryData): Promise<void>;
  clear(): Promise<void>;
}

const idbStore: DemoStore = { load: loadStoredData, save: saveStoredData, clear: clearStoredData };

/** The store and its viewers, built on `data`; throws when the data is inconsistent (say, a corrupt snapshot). */
function open(data: MemoryData, model: TicketModel) {
  const viewers = demoViewers(data);
  const admin = viewers.find((viewer) => viewer.role === 'admin');
  if (!admin) throw new Error('The demo data has no administrator.');
  return { viewers, memory: createMemoryAdapter({ data, viewer: admin, model }) };
}

/**
 * Loads the saved data (or generates and saves it on the first visit) and builds the backend on it. A saved snapshot
 * that cannot be used is set aside with a warning and the data generated afresh, so a bad record never locks the
 * demo out; the fresh data replaces it once saved.
 */
export async function createDemoBackend({
  store = idbStore,
  // `?dataset=bench-100k`: the benchmark's 100,000 tickets, generated and never saved (nor read from storage).
  bench = isBenchMode(),
  // A host's model (the demo's switch): its data is generated for it and kept in memory only, so the saved data of
  // the seed's model stays as it was.
  model: modelSetting = 'seed',
}: { store?: DemoStore; bench?: boolean; model?: ModelSetting } = {}): Promise<DemoBackend> {
  const started = performance.now();
  const model = modelSetting === 'host-example' && !bench ? sampleHostModel : defaultTicketModel;
  const ephemeral = bench || model !== defaultTicketModel;
  let stored: MemoryData | null = null;
  try {
    if (!ephemeral) stored = await store.load();
  } catch (error) {
    // No IndexedDB (some private modes): the demo still runs, it just forgets on reload.
    console.warn('Could not read saved demo data; starting fresh', error);
  }
  let opened: ReturnType<typeof open> | null = null;
  let discarded: string | undefined;
  if (stored) {
    try {
      opened = open(stored, model);
    } catch (error) {
      discarded = error instanceof Error ? error.message : String(error);
      console.warn(`The saved demo data is unusable (${discarded}); generating it afresh`);
      stored = null;
    }
  }
  const generated = stored ? null : bench ? generateBenchData() : generateDemoData(Date.now(), model);
  const data = stored ?? generated!.data;
  const { viewers, memory } = opened ?? open(data, model);
  const origin = {
    kind: stored ? ('restored' as const) : ('generated' as const),
    ms: performance.now() - started,
    tickets: data.tickets.length,
    ...(discarded === undefined ? {} : { discarded }),
  };
  const persister = createPersister(memory, store.save);
  if (ephemeral) void persister.stop();
  else if (generated) {
    console.info(`Generated ${data.tickets.length} demo tickets in ${Math.round(generated.ms)} ms`);
    // Saved in the background: the panel is usable at once, and the header says when the data is stored.
    void persister.saveAll();
  }
  let faults: FaultOptions = {};
  const adapters = new Map<string, FaultyAdapter>();

  return {
    memory,
    viewers,
    assistants: data.assistants.map((assistant) => ({ ...assistant })),
    teamMembers: data.teamMembers.map((person) => ({ ...person })),
    model,
    persister,
    origin,
    adapterFor(viewer) {
      let adapter = adapters.get(viewer.id);
      if (!adapter) {
        const scoped = memory.withViewer({ id: viewer.id, name: viewer.name, role: viewer.role });
        adapter = withFaults(bench ? withBenchProbe(scoped) : scoped, faults);
        // The store keeps saved views in memory only, and the demo saves its tickets, not views: without the
        // adapter's store the panel keeps them in this browser's storage, where they survive a reload.
        Reflect.deleteProperty(adapter, 'savedViews');
        adapters.set(viewer.id, adapter);
      }
      return adapter;
    },
    setFaults(options) {
      faults = options;
      for (const adapter of adapters.values()) adapter.setFaults(options);
    },
    async resetData() {
      await persister.stop();
      await store.clear();
    },
  };
}
