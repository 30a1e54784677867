import type { TicketModel, Viewer } from '@ticketkit/core';
import { generateTicketData, type MemoryData } from '@ticketkit/core/memory';

/** How many tickets the demo starts with. */
export const DEMO_TICKET_COUNT = 5000;
/** Seed of the demo data: every fresh start and every reset generates the same people and conversations. */
export const DEMO_SEED = 2026;
const DAY_MS = 86_400_000;

/**
 * Generates the demo's data set; `ms` is how long it took. The tickets span the year before today (UTC midnight),
 * so "Last 7 days" finds recent ones on the day the data is generated; it is saved and then kept as it is. With a
 * host's `model`, the statuses, priorities and custom field values follow it.
 */
export function generateDemoData(now: number = Date.now(), model?: TicketModel): { data: MemoryData; ms: number } {
  const started = performance.now();
  const data = generateTicketData({ tickets: DEMO_TICKET_COUNT, seed: DEMO_SEED, now: Math.floor(now / DAY_MS) * DAY_MS, model });
  return { data, ms: performance.now() - started };
}

/** A person the demo can sign in as, with what they may see. */
export interface DemoViewer extends Viewer {
  email: string;
  /** Names of the assistants this person owns (a member sees only their tickets). */
  assistants: string[];
}

/**
 * The viewers of the switcher: the first administrator, and the first two members who own assistants (generated
 * data gives every member assistants of their own, so these two never share one).
 */
export function demoViewers(data: MemoryData): DemoViewer[] {
  const assistantsOf = (id: string): string[] => data.assistants.filter((a) => a.ownerId === id).map((a) => a.name);
  const admin = data.teamMembers.find((person) => person.role === 'admin');
  const members = data.teamMembers.filter((person) => person.role === 'member' && assistantsOf(person.id).length > 0).slice(0, 2);
  return [admin, ...members]
    .filter((person) => person !== undefined)
    .map((person) => ({ id: person.id, name: person.name, role: person.role, email: person.email, assistants: assistantsOf(person.id) }));
}
