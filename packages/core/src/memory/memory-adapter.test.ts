import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TicketChangeEvent } from '../adapter';
import { NotFoundError, ValidationError } from '../errors';
import { DEFAULT_TICKET_QUERY } from '../query';
import { generateTicketData } from '../seed/generate';
import type { Viewer } from '../types';
import { createMemoryAdapter } from './memory-adapter';

const NOW = Date.UTC(2026, 10, 20, 9, 0);
const setup = (tickets = 30) => {
  const data = generateTicketData({ tickets, seed: 11 });
  const adapter = createMemoryAdapter({ data, now: () => NOW });
  const memberRecord = data.teamMembers.find((m) => m.role === 'member' && data.tickets.some((t) => t.assistant.ownerId === m.id))!;
  const member: Viewer = { id: memberRecord.id, name: memberRecord.name, role: 'member' };
  const own = data.tickets.find((t) => t.assistant.ownerId === member.id)!;
  const other = data.tickets.find((t) => t.assistant.ownerId !== member.id)!;
  return { data, adapter, member, own, other };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('createMemoryAdapter', () => {
  it('reads an empty time zone as UTC, as the REST adapter does, and refuses an unknown one', async () => {
    const { adapter } = setup(5);
    const request = { ...DEFAULT_TICKET_QUERY, createdFrom: '2026-01-01' };
    expect((await adapter.listTickets({ ...request, timeZone: '' })).total).toBe((await adapter.listTickets({ ...request, timeZone: 'UTC' })).total);
    await expect(adapter.listTickets({ ...DEFAULT_TICKET_QUERY, timeZone: 'Nowhere/City' })).rejects.toMatchObject({ field: 'timeZone' });
  });

  it('defaults to 200 generated tickets and the first admin as viewer', async () => {
    const adapter = createMemoryAdapter();
    expect(adapter.viewer).toMatchObject({ id: 'tm-1', role: 'admin' });
    expect((await adapter.listTickets(DEFAULT_TICKET_QUERY)).total).toBe(200);
  });

  it('refuses data with a duplicate ticket ID or a message of an unknown ticket, naming the field', () => {
    const data = generateTicketData({ tickets: 3 });
    expect(() => createMemoryAdapter({ data: { ...data, tickets: [...data.tickets, data.tickets[0]!] } })).toThrow(/^tickets\[3\]\.id/);
    const stray = { ...data.messages[0]!, ticketId: 'TK-1' };
    expect(() => createMemoryAdapter({ data: { ...data, messages: [stray] } })).toThrow(/^messages\[0\]\.ticketId/);
  });

  it('never changes the data it was given', async () => {
    const data = generateTicketData({ tickets: 5 });
    const snapshot = structuredClone(data);
    const adapter = createMemoryAdapter({ data });
    await adapter.updateTicket('TK-1001', { status: 'closed' }, data.tickets[0]!.version);
    await adapter.sendReply('TK-1001', { body: 'Done.' });
    await adapter.addNote('TK-1001', { body: 'Noted.' });
    expect(data).toEqual(snapshot);
  });

  it('returns copies: changing a result does not change the store', async () => {
    const { adapter, data } = setup();
    const ticket = await adapter.getTicket(data.tickets[0]!.id);
    ticket.status = 'closed';
    ticket.requester.name = 'Mallory';
    const messages = await adapter.listMessages(ticket.id);
    messages[0]!.body = 'changed';
    const again = await adapter.getTicket(ticket.id);
    expect(again.requester.name).not.toBe('Mallory');
    expect(again.status).toBe(data.tickets[0]!.status);
    expect((await adapter.listMessages(ticket.id))[0]!.body).not.toBe('changed');
  });

  it('sets updatedAt from its clock on a write, and the write moves the ticket in the updatedAt order', async () => {
    const { adapter, data } = setup();
    const oldest = data.tickets[0]!;
    const updated = await adapter.updateTicket(oldest.id, { priority: 'urgent' }, oldest.version);
    expect(updated.updatedAt).toBe(new Date(NOW).toISOString());
    const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, sort: 'updatedAt', pageSize: 1 });
    expect(page.tickets[0]!.id).toBe(oldest.id);
    const byPriority = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, sort: 'priority', direction: 'desc', pageSize: 100 });
    const ranks = byPriority.tickets.map((t) => ['low', 'normal', 'high', 'urgent'].indexOf(t.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('a reply becomes searchable at once', async () => {
    const { adapter, data } = setup();
    await adapter.sendReply(data.tickets[2]!.id, { body: 'Your voucher code is QUOKKA-77.' });
    const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: 'quokka-77' });
    expect(page.tickets.map((t) => t.id)).toEqual([data.tickets[2]!.id]);
  });

  it("to a member, another owner's ticket is not found, exactly like a missing ID", async () => {
    const { adapter, member, other } = setup();
    const error = await adapter.withViewer(member).getTicket(other.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe(new NotFoundError('Ticket', other.id).message);
    expect((error as NotFoundError).message).not.toContain(other.assistant.name);
  });

  it('withViewer shares the store: a write by one viewer is seen by another', async () => {
    const { adapter, member, own } = setup();
    const asMember = adapter.withViewer(member);
    expect(asMember.viewer).toEqual(member);
    await asMember.updateTicket(own.id, { status: 'closed' }, own.version);
    expect(await adapter.getTicket(own.id)).toMatchObject({ status: 'closed', version: own.version + 1 });
  });
});

