export * from './types';
export * from './errors';
export * from './query';
export * from './query-url';
export * from './dates';
export * from './adapter';
export * from './permissions';
export * from './input';
export { withValidation } from './validation';
// The search's words as every adapter must read them (accents and case folded): the UI highlights with the same rule.
export { foldSearchText, searchWords } from './search-text';
export * from './model';
export { updateTicketsOneByOne, DEFAULT_BULK_CONCURRENCY, type OneByOneOptions } from './bulk';
export { afterMessage, conversationState, type ConversationState } from './conversation-state';
export * from './insights';
export * from './export/csv';
