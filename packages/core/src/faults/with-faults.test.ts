import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, UnavailableError, ValidationError } from '../errors';
import { createMemoryAdapter } from '../memory/memory-adapter';
import { DEFAULT_TICKET_QUERY } from '../query';
import { generateTicketData } from '../seed/generate';
import { withFaults } from './with-faults';

const base = () => createMemoryAdapter({ data: generateTicketData({ tickets: 10, seed: 4 }) });

afterEach(() => {
  vi.useRealTimers();
});

describe('withFaults', () => {
  it('passes calls through and logs them when no faults are set', async () => {
    const adapter = withFaults(base());
    const page = await adapter.listTickets(DEFAULT_TICKET_QUERY);
    expect(page.total).toBe(10);
    await adapter.getTicket('TK-1001');
    expect(adapter.calls.map((c) => c.method)).toEqual(['listTickets', 'getTicket']);
    expect(adapter.calls[1]).toEqual({ method: 'getTicket', args: ['TK-1001'], aborted: false });
  });

  it.each([
    ['not_found', NotFoundError],
    ['forbidden', ForbiddenError],
    ['conflict', ConflictError],
    ['validation', ValidationError],
    ['unavailable', UnavailableError],
  ] as const)('failMethods makes every call fail with a typed %s error', async (code, type) => {
    const adapter = withFaults(base(), { failMethods: { getTicket: code } });
    const error = await adapter.getTicket('TK-1001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(/^(getTicket\.|ticketId: )?Injected failure: getTicket/);
    await expect(adapter.listTickets(DEFAULT_TICKET_QUERY)).resolves.toMatchObject({ total: 10 });
  });

  it('loseAnswers carries the call out and then fails it, as a timeout after the write landed', async () => {
    const memory = base();
    const adapter = withFaults(memory, { loseAnswers: { sendReply: true } });
    const before = (await memory.listMessages('TK-1001')).length;
    await expect(adapter.sendReply('TK-1001', { body: 'Sent, answer lost' })).rejects.toBeInstanceOf(UnavailableError);
    expect(await memory.listMessages('TK-1001')).toHaveLength(before + 1);
  });

  it('`true` means unavailable, and setFaults changes the faults at run time', async () => {
    const adapter = withFaults(base(), { failMethods: { listTeamMembers: true } });
    await expect(adapter.listTeamMembers()).rejects.toBeInstanceOf(UnavailableError);
    adapter.setFaults({});
    expect(adapter.faults).toEqual({});
    await expect(adapter.listTeamMembers()).resolves.toHaveLength(9);
  });

  it('failureRate and conflictRate follow the random source; a write conflict changes nothing', async () => {
    const inner = base();
    const adapter = withFaults(inner, { failureRate: 0.5, random: () => 0.4 });
    await expect(adapter.getTicket('TK-1001')).rejects.toThrow('Injected failure: getTicket could not reach the service');
    adapter.setFaults({ failureRate: 0.5, random: () => 0.6 });
    await expect(adapter.getTicket('TK-1001')).resolves.toMatchObject({ id: 'TK-1001' });
    const { version } = await inner.getTicket('TK-1001');
    adapter.setFaults({ conflictRate: 1 });
    await expect(adapter.getTicket('TK-1001')).resolves.toBeDefined();
    await expect(adapter.updateTicket('TK-1001', { status: 'closed' }, version)).rejects.toMatchObject({ code: 'conflict', expectedVersion: version });
    expect((await inner.getTicket('TK-1001')).version).toBe(version);
  });

  it('latency honours abort, and the call log shows the aborted call', async () => {
    vi.useFakeTimers();
    const adapter = withFaults(base(), { latency: 5_000 });
    const first = new AbortController();
    const superseded = adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: 'ref' }, { signal: first.signal });
    superseded.catch(() => {});
    const latest = adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: 'refund' });
    first.abort();
    await expect(superseded).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(latest).resolves.toBeDefined();
    expect(adapter.calls.map((c) => c.aborted)).toEqual([true, false]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes subscribe through when the adapter has it', async () => {
    const inner = base();
    const adapter = withFaults(inner);
    const heard = vi.fn();
    adapter.subscribe!(heard);
    const { version } = await inner.getTicket('TK-1002');
    await inner.updateTicket('TK-1002', { priority: 'urgent' }, version);
    expect(heard).toHaveBeenCalledWith(expect.objectContaining({ type: 'ticket.updated' }));
    const { subscribe: _none, ...plain } = inner;
    expect(withFaults(plain).subscribe).toBeUndefined();
  });
});

describe('withFaults and the optional capabilities', () => {
  it('passes capabilities, history and saved views through, with injected failures', async () => {
    const inner = createMemoryAdapter({ data: generateTicketData({ tickets: 10, seed: 2 }) });
    const adapter = withFaults(inner, { failMethods: { savedViews: 'unavailable' } });
    expect(adapter.capabilities).toEqual({ statusCounts: true });
    const ticket = await adapter.getTicket('TK-1001');
    await adapter.updateTicket(ticket.id, { priority: ticket.priority === 'low' ? 'high' : 'low' }, ticket.version);
    expect((await adapter.listActivity!(ticket.id)).at(-1)?.change.kind).toBe('priority');
    await expect(adapter.savedViews!.list()).rejects.toMatchObject({ code: 'unavailable' });
    expect(adapter.calls.map((call) => call.method)).toEqual(['getTicket', 'updateTicket', 'listActivity', 'savedViews']);
  });

  it('makes single items of a bulk update conflict, carrying the current ticket, and writes the others', async () => {
    const data = generateTicketData({ tickets: 10, seed: 2 });
    const inner = createMemoryAdapter({ data });
    let roll = 0;
    // Every third item conflicts.
    const adapter = withFaults(inner, { conflictRate: 0.5, random: () => (roll++ % 3 === 2 ? 0 : 0.9) });
    const changes = data.tickets.slice(0, 6).map((t) => ({ ticketId: t.id, patch: { priority: 'urgent' }, expectedVersion: t.version }));
    const outcomes = await adapter.updateTickets!(changes);
    expect(outcomes.map((o) => [o.ticketId, o.ok])).toEqual(changes.map((c, i) => [c.ticketId, i % 3 !== 2]));
    const conflict = outcomes[2]!;
    expect(conflict.ok === false && conflict.error).toMatchObject({ code: 'conflict', current: { id: changes[2]!.ticketId, version: data.tickets[2]!.version } });
    expect((await inner.getTicket(changes[2]!.ticketId)).version).toBe(data.tickets[2]!.version);
    expect((await inner.getTicket(changes[0]!.ticketId)).priority).toBe('urgent');
  });
});
