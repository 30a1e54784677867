/**
 * `@ticketkit/core/memory`: the embedded default backend. The in-memory adapter, the generator of realistic demo
 * data, and the fault injector that rehearses a slow or failing backend (it wraps any adapter).
 */
export * from './memory';
export * from './seed';
export * from './faults';
// The search snippet rule the memory adapter follows, for any backend that computes snippets in JavaScript (the
// reference server does): on this entry, not the main one, so the list's first screen does not carry it.
export { searchSnippet, SNIPPET_LENGTH, type SnippetSource } from './search-snippet';
