import { normalizeQuery, UnavailableError } from '@ticketkit/core';
import { createMemoryAdapter, generateTicketData, withFaults } from '@ticketkit/core/memory';
import { describe, expect, test } from 'vitest';
import { faultOptions } from './faults';

function backend(failures: Parameters<typeof faultOptions>[1]) {
  const memory = createMemoryAdapter({ data: generateTicketData({ tickets: 10, seed: 5 }) });
  return withFaults(memory, faultOptions(0, failures));
}

describe('faultOptions', () => {
  test('"every change fails": every write is refused as unavailable, reads still work', async () => {
    const adapter = backend('writes');
    const { tickets } = await adapter.listTickets(normalizeQuery({}));
    const ticket = tickets[0]!;
    await expect(adapter.updateTicket(ticket.id, { status: 'closed' }, ticket.version)).rejects.toBeInstanceOf(UnavailableError);
    await expect(adapter.sendReply(ticket.id, { body: 'Hi' })).rejects.toBeInstanceOf(UnavailableError);
    await expect(adapter.addNote(ticket.id, { body: 'Note' })).rejects.toBeInstanceOf(UnavailableError);
    await expect(adapter.getTicket(ticket.id)).resolves.toMatchObject({ id: ticket.id, status: ticket.status });
  });

  test('"every call fails" fails reads too; "none" fails nothing', async () => {
    await expect(backend('all').listTickets(normalizeQuery({}))).rejects.toBeInstanceOf(UnavailableError);
    await expect(backend('off').listTickets(normalizeQuery({}))).resolves.toMatchObject({ total: 10 });
  });

  test('latency is added only when asked for, and the random mode fails a share of calls', () => {
    expect(faultOptions(0, 'off')).toEqual({});
    expect(faultOptions(1000, 'off')).toEqual({ latency: 1000 });
    expect(faultOptions(300, 'random')).toEqual({ latency: 300, failureRate: 0.3 });
  });
});
