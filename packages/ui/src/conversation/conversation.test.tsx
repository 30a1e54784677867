import type { TicketActivity } from '@ticketkit/core';
import type { MemoryData } from '@ticketkit/core/memory';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderTicket } from '../test/render-ticket';
import { Conversation } from './conversation';
import { MessageText } from './message-text';

const ID = 'TK-1001';

/** The data without the generated notes and history of the ticket: each test gives the entries it needs. */
function withoutTimeline(data: MemoryData): MemoryData {
  return { ...data, notes: data.notes.filter((note) => note.ticketId !== ID), activity: (data.activity ?? []).filter((entry) => entry.ticketId !== ID) };
}

describe('MessageText', () => {
  it('keeps line breaks and shows markup as text', () => {
    const { container } = render(
      <p>
        <MessageText text={'<b>bold?</b>\nsecond line\r\nthird'} newTabLabel="(opens in a new tab)" />
      </p>,
    );
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('br')).toHaveLength(2);
    expect(container.textContent).toBe('<b>bold?</b>second linethird');
  });

  it('makes http(s) links open in a new tab without opener, and mailto links plain', () => {
    render(
      <p>
        <MessageText text="See https://example.com/help or mailto:help@example.com, not javascript:alert(1)" newTabLabel="(opens in a new tab)" />
      </p>,
    );
    const web = screen.getByRole('link', { name: /^https:\/\/example\.com\/help\s*\(opens in a new tab\)$/ });
    expect(web).toHaveAttribute('href', 'https://example.com/help');
    expect(web).toHaveAttribute('target', '_blank');
    expect(web).toHaveAttribute('rel', 'noopener noreferrer');
    const mail = screen.getByRole('link', { name: 'mailto:help@example.com' });
    expect(mail).not.toHaveAttribute('target');
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });
});

// jsdom has no layout. At its edge only: every message row is 80 px tall, the viewport (800 px, the shared setup) scrolls
// as far as its content is tall, and a scroll the list asks for lands at once and is reported a moment later, as in a
// browser.
const ROW_HEIGHT = 80;
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.index === undefined ? 0 : ROW_HEIGHT;
  });
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return Number.parseFloat((this.firstElementChild as HTMLElement | null)?.style.blockSize ?? '') || 0;
  });
  HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: ScrollToOptions | number) {
    const top = typeof options === 'object' ? (options.top ?? this.scrollTop) : this.scrollTop;
    this.scrollTop = Math.max(0, Math.min(top, this.scrollHeight - this.clientHeight));
    setTimeout(() => this.dispatchEvent(new Event('scroll')));
  } as HTMLElement['scrollTo'];
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (HTMLElement.prototype as Partial<HTMLElement>).scrollTo;
});

