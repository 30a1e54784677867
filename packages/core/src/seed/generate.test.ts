import { describe, expect, it } from 'vitest';
import { parseMessage, parseNote, parseTicket } from '../schema';
import { conversationState } from '../conversation-state';
import type { Message } from '../types';
import { DEFAULT_SEED_NOW, generateConversation, generateTicketData, subjectFits } from './generate';
import { ASSISTANT_DOMAINS, DOMAINS, HANDOFF_LINES, PROBLEMS } from './vocabulary';

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

describe('generated data tells one story per ticket', () => {
  const data = generateTicketData({ tickets: 3_000, seed: 8 });
  const byTicket = new Map<string, Message[]>();
  for (const message of data.messages) byTicket.set(message.ticketId, [...(byTicket.get(message.ticketId) ?? []), message]);
  const problemOf = (subject: string) => PROBLEMS.find((problem) => problem.subjects.some((template) => subjectFits(template, subject)))!;
  const HOUR = 3_600_000;

  it('the subject and the end user’s first message are about the same problem, the same order number too', () => {
    for (const ticket of data.tickets) {
      const problem = problemOf(ticket.subject);
      expect(problem, ticket.subject).toBeDefined();
      const first = byTicket.get(ticket.id)!.find((m) => m.author.kind === 'end_user' && !/^(Hi|Hello|Good morning)/.test(m.body))!;
      const openings = problem.openings.map((opening) => opening.split('{n}')[0]!);
      expect(openings.some((opening) => first.body.startsWith(opening)), `${ticket.id}: "${ticket.subject}" / "${first.body}"`).toBe(true);
      const number = /#?(\d{5})/.exec(ticket.subject)?.[1];
      if (number && first.body.includes('#')) expect(first.body).toContain(number);
    }
  });

  it('the assistant never repeats the end user nor itself, and no message is said twice in a ticket', () => {
    for (const [ticketId, messages] of byTicket) {
      const bodies = messages.map((m) => m.body);
      expect(new Set(bodies).size, ticketId).toBe(bodies.length);
      const userTexts = messages.filter((m) => m.author.kind === 'end_user').map((m) => m.body);
      for (const message of messages.filter((m) => m.author.kind === 'assistant')) expect(userTexts).not.toContain(message.body);
    }
  });

  it('marks the handoff on the assistant’s message right after the end user’s question', () => {
    const withHandoff = data.tickets.filter((t) => t.handoffMessageId);
    expect(withHandoff.length / data.tickets.length).toBeGreaterThan(0.9);
    for (const ticket of withHandoff) {
      const messages = byTicket.get(ticket.id)!;
      const at = messages.findIndex((m) => m.id === ticket.handoffMessageId);
      expect(messages[at]!.author.kind).toBe('assistant');
      expect(HANDOFF_LINES as readonly string[]).toContain(messages[at]!.body);
      expect(messages[at - 1]!.author.kind).toBe('end_user');
      expect(messages[at]!.createdAt).toBe(ticket.createdAt);
      const question = messages[at - 1]!.body;
      expect(problemOf(ticket.subject).handoffs.some((reason) => reason.questions.some((q) => question.endsWith(q)))).toBe(true);
    }
  });

  it('keeps waitingSince and lastMessageAt as the conversation makes them', () => {
    for (const ticket of data.tickets) {
      expect({ id: ticket.id, ...conversationState(ticket.createdAt, byTicket.get(ticket.id) ?? []) }).toEqual({ id: ticket.id, lastMessageAt: ticket.lastMessageAt, waitingSince: ticket.waitingSince });
    }
  });

  it('unsolved tickets wait from minutes to days, some answered by the team last; solved ones are not waiting', () => {
    const unsolved = data.tickets.filter((t) => t.status !== 'closed');
    const waiting = unsolved.filter((t) => t.waitingSince !== null).map((t) => (DEFAULT_SEED_NOW - Date.parse(t.waitingSince!)) / HOUR);
    expect(waiting.length / unsolved.length).toBeGreaterThan(0.25);
    expect(waiting.length / unsolved.length).toBeLessThan(0.75);
    expect(waiting.filter((hours) => hours < 1).length).toBeGreaterThan(5);
    expect(waiting.filter((hours) => hours >= 1 && hours < 24).length).toBeGreaterThan(20);
    expect(waiting.filter((hours) => hours >= 24).length).toBeGreaterThan(20);
    expect(Math.max(...waiting)).toBeLessThan(30 * 24);
    expect(data.tickets.filter((t) => t.status === 'closed' && t.waitingSince !== null)).toEqual([]);
  });

  it('assigns about half the tickets', () => {
    const share = data.tickets.filter((t) => t.assignee !== null).length / data.tickets.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });

  it('gives each assistant a domain where a few problems dominate', () => {
    expect(new Set(data.tickets.map((t) => t.assistant.id)).size).toBeGreaterThanOrEqual(6);
    for (const assistant of data.assistants) {
      const domain = DOMAINS.find((d) => d.id === ASSISTANT_DOMAINS[assistant.name])!;
      const problems = data.tickets.filter((t) => t.assistant.id === assistant.id).map((t) => problemOf(t.subject).id);
      expect(problems.every((id) => domain.problems.some((p) => p.id === id)), assistant.name).toBe(true);
      const top = domain.problems[0]!.id;
      expect(problems.filter((id) => id === top).length / problems.length, assistant.name).toBeGreaterThan(0.3);
    }
  });

  it('shows a trend: missing login codes grow over the year', () => {
    const share = (from: number, to: number) => {
      const account = data.tickets.slice(from, to).filter((t) => ASSISTANT_DOMAINS[t.assistant.name] === 'account');
      return account.filter((t) => problemOf(t.subject).id === 'login-code').length / account.length;
    };
    expect(share(2_500, 3_000)).toBeGreaterThan(share(0, 500) * 1.4);
  });

  it('records a history that agrees with the ticket: assignment, in progress, closed', () => {
    const byTicketActivity = new Map<string, string[]>();
    for (const entry of data.activity!) byTicketActivity.set(entry.ticketId, [...(byTicketActivity.get(entry.ticketId) ?? []), entry.change.kind === 'status' ? `status:${entry.change.to}` : entry.change.kind]);
    for (const ticket of data.tickets) {
      const kinds = byTicketActivity.get(ticket.id) ?? [];
      expect(kinds.includes('assignee'), ticket.id).toBe(ticket.assignee !== null);
      if (ticket.status === 'closed') expect(kinds[kinds.length - 1]).toBe('status:closed');
      if (ticket.status === 'open') expect(kinds.filter((k) => k.startsWith('status'))).toEqual([]);
    }
    for (const entry of data.activity!) expect(Date.parse(entry.createdAt)).toBeLessThanOrEqual(DEFAULT_SEED_NOW);
  });
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
