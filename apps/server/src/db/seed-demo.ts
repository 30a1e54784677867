import { defaultTicketModel, type TicketModel } from '@ticketkit/core';
import { generateTicketData } from '@ticketkit/core/memory';
import type { Database } from './database';
import { demoTokenFor, type DemoToken } from './demo-tokens';
import { clearData, insertData } from './seed-data';

/** The demo app's seed and size, so a seeded server holds the very tickets the in-browser demo starts with. */
export const DEMO_DATA = { seed: 2026, tickets: 5000 } as const;

/** What `seedDemoData` did. */
export interface SeedReport {
  tickets: number;
  messages: number;
  notes: number;
  generateMs: number;
  insertMs: number;
  /** The demo tokens made, when asked for. */
  tokens: DemoToken[];
}

/** What `seedDemoData` makes. */
export interface SeedOptions {
  tickets: number;
  /** The generator's seed; default `DEMO_DATA.seed`. */
  seed?: number;
  /** A well-known demo bearer token for every team member (demo mode only). */
  demoTokens?: boolean;
  /** The model the data is generated for: the server's configured one. Default: core's `defaultTicketModel`. */
  model?: TicketModel;
}

/**
 * Replaces everything with data from the demo's own generator (`generateTicketData`) for the configured model, same
 * seed, same data; with `demoTokens`, also a well-known demo bearer token for every team member (demo mode only).
 */
export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedReport> {
  const startedAt = performance.now();
  const model = options.model ?? defaultTicketModel;
  const data = generateTicketData({ tickets: options.tickets, seed: options.seed ?? DEMO_DATA.seed, model });
  const generatedAt = performance.now();
  await clearData(db);
  await insertData(db, data, { demoTokens: options.demoTokens ?? false, model });
  return {
    tickets: data.tickets.length,
    messages: data.messages.length,
    notes: data.notes.length,
    generateMs: generatedAt - startedAt,
    insertMs: performance.now() - generatedAt,
    tokens: options.demoTokens ? data.teamMembers.map((member) => ({ memberId: member.id, name: member.name, role: member.role, token: demoTokenFor(member.id) })) : [],
  };
}
