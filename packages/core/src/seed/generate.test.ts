import { describe, expect, it } from 'vitest';
import { parseMessage, parseNote, parseTicket } from '../schema';
import { DEFAULT_SEED_NOW, generateConversation, generateTicketData } from './generate';

describe('generateTicketData', () => {
  it('is deterministic: same seed, same data; another seed, other data', () => {
    expect(generateTicketData({ tickets: 50, seed: 9 })).toEqual(generateTicketData({ tickets: 50, seed: 9 }));
    expect(generateTicketData({ tickets: 50, seed: 9 })).not.toEqual(generateTicketData({ tickets: 50, seed: 10 }));
  });

  it('refuses an unusable count or message range, naming the option', () => {
    expect(() => generateTicketData({ tickets: Number.NaN })).toThrow(expect.objectContaining({ name: 'ValidationError', field: 'tickets' }));
    expect(() => generateTicketData({ tickets: -1 })).toThrow(expect.objectContaining({ field: 'tickets' }));
    expect(() => generateTicketData({ tickets: 5, messagesPerTicket: { min: 4, max: 2 } })).toThrow(expect.objectContaining({ field: 'messagesPerTicket' }));
    expect(generateTicketData({ tickets: 0 }).tickets).toEqual([]);
  });

  it('makes valid, realistic records', () => {
    const data = generateTicketData({ tickets: 300, seed: 3 });
    expect(data.teamMembers.filter((m) => m.role === 'admin')).toHaveLength(3);
    expect(data.teamMembers.filter((m) => m.role === 'member')).toHaveLength(6);
    for (const member of data.teamMembers.filter((m) => m.role === 'member')) {
      const owned = data.assistants.filter((a) => a.ownerId === member.id).length;
      expect(owned).toBeGreaterThanOrEqual(1);
      expect(owned).toBeLessThanOrEqual(3);
    }
    const yearAgo = DEFAULT_SEED_NOW - 366 * 86_400_000;
    data.tickets.forEach((ticket, i) => {
      parseTicket(ticket);
      expect(ticket.id).toBe(`TK-${1001 + i}`);
      expect(Date.parse(ticket.updatedAt)).toBeGreaterThanOrEqual(Date.parse(ticket.createdAt));
      expect(Date.parse(ticket.createdAt)).toBeGreaterThan(yearAgo);
      expect(Date.parse(ticket.updatedAt)).toBeLessThanOrEqual(DEFAULT_SEED_NOW);
    });
    data.messages.forEach((message) => {
      parseMessage(message);
      expect(Date.parse(message.createdAt)).toBeLessThanOrEqual(DEFAULT_SEED_NOW);
    });
    data.notes.forEach((note) => parseNote(note));
    const statuses = new Set(data.tickets.map((t) => t.status));
    expect(statuses).toEqual(new Set(['open', 'in_progress', 'closed']));
    expect(data.tickets.some((t) => /[^\x20-\x7e]/.test(t.requester.name))).toBe(true);
    expect(data.tickets.every((t) => /^[a-z0-9.@]+$/.test(t.requester.email.replace(/-/g, '')))).toBe(true);
    const kinds = new Set(data.messages.map((m) => m.author.kind));
    expect(kinds).toEqual(new Set(['end_user', 'assistant', 'team']));
    expect(data.notes.length).toBeGreaterThan(0);
  });

  it('gives chosen tickets a long conversation', () => {
    const data = generateTicketData({ tickets: 20, longConversationTicketIds: ['TK-1005'], longConversationLength: 500 });
    expect(data.messages.filter((m) => m.ticketId === 'TK-1005')).toHaveLength(500);
  });

  // How fast is measured by `pnpm bench` (generation time is its first line), not asserted here.
  it('generates the largest data set, 100,000 tickets, with unique increasing IDs', () => {
    const data = generateTicketData({ tickets: 100_000 });
    expect(data.tickets).toHaveLength(100_000);
    expect(data.tickets[99_999]!.id).toBe('TK-101000');
    expect(new Set(data.tickets.map((ticket) => ticket.id)).size).toBe(100_000);
  }, 60_000);
});

describe('generateConversation', () => {
  it('makes a long, ordered, deterministic conversation for one ticket', () => {
    const ticket = generateTicketData({ tickets: 1 }).tickets[0]!;
    const messages = generateConversation(ticket, 2_000, 5);
    expect(messages).toHaveLength(2_000);
    expect(messages).toEqual(generateConversation(ticket, 2_000, 5));
    expect(new Set(messages.map((m) => m.id)).size).toBe(2_000);
    const times = messages.map((m) => Date.parse(m.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(messages.every((m) => m.ticketId === ticket.id)).toBe(true);
    expect(messages[0]!.author.kind).toBe('end_user');
    expect(messages[1]!.author.kind).not.toBe('end_user');
  });
});
