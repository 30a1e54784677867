import { mergeTimeline } from '@ticketkit/react';
import type { Message } from '@ticketkit/core';
import { describe, expect, it } from 'vitest';
import { initials } from './avatar';
import { timelineRows } from './timeline-rows';

const message = (id: string, kind: Message['author']['kind'], authorId: string, minute: number): Message => ({
  id,
  ticketId: 'T',
  author: { kind, id: authorId, name: authorId },
  body: id,
  createdAt: new Date(Date.UTC(2026, 1, 1, 9, minute)).toISOString(),
});

describe('timelineRows', () => {
  it('groups consecutive messages of one author within ten minutes, the end user on one side', () => {
    const rows = timelineRows(
      mergeTimeline(
        [message('a', 'end_user', 'u', 0), message('b', 'end_user', 'u', 5), message('c', 'assistant', 'bot', 6), message('d', 'assistant', 'bot', 30), message('e', 'team', 't', 31)],
        [],
        [],
      ),
    );
    expect(rows.map((row) => [row.entry.id, row.side, row.groupStart])).toEqual([
      ['a', 'user', true],
      ['b', 'user', false],
      ['c', 'company', true],
      ['d', 'company', true],
      ['e', 'company', true],
    ]);
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last words, whole graphemes', () => {
    expect(initials('Ana Maria Souza')).toBe('AS');
    expect(initials('  łukasz  ')).toBe('Ł');
    expect(initials('')).toBe('?');
  });
});
