import { generateTicketData } from '@ticketkit/core';
import type { Database } from './database';
import { demoTokenFor } from './demo-tokens';
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
  tokens: { memberId: string; name: string; role: string; token: string }[];
}

/**
 * Replaces everything with data from the demo's own generator (`generateTicketData`), same seed, same data, and a
 * demo bearer token for every team member.
 */
export async function seedDemoData(db: Database, options: { tickets: number; seed?: number }): Promise<SeedReport> {
  const startedAt = performance.now();
  const data = generateTicketData({ tickets: options.tickets, seed: options.seed ?? DEMO_DATA.seed });
  const generatedAt = performance.now();
  await clearData(db);
  await insertData(db, data);
  return {
    tickets: data.tickets.length,
    messages: data.messages.length,
    notes: data.notes.length,
    generateMs: generatedAt - startedAt,
    insertMs: performance.now() - generatedAt,
    tokens: data.teamMembers.map((member) => ({ memberId: member.id, name: member.name, role: member.role, token: demoTokenFor(member.id) })),
  };
}

/** Prints the demo tokens as a table a person can copy from. */
export function formatTokens(tokens: SeedReport['tokens']): string {
  return tokens.map((t) => `  ${t.role.padEnd(6)}  ${t.name.padEnd(18)}  Authorization: Bearer ${t.token}`).join('\n');
}
