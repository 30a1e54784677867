import { describe, expect, it } from 'vitest';
import type { TicketAdapter, TicketChangeEvent } from './adapter';
import { ValidationError } from './errors';
import { createMemoryAdapter } from './memory/memory-adapter';
import { DEFAULT_TICKET_QUERY } from './query';
import { generateTicketData } from './seed/generate';
import { parseChangeEvent, parseTicketPage, withValidation } from './validation';

/** A real memory adapter whose answers are corrupted on the way out, like a buggy backend. */
function corrupting(corrupt: { page?: boolean; ticket?: boolean; messages?: boolean }): TicketAdapter {
  const inner = createMemoryAdapter({ data: generateTicketData({ tickets: 10, seed: 3 }) });
  return {
    ...inner,
    listTickets: async (request, options) => {
      const page = await inner.listTickets(request, options);
      if (corrupt.page) (page.tickets[1] as unknown as { requester: { email: unknown } }).requester.email = null;
      return page;
    },
    getTicket: async (id, options) => {
      const ticket = await inner.getTicket(id, options);
      if (corrupt.ticket) (ticket.requester as unknown as { email: unknown }).email = 42;
      return ticket;
    },
    listMessages: async (id, options) => {
      const messages = await inner.listMessages(id, options);
      if (corrupt.messages) (messages[0] as unknown as { body: unknown }).body = undefined;
      return messages;
    },
  };
}

