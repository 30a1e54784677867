import { describe, expect, it } from 'vitest';
import { fillTemplate, filterTemplates, insertText, slashQuery, templatesFor, type ReplyTemplate } from './templates';
import type { Ticket } from '@ticketkit/core';

const ticket = {
  id: 'TK-1004',
  subject: 'Refund missing',
  requester: { id: 'u1', name: 'Ana  Souza', email: 'ana@example.com' },
  assistant: { id: 'a1', name: 'Nova', ownerId: 'm1' },
} as unknown as Ticket;

describe('fillTemplate', () => {
  it('fills every known placeholder and leaves unknown ones as written', () => {
    const body = 'Hi {{requester.firstName}} ({{ requester.name }}, {{requester.email}}): {{ticket.id}} "{{ticket.subject}}" — {{viewer.name}} for {{assistant.name}}. {{ticket.nope}} {{toString.constructor}}';
    expect(fillTemplate(body, { ticket, viewer: { name: 'Sam Lee' } })).toBe(
      'Hi Ana (Ana  Souza, ana@example.com): TK-1004 "Refund missing" — Sam Lee for Nova. {{ticket.nope}} {{toString.constructor}}',
    );
  });
  it('inserts values as text, $-patterns included', () => {
    const odd = { ...ticket, requester: { ...ticket.requester, name: "$& $' <b>" } } as Ticket;
    expect(fillTemplate('{{requester.name}}', { ticket: odd, viewer: { name: 'x' } })).toBe("$& $' <b>");
  });
});

describe('the slash trigger', () => {
  it('opens only for "/word" at the start of the caret\'s line', () => {
    expect(slashQuery('/ref', 4)).toEqual({ start: 0, query: 'ref' });
    expect(slashQuery('Hello\n/', 7)).toEqual({ start: 6, query: '' });
    expect(slashQuery('Hello /ref', 10)).toBeNull();
    expect(slashQuery('/ref sent', 9)).toBeNull();
    expect(slashQuery('a/b', 3)).toBeNull();
  });
  it('replaces the typed trigger with the text', () => {
    expect(insertText('Hello\n/ref', 6, 10, 'Refund')).toEqual({ text: 'Hello\nRefund', caret: 12 });
  });
});

describe('filtering and modes', () => {
  const templates: ReplyTemplate[] = [
    { id: 'a', name: 'Refund sent', body: '' },
    { id: 'b', name: 'Rückruf', body: '', mode: 'both' },
    { id: 'c', name: 'Escalate', body: '', mode: 'note' },
  ];
  it('matches every word, ignoring accents and case', () => {
    expect(filterTemplates(templates, 'ruck').map((t) => t.id)).toEqual(['b']);
    expect(filterTemplates(templates, 'SENT ref').map((t) => t.id)).toEqual(['a']);
    expect(filterTemplates(templates, '  ').map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });
  it('offers each template in its mode', () => {
    expect(templatesFor(templates, 'reply').map((t) => t.id)).toEqual(['a', 'b']);
    expect(templatesFor(templates, 'note').map((t) => t.id)).toEqual(['b', 'c']);
  });
});
