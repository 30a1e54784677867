import { DEFAULT_TICKET_QUERY, type Ticket, type TicketPage } from '@ticketkit/core';
import { generateTicketData } from '@ticketkit/core/memory';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyPatch, findCachedTicket, writeTicket } from './cache';
import { ticketKeys } from './keys';

const data = generateTicketData({ tickets: 3, seed: 5 });
const ticket = data.tickets[0]!;
const listKey = ticketKeys.list('u1', { ...DEFAULT_TICKET_QUERY });

function seeded() {
  const client = new QueryClient();
  client.setQueryData(ticketKeys.detail('u1', ticket.id), ticket);
  client.setQueryData<TicketPage>(listKey, { tickets: data.tickets, total: 3, page: 1, pageSize: 25 });
  return client;
}
const inList = (client: QueryClient) => client.getQueryData<TicketPage>(listKey)!.tickets.find((t) => t.id === ticket.id);

describe('cache helpers', () => {
  it('applies a patch with the assignee name from the team', () => {
    const member = data.teamMembers[2]!;
    expect(applyPatch(ticket, { assigneeId: member.id, status: 'closed' }, data.teamMembers)).toMatchObject({
      assignee: { id: member.id, name: member.name },
      status: 'closed',
      version: ticket.version,
    });
    expect(applyPatch(ticket, { assigneeId: null }).assignee).toBeNull();
  });

  it('finds the highest cached version of a ticket, wherever it is', () => {
    const client = new QueryClient();
    const newer: Ticket = { ...ticket, status: 'closed', version: ticket.version + 1 };
    const otherKey = ticketKeys.list('u1', { ...DEFAULT_TICKET_QUERY, status: 'closed' });
    client.setQueryData<TicketPage>(listKey, { tickets: data.tickets, total: 3, page: 1, pageSize: 25 });
    client.setQueryData<TicketPage>(otherKey, { tickets: [newer], total: 1, page: 1, pageSize: 25 });
    expect(findCachedTicket(client, 'u1', ticket.id)?.version).toBe(newer.version);
    client.setQueryData(ticketKeys.detail('u1', ticket.id), ticket);
    expect(findCachedTicket(client, 'u1', ticket.id)?.version).toBe(newer.version);
    expect(findCachedTicket(client, 'u1', 'TK-none')).toBeUndefined();
  });

  it('never lets an older version replace a newer one', () => {
    const client = seeded();
    const newer: Ticket = { ...ticket, status: 'closed', version: ticket.version + 1 };
    writeTicket(client, 'u1', newer);
    writeTicket(client, 'u1', ticket);
    expect(client.getQueryData<Ticket>(ticketKeys.detail('u1', ticket.id))?.version).toBe(newer.version);
    expect(inList(client)?.version).toBe(newer.version);
  });
});
