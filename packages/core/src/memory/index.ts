export { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from './memory-adapter';
export { parseMemoryData } from './import-data';
export type { Latency } from './delay';
