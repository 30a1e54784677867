import { describe, expect, it } from 'vitest';
import type { TicketAdapter } from '../adapter';
import { DEFAULT_TICKET_QUERY, type TicketQuery } from '../query';
import { generateTicketData } from '../seed/generate';
import { sampleHostModel } from '../seed/sample-model';
import { withValidation } from '../validation';
import { createMemoryAdapter } from './memory-adapter';

const data = generateTicketData({ tickets: 300, seed: 5, model: sampleHostModel });
const adapter = () => createMemoryAdapter({ data, model: sampleHostModel });
const query = (patch: Partial<TicketQuery>) => ({ ...DEFAULT_TICKET_QUERY, pageSize: 100, ...patch });

async function everyTicket(source: TicketAdapter, patch: Partial<TicketQuery>) {
  const first = await source.listTickets(query(patch));
  const tickets = [...first.tickets];
  for (let page = 2; tickets.length < first.total; page++) tickets.push(...(await source.listTickets(query({ ...patch, page }))).tickets);
  return tickets;
}

describe('the memory adapter under a host model', () => {
  it('generates data across the model: every status, every priority, field values of each type', () => {
    const statuses = new Set(data.tickets.map((t) => t.status));
    expect([...statuses].sort()).toEqual(['new', 'pending_customer', 'solved', 'working']);
    expect(new Set(data.tickets.map((t) => t.priority))).toEqual(new Set(['p1', 'p2', 'p3', 'p4']));
    expect(data.tickets.filter((t) => typeof t.fields.orderId === 'number').length).toBeGreaterThan(200);
    expect(data.tickets.some((t) => Array.isArray(t.fields.tags) && t.fields.tags.includes('vip'))).toBe(true);
  });

  it('filters "unsolved" to every status that is not done, and by one status', async () => {
    const unsolved = await everyTicket(adapter(), { status: 'unsolved' });
    expect(unsolved.length).toBe(data.tickets.filter((t) => t.status !== 'solved').length);
    const waiting = await everyTicket(adapter(), { status: 'pending_customer' });
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((t) => t.status === 'pending_customer')).toBe(true);
  });

  it('filters and sorts on custom fields, tickets without a value last', async () => {
    const withOrder = data.tickets.find((t) => typeof t.fields.orderId === 'number')!;
    const found = await adapter().listTickets(query({ fields: { orderId: String(withOrder.fields.orderId) } }));
    expect(found.tickets.map((t) => t.id)).toContain(withOrder.id);
    expect(found.tickets.every((t) => t.fields.orderId === withOrder.fields.orderId)).toBe(true);
    const vip = await everyTicket(adapter(), { fields: { tags: 'vip' } });
    expect(vip.length).toBe(data.tickets.filter((t) => (t.fields.tags as string[] | undefined)?.includes('vip')).length);
    for (const direction of ['asc', 'desc'] as const) {
      const sorted = await everyTicket(adapter(), { sort: 'fields.orderId', direction });
      const values = sorted.map((t) => t.fields.orderId as number | undefined);
      const present = values.filter((v) => v !== undefined) as number[];
      expect(values.slice(present.length).every((v) => v === undefined)).toBe(true);
      expect(present).toEqual([...present].sort((a, b) => (direction === 'asc' ? a - b : b - a)));
    }
  });

  it('sorts by priority in the model order', async () => {
    const sorted = await everyTicket(adapter(), { sort: 'priority', direction: 'desc' });
    const ranks = sorted.map((t) => sampleHostModel.priorityRank(t.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(sorted[0]!.priority).toBe('p1');
  });

  it('changes an editable field with the version, keeps it in the sort, and clears it with null', async () => {
    const source = adapter();
    const ticket = data.tickets[0]!;
    const changed = await source.updateTicket(ticket.id, { fields: { plan: 'enterprise', tags: ['bug'] } }, ticket.version);
    expect(changed.fields).toMatchObject({ plan: 'enterprise', tags: ['bug'] });
    expect(changed.version).toBe(ticket.version + 1);
    expect((await source.getTicket(ticket.id)).fields.plan).toBe('enterprise');
    const cleared = await source.updateTicket(ticket.id, { fields: { plan: null } }, changed.version);
    expect(cleared.fields.plan).toBeUndefined();
    await expect(source.updateTicket(ticket.id, { fields: { orderId: 1 } }, cleared.version)).rejects.toMatchObject({ field: 'patch.fields.orderId' });
    await expect(source.updateTicket(ticket.id, { status: 'closed' }, cleared.version)).rejects.toMatchObject({ field: 'patch.status' });
  });
});

describe('withValidation checks what ticketkit sends before the adapter is called', () => {
  it('refuses a bad query, ID, patch, version or text without calling the adapter', async () => {
    const calls: string[] = [];
    // The edge of the system: an adapter that records being reached.
    const recording = new Proxy(adapter(), {
      get: (target, key) => {
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? (...args: unknown[]) => (calls.push(String(key)), value.apply(target, args)) : value;
      },
    });
    const checked = withValidation(recording, sampleHostModel);
    await expect(checked.listTickets(query({ page: 0 }))).rejects.toMatchObject({ field: 'page' });
    await expect(checked.listTickets(query({ status: 'open' }))).rejects.toMatchObject({ field: 'status' });
    await expect(checked.listTickets({ ...query({}), timeZone: 'Mars/Olympus' })).rejects.toMatchObject({ field: 'timeZone' });
    await expect(checked.getTicket('')).rejects.toMatchObject({ field: 'ticketId' });
    await expect(checked.updateTicket('TK-1001', { priority: 'urgent' }, 1)).rejects.toMatchObject({ field: 'patch.priority' });
    await expect(checked.updateTicket('TK-1001', { priority: 'p1' }, -1)).rejects.toMatchObject({ field: 'expectedVersion' });
    await expect(checked.sendReply('TK-1001', { body: '   ' })).rejects.toMatchObject({ field: 'body' });
    await expect(checked.addNote('TK-1001', { body: 'ok', idempotencyKey: 'spaces are not allowed' })).rejects.toMatchObject({ field: 'idempotencyKey' });
    expect(calls).toEqual([]);
    const page = await checked.listTickets(query({ status: 'unsolved' }));
    expect(calls).toEqual(['listTickets']);
    expect(page.tickets.every((t) => sampleHostModel.categoryOf(t.status) !== 'done')).toBe(true);
  });
});