describe('withValidation', () => {
  it('passes good results through unchanged', async () => {
    const adapter = withValidation(corrupting({}));
    const page = await adapter.listTickets(DEFAULT_TICKET_QUERY);
    expect(page.tickets).toHaveLength(10);
    expect(page.rejected).toBeUndefined();
  });

  it('leaves one malformed ticket out of a page and reports it in rejected, naming the field', async () => {
    const adapter = withValidation(corrupting({ page: true }));
    const page = await adapter.listTickets(DEFAULT_TICKET_QUERY);
    expect(page.tickets).toHaveLength(9);
    expect(page.total).toBe(10);
    expect(page.rejected).toEqual([
      expect.objectContaining({ index: 1, id: expect.stringMatching(/^TK-/), field: 'listTickets.tickets[1].requester.email' }),
    ]);
  });

  it('rejects a malformed ticket naming getTicket.requester.email', async () => {
    const adapter = withValidation(corrupting({ ticket: true }));
    const error = await adapter.getTicket('TK-1001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('getTicket.requester.email');
  });

  it('rejects a malformed message list naming the item', async () => {
    const adapter = withValidation(corrupting({ messages: true }));
    await expect(adapter.listMessages('TK-1001')).rejects.toMatchObject({ field: 'listMessages[0].body' });
  });

  it('passes good live events through and drops malformed ones', async () => {
    const inner = createMemoryAdapter({ data: generateTicketData({ tickets: 3, seed: 3 }) });
    let emit: (event: unknown) => void = () => {};
    const adapter = withValidation({
      ...inner,
      subscribe: (listener) => {
        const stop = inner.subscribe(listener);
        emit = listener as (event: unknown) => void;
        return stop;
      },
    });
    const seen: TicketChangeEvent[] = [];
    const stop = adapter.subscribe!((event) => seen.push(event));
    const ticket = await inner.getTicket('TK-1001');
    emit({ type: 'ticket.updated', ticket: { ...ticket, requester: { ...ticket.requester, email: 42 } } });
    emit({ type: 'message.added', ticketId: 'TK-1001', message: { id: 'm', body: 'no author' } });
    emit({ type: 'something.else' });
    expect(seen).toEqual([]);
    await inner.updateTicket('TK-1001', { priority: 'urgent' }, ticket.version);
    expect(seen).toEqual([
      expect.objectContaining({ type: 'ticket.updated', ticket: expect.objectContaining({ priority: 'urgent' }) }),
      expect.objectContaining({ type: 'activity.added', ticketId: 'TK-1001', activity: expect.objectContaining({ change: { kind: 'priority', from: ticket.priority, to: 'urgent' } }) }),
    ]);
    stop();
  });

  it('parseChangeEvent names the bad field of an event', async () => {
    const ticket = await createMemoryAdapter({ data: generateTicketData({ tickets: 1, seed: 3 }) }).getTicket('TK-1001');
    expect(() => parseChangeEvent({ type: 'ticket.updated', ticket: { ...ticket, status: 'gone' } })).toThrow(
      expect.objectContaining({ field: 'subscribe.ticket.status' }),
    );
    expect(() => parseChangeEvent({ type: 'note.added', ticketId: 5 })).toThrow(expect.objectContaining({ field: 'subscribe.ticketId' }));
    expect(() => parseChangeEvent({ type: 'nope' })).toThrow(expect.objectContaining({ field: 'subscribe.type' }));
  });

  it('keeps subscribe only when the adapter has it', () => {
    expect(withValidation(createMemoryAdapter({ data: generateTicketData({ tickets: 2 }) })).subscribe).toBeTypeOf('function');
    const { subscribe: _omitted, ...withoutSubscribe } = createMemoryAdapter({ data: generateTicketData({ tickets: 2 }) });
    expect(withValidation(withoutSubscribe).subscribe).toBeUndefined();
  });
});

describe('parseTicketPage', () => {
  it('rejects a page without a valid total naming the field', () => {
    expect(() => parseTicketPage({ tickets: [], total: -1, page: 1, pageSize: 25 })).toThrow(ValidationError);
    expect(() => parseTicketPage({ tickets: 'x', total: 0, page: 1, pageSize: 25 })).toThrow(/listTickets\.tickets/);
    expect(() => parseTicketPage(null)).toThrow(/listTickets/);
  });
});

describe('withValidation and the optional capabilities', () => {
  const inner = () => createMemoryAdapter({ data: generateTicketData({ tickets: 12, seed: 6 }) });

  it('keeps capabilities, updateTickets, listActivity and savedViews, and checks their input', async () => {
    const adapter = withValidation(inner());
    expect(adapter.capabilities).toEqual({ statusCounts: true });
    const ticket = await adapter.getTicket('TK-1001');
    const outcomes = await adapter.updateTickets!([{ ticketId: ticket.id, patch: { status: 'closed' }, expectedVersion: ticket.version }]);
    expect(outcomes).toEqual([expect.objectContaining({ ticketId: ticket.id, ok: true })]);
    await expect(adapter.updateTickets!([{ ticketId: ticket.id, patch: { status: 'lost' }, expectedVersion: 1 }])).rejects.toMatchObject({ field: 'changes[0].patch.status' });
    expect((await adapter.listActivity!(ticket.id)).length).toBeGreaterThan(0);
    const view = await adapter.savedViews!.create({ name: 'Mine', query: { ...DEFAULT_TICKET_QUERY, assignee: 'me' } });
    expect(view.query.assignee).toBe('me');
    await expect(adapter.savedViews!.update(view.id, {})).rejects.toMatchObject({ code: 'validation' });
    const page = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, countByStatus: true });
    expect(Object.keys(page.statusCounts!)).toEqual(['open', 'in_progress', 'closed']);
  });

  it('leaves out what the adapter does not have', () => {
    const { updateTickets: _u, listActivity: _l, savedViews: _s, capabilities: _c, ...plain } = inner();
    const adapter = withValidation(plain);
    expect([adapter.updateTickets, adapter.listActivity, adapter.savedViews, adapter.capabilities]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('refuses malformed counts, snippets, outcomes and activity, naming the field', async () => {
    const base = inner();
    const page = { tickets: [], total: 0, page: 1, pageSize: 25 };
    expect(() => parseTicketPage({ ...page, statusCounts: { open: 1, in_progress: 2 } })).toThrow(expect.objectContaining({ field: 'listTickets.statusCounts.closed' }));
    expect(() => parseTicketPage({ ...page, snippets: { 'TK-1': { source: 'message', text: 'abc', highlights: [[2, 9]] } } })).toThrow(
      expect.objectContaining({ field: 'listTickets.snippets.TK-1.highlights[0]' }),
    );
    const ticket = await base.getTicket('TK-1002');
    const lying = withValidation({ ...base, updateTickets: async () => [{ ticketId: 'TK-9999', ok: true, ticket }] });
    await expect(lying.updateTickets!([{ ticketId: ticket.id, patch: { priority: 'low' }, expectedVersion: ticket.version }])).rejects.toMatchObject({ field: 'updateTickets[0].ticketId' });
    expect(() => parseChangeEvent({ type: 'activity.added', ticketId: 'TK-1', activity: { id: 'a', ticketId: 'TK-1', createdAt: 'x', actor: null, change: { kind: 'status', from: 'a', to: 'b' } } })).toThrow(
      expect.objectContaining({ field: 'subscribe.activity.createdAt' }),
    );
  });
});
