import type { Message, Note, TicketActivity } from '@ticketkit/core';
import { describe, expect, it } from 'vitest';
import { mergeTimeline } from './use-ticket-timeline';

const at = (minute: number) => new Date(Date.UTC(2026, 1, 1, 9, minute)).toISOString();
const message = (id: string, minute: number): Message => ({ id, ticketId: 'T', author: { kind: 'end_user', id: 'u', name: 'Ana' }, body: id, createdAt: at(minute) });
const note = (id: string, minute: number): Note => ({ id, ticketId: 'T', author: { id: 't', name: 'Sam' }, body: id, createdAt: at(minute) });
const change = (id: string, minute: number): TicketActivity => ({ id, ticketId: 'T', createdAt: at(minute), actor: null, change: { kind: 'status', from: 'open', to: 'closed' } });

describe('mergeTimeline', () => {
  it('puts messages, notes and changes in time order; at one instant a message, then a note, then a change', () => {
    const entries = mergeTimeline([message('m1', 0), message('m2', 5)], [note('n1', 2), note('n2', 5)], [change('a1', 5), change('a2', 1)].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
    expect(entries.map((entry) => entry.id)).toEqual(['m1', 'activity:a2', 'note:n1', 'm2', 'note:n2', 'activity:a1']);
  });
  it('keys notes and changes apart from messages, whatever their ids', () => {
    const entries = mergeTimeline([message('x', 0)], [note('x', 1)], [change('x', 2)]);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(3);
  });
  it('returns the messages alone when there is nothing else', () => {
    expect(mergeTimeline([message('m1', 0)], [], []).map((entry) => entry.kind)).toEqual(['message']);
    expect(mergeTimeline([], [], [])).toEqual([]);
  });
});