describe('latency and abort', () => {
  it('waits the latency, and an abort during it rejects with the reason and clears the timer', async () => {
    vi.useFakeTimers();
    const { adapter } = setup(5);
    adapter.setLatency(1_000);
    const controller = new AbortController();
    const pending = adapter.listTickets(DEFAULT_TICKET_QUERY, { signal: controller.signal });
    const settled = vi.fn();
    pending.then(settled, settled);
    await vi.advanceTimersByTimeAsync(500);
    expect(settled).not.toHaveBeenCalled();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves after the latency when not aborted, with a range too', async () => {
    vi.useFakeTimers();
    const { adapter } = setup(5);
    adapter.setLatency({ min: 100, max: 200 });
    const pending = adapter.listTeamMembers();
    const settled = vi.fn();
    pending.then(settled);
    await vi.advanceTimersByTimeAsync(99);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(101);
    expect(settled).toHaveBeenCalled();
  });

  it('rejects with a custom abort reason', async () => {
    const { adapter, data } = setup(5);
    const controller = new AbortController();
    const reason = new Error('superseded');
    controller.abort(reason);
    await expect(adapter.getTicket(data.tickets[0]!.id, { signal: controller.signal })).rejects.toBe(reason);
  });
});

describe('exportState and importState', () => {
  it('round-trips through JSON', async () => {
    const { adapter, data } = setup();
    await adapter.sendReply(data.tickets[0]!.id, { body: 'Sent from the test.' });
    await adapter.addNote(data.tickets[0]!.id, { body: 'Noted.' });
    const state = JSON.parse(JSON.stringify(adapter.exportState()));
    const restored = createMemoryAdapter({ data: generateTicketData({ tickets: 1 }) });
    restored.importState(state);
    expect(restored.exportState()).toEqual(adapter.exportState());
    expect(await restored.getTicket(data.tickets[0]!.id)).toEqual(await adapter.getTicket(data.tickets[0]!.id));
    expect((await restored.listTickets({ ...DEFAULT_TICKET_QUERY, search: 'sent from the test' })).total).toBe(1);
  });

  it('an exported state is a copy', () => {
    const { adapter, data } = setup(3);
    const state = adapter.exportState();
    state.tickets[0]!.subject = 'changed';
    expect(adapter.exportState().tickets[0]!.subject).toBe(data.tickets[0]!.subject);
  });

  it('refuses invalid data naming the field, and keeps what it had', async () => {
    const { adapter, data } = setup(3);
    const state = adapter.exportState();
    (state.tickets[2]!.requester as { email: unknown }).email = null;
    const error = (() => {
      try {
        adapter.importState(state);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('tickets[2].requester.email');
    expect(() => adapter.importState({ ...adapter.exportState(), messages: [{ ...data.messages[0]!, ticketId: 'TK-9' }] })).toThrow(/messages\[0\]\.ticketId/);
    expect(() => adapter.importState({ ...adapter.exportState(), notes: 'x' as never })).toThrow(/^notes:/);
    expect((await adapter.listTickets(DEFAULT_TICKET_QUERY)).total).toBe(3);
  });
});

describe('subscribe', () => {
  it('tells every viewer sharing the store about writes to tickets it can see', async () => {
    const { adapter, member, own, other } = setup();
    const adminEvents: TicketChangeEvent[] = [];
    const memberEvents: TicketChangeEvent[] = [];
    adapter.subscribe((e) => adminEvents.push(e));
    const stop = adapter.withViewer(member).subscribe((e) => memberEvents.push(e));
    await adapter.updateTicket(other.id, { status: 'in_progress' }, other.version);
    await adapter.sendReply(own.id, { body: 'Hello' });
    await adapter.addNote(own.id, { body: 'Internal' });
    expect(adminEvents.map((e) => e.type)).toEqual(['ticket.updated', 'activity.added', 'message.added', 'ticket.updated', 'note.added', 'ticket.updated']);
    expect(memberEvents.map((e) => e.type)).toEqual(['message.added', 'ticket.updated', 'note.added', 'ticket.updated']);
    stop();
    await adapter.updateTicket(own.id, { priority: own.priority === 'low' ? 'high' : 'low' }, own.version + 2);
    expect(memberEvents).toHaveLength(4);
    expect(adminEvents.slice(6).map((e) => e.type)).toEqual(['ticket.updated', 'activity.added']);
  });

  it('a listener that throws does not stop the write or other listeners', async () => {
    const { adapter, own } = setup();
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    const heard = vi.fn();
    adapter.subscribe(() => {
      throw new Error('boom');
    });
    adapter.subscribe(heard);
    await expect(adapter.updateTicket(own.id, { status: 'closed' }, own.version)).resolves.toMatchObject({ status: 'closed' });
    expect(heard).toHaveBeenCalledOnce();
    expect(errorLog).toHaveBeenCalled();
    errorLog.mockRestore();
  });

  it('no event on a refused write', async () => {
    const { adapter, own } = setup();
    const heard = vi.fn();
    adapter.subscribe(heard);
    await expect(adapter.updateTicket(own.id, { status: 'closed' }, own.version + 5)).rejects.toMatchObject({ code: 'conflict', actualVersion: own.version });
    expect(heard).not.toHaveBeenCalled();
  });
});
