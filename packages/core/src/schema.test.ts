import { describe, expect, it } from 'vitest';
import { validationFieldOf } from '../test/validation-field';
import * as v from 'valibot';
import { messageSchema, parseMessage, parseNote, parseTeamMember, parseTicket } from './schema';
import { generateTicketData } from './seed/generate';

const data = generateTicketData({ tickets: 3, seed: 5 });
const ticket = data.tickets[0]!;


describe('record schemas', () => {
  it('accept generated records', () => {
    expect(parseTicket(ticket)).toEqual(ticket);
    expect(parseMessage(data.messages[0])).toEqual(data.messages[0]);
    expect(parseTeamMember(data.teamMembers[0])).toEqual(data.teamMembers[0]);
    expect(parseNote({ id: 'n1', ticketId: ticket.id, author: { id: 'tm-1', name: 'A' }, body: 'x', createdAt: ticket.createdAt })).toMatchObject({ id: 'n1' });
  });

  it('name the path of the first bad field', () => {
    expect(validationFieldOf(() => parseTicket({ ...ticket, requester: { ...ticket.requester, email: 42 } }))).toBe('ticket.requester.email');
    expect(validationFieldOf(() => parseTicket({ ...ticket, status: 'archived' }, 'tickets[2]'))).toBe('tickets[2].status');
    expect(validationFieldOf(() => parseTicket({ ...ticket, createdAt: 'yesterday' }))).toBe('ticket.createdAt');
    expect(validationFieldOf(() => parseTicket({ ...ticket, updatedAt: '2026-02-30T10:00:00.000Z' }))).toBe('ticket.updatedAt');
    expect(validationFieldOf(() => parseNote({ id: 'n1', ticketId: ticket.id, author: { id: 'tm-1', name: 'A' }, body: 'x', createdAt: '2026-04-31T00:00:00Z' }))).toBe('note.createdAt');
    expect(validationFieldOf(() => parseTicket({ ...ticket, version: -1 }))).toBe('ticket.version');
    expect(validationFieldOf(() => parseTicket({ ...ticket, id: '' }))).toBe('ticket.id');
    expect(validationFieldOf(() => parseTicket('nope'))).toBe('ticket');
    expect(validationFieldOf(() => parseMessage({ ...data.messages[0], author: { kind: 'robot', id: 'x', name: 'y' } }))).toBe('message.author.kind');
    expect(validationFieldOf(() => parseTeamMember({ ...data.teamMembers[0], role: 'owner' }))).toBe('teamMember.role');
  });

  it('check a message by hand as the schema does: the same output, unknown fields dropped, and the same errors', () => {
    const message = data.messages[0]!;
    const extra = { ...message, secret: 'x', author: { ...message.author, extra: 1 } };
    expect(parseMessage(extra)).toEqual(v.parse(messageSchema, extra));
    expect(parseMessage(extra)).toEqual(message);
    expect(parseMessage(message)).not.toBe(message);
    const bad: [unknown, string][] = [
      [null, 'message'],
      [[], 'message.id'],
      [{ ...message, id: '' }, 'message.id'],
      [{ ...message, ticketId: 7 }, 'message.ticketId'],
      [{ ...message, body: null }, 'message.body'],
      [{ ...message, author: null }, 'message.author'],
      [{ ...message, author: { ...message.author, id: 3 } }, 'message.author.id'],
      [{ ...message, author: { ...message.author, name: undefined } }, 'message.author.name'],
      [{ ...message, createdAt: '2026-02-30T10:00:00.000Z' }, 'message.createdAt'],
      [{ ...message, createdAt: '2026-02-28T25:99:00.000Z' }, 'message.createdAt'],
      [{ ...message, createdAt: 1_700_000_000_000 }, 'message.createdAt'],
    ];
    for (const [value, field] of bad) expect(validationFieldOf(() => parseMessage(value))).toBe(field);
  });

  it('explain what was expected', () => {
    expect(() => parseTicket({ ...ticket, priority: 'asap' })).toThrow(/ticket\.priority: expected/);
  });
});
