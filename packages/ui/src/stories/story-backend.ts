import type { TicketModel, Viewer, ViewerRole } from '@ticketkit/core';
import { createMemoryAdapter, generateTicketData, withFaults, type FaultOptions, type FaultyAdapter, type MemoryAdapter, type MemoryData } from '@ticketkit/core/memory';

/** What a story asks of its backend, set as `parameters.ticketkit` on a story or its meta. */
export interface StoryBackendOptions {
  /** How many generated tickets. Default 120; 0 gives an empty backend. */
  tickets?: number;
  /** Seed of the generated data. Default 7. */
  seed?: number;
  /** Latency and failures of the fault injector; the default is a short latency so loading states show briefly. */
  faults?: FaultOptions;
  /** Changes the generated data before the adapter gets it (e.g. very long texts). */
  transform?: (data: MemoryData) => MemoryData;
  /** The host's ticket model: the data is generated for it and the adapter and provider follow it. Default the seed's. */
  model?: TicketModel;
}

/** A story's backend: the faulty adapter the provider gets, the memory adapter under it, and the viewer. */
export interface StoryBackend {
  adapter: FaultyAdapter;
  memory: MemoryAdapter;
  viewer: Viewer;
  data: MemoryData;
  /** The model the data follows (the seed's unless the story gave one). */
  model: TicketModel | undefined;
}

const generated = new Map<string, MemoryData>();

function generate(tickets: number, seed: number, model: TicketModel | undefined): MemoryData {
  // A host model's data is made afresh each time (it is cheap); the seed's is kept per size and seed.
  const key = `${tickets}|${seed}`;
  let data = model ? undefined : generated.get(key);
  if (!data) {
    const withModel = model ? { model } : {};
    data =
      tickets === 0
        ? { ...generateTicketData({ tickets: 1, seed, ...withModel }), tickets: [], messages: [], notes: [], activity: [] }
        : generateTicketData({ tickets, seed, messagesPerTicket: { min: 1, max: 2 }, ...withModel });
    if (!model) generated.set(key, data);
  }
  // The adapter keeps and changes what it is given: every story gets its own copy of the cached data.
  return structuredClone(data);
}

/** The viewer of a role in generated data: the first admin, or the first member who owns an assistant. */
export function storyViewer(data: MemoryData, role: ViewerRole): Viewer {
  const owners = new Set(data.assistants.map((assistant) => assistant.ownerId));
  const member = data.teamMembers.find((person) => person.role === role && (role === 'admin' || owners.has(person.id)));
  if (!member) throw new Error(`The generated data has no ${role}.`);
  return { id: member.id, name: member.name, role: member.role };
}

/** Builds a fresh backend for one story: generated data, the memory adapter, the fault injector around it. */
export function createStoryBackend(options: StoryBackendOptions, role: ViewerRole): StoryBackend {
  const raw = generate(options.tickets ?? 120, options.seed ?? 7, options.model);
  const data = options.transform ? options.transform(raw) : raw;
  const viewer = storyViewer(data, role);
  const memory = createMemoryAdapter({ data, viewer, ...(options.model ? { model: options.model } : {}) });
  const adapter = withFaults(memory, options.faults ?? { latency: { min: 80, max: 200 } });
  return { adapter, memory, viewer, data, model: options.model };
}
