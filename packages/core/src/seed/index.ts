export { generateTicketData, generateConversation, DEFAULT_SEED_NOW, type GenerateOptions, type MemoryData } from './generate';
export { createRandom, type Random } from './random';
export { sampleHostModel } from './sample-model';
