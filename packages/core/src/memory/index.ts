export { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from './memory-adapter';
export { parseMemoryData } from './import-data';
export { foldSearchText, searchWords } from './search-text';
export type { Latency } from './delay';
