/**
 * `@ticketkit/core/memory`: the embedded default backend. The in-memory adapter, the generator of realistic demo
 * data, and the fault injector that rehearses a slow or failing backend (it wraps any adapter).
 */
export * from './memory';
export * from './seed';
export * from './faults';
