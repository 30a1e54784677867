import { normalizeQuery } from '@ticketkit/core';
import { createMemoryAdapter, generateTicketData, type MemoryData } from '@ticketkit/core/memory';
import { describe, expect, test } from 'vitest';
import { createPersister, type SaveStatus } from './persister';

function setup(save: (data: MemoryData) => Promise<void>) {
  const data = generateTicketData({ tickets: 20, seed: 3 });
  const adminMember = data.teamMembers.find((person) => person.role === 'admin')!;
  const memory = createMemoryAdapter({ data, viewer: { id: adminMember.id, name: adminMember.name, role: 'admin' } });
  const persister = createPersister(memory, save, 10);
  const statuses: SaveStatus[] = [];
  persister.onStatus(() => statuses.push(persister.status()));
  return { memory, persister, statuses };
}

const settle = (ms = 40): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('createPersister', () => {
  test('a burst of writes is saved once, with the latest data, and the status goes pending → saving → saved', async () => {
    const saved: MemoryData[] = [];
    const { memory, persister, statuses } = setup(async (data) => void saved.push(data));
    const [first, second] = (await memory.listTickets(normalizeQuery({ pageSize: 2 }))).tickets;
    await memory.updateTicket(first!.id, { status: 'closed' }, first!.version);
    await memory.addNote(second!.id, { body: 'Called the customer.' });
    await memory.sendReply(second!.id, { body: 'All sorted.' });
    expect(persister.status()).toBe('pending');
    await settle();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.tickets.find((ticket) => ticket.id === first!.id)?.status).toBe('closed');
    expect(saved[0]!.notes.some((note) => note.body === 'Called the customer.')).toBe(true);
    expect(saved[0]!.messages.some((message) => message.body === 'All sorted.')).toBe(true);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  test('a failed save says so, and the next write saves again', async () => {
    let fail = true;
    const saved: MemoryData[] = [];
    const { memory, persister } = setup(async (data) => {
      if (fail) throw new Error('QuotaExceededError');
      saved.push(data);
    });
    const [ticket] = (await memory.listTickets(normalizeQuery({ pageSize: 1 }))).tickets;
    const original = console.error;
    console.error = () => undefined;
    try {
      await memory.updateTicket(ticket!.id, { priority: 'urgent' }, ticket!.version);
      await settle();
      expect(persister.status()).toBe('error');
    } finally {
      console.error = original;
    }
    fail = false;
    await memory.updateTicket(ticket!.id, { priority: 'low' }, ticket!.version + 1);
    await settle();
    expect(persister.status()).toBe('saved');
    expect(saved[0]!.tickets.find((t) => t.id === ticket!.id)?.priority).toBe('low');
  });

  test('saveAll saves without a change; after stop nothing is saved any more', async () => {
    const saved: MemoryData[] = [];
    const { memory, persister } = setup(async (data) => void saved.push(data));
    await persister.saveAll();
    expect(saved).toHaveLength(1);
    await persister.stop();
    const [ticket] = (await memory.listTickets(normalizeQuery({ pageSize: 1 }))).tickets;
    await memory.updateTicket(ticket!.id, { status: 'closed' }, ticket!.version);
    await settle();
    await persister.flush();
    expect(saved).toHaveLength(1);
  });

  test('stop waits for a save under way, so a reset never has an old snapshot land after it', async () => {
    let release: () => void = () => undefined;
    const events: string[] = [];
    const { persister } = setup(
      () =>
        new Promise<void>((resolve) => {
          events.push('save started');
          release = () => {
            events.push('save landed');
            resolve();
          };
        }),
    );
    void persister.saveAll();
    await settle(5);
    const stopped = persister.stop().then(() => events.push('stopped'));
    await settle(5);
    expect(events).toEqual(['save started']);
    release();
    await stopped;
    expect(events).toEqual(['save started', 'save landed', 'stopped']);
  });
});