describe('Conversation', () => {
  it('lists the messages in time order, each with its author, kind and time, the end user on one side and the company on the other', async () => {
    const { backend } = renderTicket(() => <Conversation ticketId={ID} />, {
      transform: (data) => ({
        ...withoutTimeline(data),
        messages: [
          ...data.messages.filter((message) => message.ticketId !== ID),
          { id: 'm-2', ticketId: ID, author: { kind: 'assistant', id: 'a', name: 'Billing bot' }, body: 'Second', createdAt: '2026-02-01T09:01:00.000Z' },
          { id: 'm-1', ticketId: ID, author: { kind: 'end_user', id: 'u', name: 'Ana Souza' }, body: 'First', createdAt: '2026-02-01T09:00:00.000Z' },
          { id: 'm-3', ticketId: ID, author: { kind: 'team', id: 't', name: 'Kofi Mensah' }, body: 'Third', createdAt: '2026-02-01T09:02:00.000Z' },
        ],
      }),
    });
    const log = await screen.findByRole('region', { name: /^Conversation\s*·\s*3 messages$/ });
    expect(log).toHaveAttribute('tabindex', '0');
    const items = within(log).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('[data-slot="conversation-body"]')!.textContent)).toEqual(['First', 'Second', 'Third']);
    expect(items.map((item) => item.getAttribute('aria-posinset'))).toEqual(['1', '2', '3']);
    expect(within(items[0]!).getByRole('article', { name: 'Ana Souza (User)' })).toHaveTextContent('Feb 1, 2026, 9:00 AM');
    expect(within(items[1]!).getByRole('article', { name: 'Billing bot (AI assistant)' })).toHaveTextContent('Billing botAI');
    expect(within(items[2]!).getByRole('article', { name: 'Kofi Mensah (Team)' })).toBeInTheDocument();
    expect(items.map((item) => item.dataset.side)).toEqual(['user', 'company', 'company']);
    // Initials for people, the assistant's own mark; no role pill on the bubbles.
    expect(items.map((item) => item.querySelector('[data-slot="conversation-avatar"]')!.textContent)).toEqual(['AS', '✦', 'KM']);
    expect(backend.adapter.calls.filter((call) => call.method === 'listMessages')).toHaveLength(1);
  });

  it('renders only the latest messages of a long conversation, each with its place in the whole, and jumps back to the latest, focus moving to the list', async () => {
    renderTicket(() => <Conversation ticketId={ID} />, {
      transform: (data) => ({
        ...withoutTimeline(data),
        messages: [
          ...data.messages.filter((message) => message.ticketId !== ID),
          ...Array.from({ length: 600 }, (_, index) => ({
            id: `m-${index}`,
            ticketId: ID,
            author: { kind: 'end_user' as const, id: 'u', name: 'Ana Souza' },
            body: `Message ${index + 1}`,
            createdAt: new Date(Date.UTC(2026, 1, 1, 9) + index * 60_000).toISOString(),
          })),
        ],
      }),
    });
    const log = await screen.findByRole('region', { name: /600 messages/ });
    // Opened at the very end: the last message's bottom at the viewport's bottom.
    await waitFor(() => expect(log.scrollTop).toBe(log.scrollHeight - log.clientHeight));
    const items = within(log).getAllByRole('listitem');
    expect(items.length).toBeLessThan(30);
    expect(items.at(-1)).toHaveAttribute('aria-posinset', '600');
    expect(items.at(-1)).toHaveAttribute('aria-setsize', '600');
    expect(items.at(-1)).toHaveTextContent('Message 600');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Jump to the latest message' })).toBeNull());

    log.scrollTop = 0;
    fireEvent.scroll(log);
    expect(within(log).getAllByRole('listitem')[0]).toHaveAttribute('aria-posinset', '1');
    const jump = await screen.findByRole('button', { name: 'Jump to the latest message' });
    jump.focus();
    fireEvent.click(jump);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Jump to the latest message' })).toBeNull());
    expect(within(log).getAllByRole('listitem').at(-1)).toHaveAttribute('aria-posinset', '600');
    expect(log.scrollTop).toBe(log.scrollHeight - log.clientHeight);
    // The button went away with focus on it: focus is on the list it scrolled, not dropped on the page.
    expect(log).toHaveFocus();
  });

  it('groups consecutive messages of one author: only the first shows the avatar and the name', async () => {
    renderTicket(() => <Conversation ticketId={ID} />, {
      transform: (data) => ({
        ...withoutTimeline(data),
        messages: [
          ...data.messages.filter((message) => message.ticketId !== ID),
          { id: 'm-1', ticketId: ID, author: { kind: 'end_user', id: 'u', name: 'Ana Souza' }, body: 'Hello', createdAt: '2026-02-01T09:00:00.000Z' },
          { id: 'm-2', ticketId: ID, author: { kind: 'end_user', id: 'u', name: 'Ana Souza' }, body: 'Anyone?', createdAt: '2026-02-01T09:01:00.000Z' },
          { id: 'm-3', ticketId: ID, author: { kind: 'end_user', id: 'u', name: 'Ana Souza' }, body: 'Next day', createdAt: '2026-02-02T09:01:00.000Z' },
        ],
      }),
    });
    const log = await screen.findByRole('region', { name: /3 messages/ });
    const articles = within(log).getAllByRole('article');
    expect(articles.map((article) => article.dataset.group)).toEqual(['start', 'continued', 'start']);
    expect(articles.map((article) => article.getAttribute('aria-label'))).toEqual(['Ana Souza (User)', 'Ana Souza (User)', 'Ana Souza (User)']);
    expect(articles[1]!.querySelector('[data-slot="conversation-avatar"]')).toBeNull();
    expect(articles[1]).toHaveTextContent('Anyone? Feb 1, 2026, 9:01 AM');
  });

  it('puts internal notes and the history among the messages at their time, the notes marked internal', async () => {
    const activity: TicketActivity[] = [
      { id: 'a-1', ticketId: ID, createdAt: '2026-02-01T09:05:00.000Z', actor: { id: 't', name: 'Kofi Mensah' }, change: { kind: 'status', from: 'open', to: 'in_progress' } },
      { id: 'a-2', ticketId: ID, createdAt: '2026-02-01T09:06:00.000Z', actor: null, change: { kind: 'assignee', from: null, to: { id: 't', name: 'Kofi Mensah' } } },
    ];
    const { backend } = renderTicket(() => <Conversation ticketId={ID} />, {
      transform: (data) => ({
        ...withoutTimeline(data),
        messages: [
          ...data.messages.filter((message) => message.ticketId !== ID),
          { id: 'm-1', ticketId: ID, author: { kind: 'end_user', id: 'u', name: 'Ana Souza' }, body: 'Hello', createdAt: '2026-02-01T09:00:00.000Z' },
          { id: 'm-2', ticketId: ID, author: { kind: 'team', id: 't', name: 'Kofi Mensah' }, body: 'On it', createdAt: '2026-02-01T09:10:00.000Z' },
        ],
        notes: [
          ...data.notes.filter((note) => note.ticketId !== ID),
          { id: 'n-1', ticketId: ID, author: { id: 't', name: 'Kofi Mensah' }, body: 'VIP customer', createdAt: '2026-02-01T09:02:00.000Z' },
        ],
      }),
      adapter: (backend) => Object.assign(Object.create(backend.adapter) as typeof backend.adapter, { listActivity: () => Promise.resolve(activity) }),
    });
    const log = await screen.findByRole('region', { name: /2 messages · 1 note/ });
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(5));
    const items = within(log).getAllByRole('listitem');
    expect(items.map((item) => item.dataset.kind)).toEqual(['message', 'note', 'activity', 'activity', 'message']);
    expect(within(items[1]!).getByRole('article', { name: 'Internal note by Kofi Mensah' })).toHaveTextContent('Internal note');
    expect(items[2]).toHaveTextContent('Kofi Mensah changed the status from Open to In progress');
    expect(items[3]).toHaveTextContent('The system assigned the ticket to Kofi Mensah');
    // What the end user receives holds no note.
    const sent = await backend.memory.listMessages(ID);
    expect(sent.map((message) => message.body)).not.toContain('VIP customer');
  });

  it('marks the handoff and jumps to it, focusing it', async () => {
    renderTicket(() => <Conversation ticketId={ID} handoffMessageId="m-5" />, {
      transform: (data) => ({
        ...withoutTimeline(data),
        messages: [
          ...data.messages.filter((message) => message.ticketId !== ID),
          ...Array.from({ length: 300 }, (_, index) => ({
            id: `m-${index}`,
            ticketId: ID,
            author: index < 6 ? { kind: 'assistant' as const, id: 'a', name: 'Nova' } : { kind: 'end_user' as const, id: 'u', name: 'Ana Souza' },
            body: `Message ${index + 1}`,
            createdAt: new Date(Date.UTC(2026, 1, 1, 9) + index * 3_600_000).toISOString(),
          })),
        ],
      }),
    });
    const log = await screen.findByRole('region', { name: /300 messages/ });
    fireEvent.click(screen.getByRole('button', { name: 'Go to the handoff' }));
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-posinset', '6'));
    expect(within(log).getByText('Handed to the team here')).toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent('Message 6');
  });

  it('shows a load error with a retry', async () => {
    renderTicket(() => <Conversation ticketId={ID} />, { faults: { failMethods: { listMessages: 'unavailable' } } });
    expect(await screen.findByRole('alert')).toHaveTextContent('The conversation could not be loaded');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled());
  });
});
