import type { MemoryData } from '@ticketkit/core/memory';
import { screen, waitFor } from '@testing-library/react';
import { Conversation } from '../conversation/conversation';
import { TicketList } from '../ticket-list/ticket-list';
import { renderWithTickets } from '../test/render';
import { renderTicket } from '../test/render-ticket';
import { ar } from './ar';
import { de } from './de';
import type { TicketsUIMessages } from './messages';

const ID = 'TK-1001';

/** Leaves ticket `ID` with `count` messages. */
const withMessages = (count: number) => (data: MemoryData): MemoryData => ({
  ...data,
  messages: [
    ...data.messages.filter((message) => message.ticketId !== ID),
    ...Array.from({ length: count }, (_, index) => ({
      id: `m-${index}`,
      ticketId: ID,
      author: { kind: 'end_user' as const, id: 'u', name: 'Ana Souza' },
      body: `Message ${index + 1}`,
      createdAt: new Date(Date.UTC(2026, 1, 1, 9) + index * 60_000).toISOString(),
    })),
  ],
});

describe('a conversation counts its messages in the language of its pack', () => {
  it.each<[string, TicketsUIMessages | undefined, string, number, RegExp]>([
    ['en-US', undefined, 'English', 1, /^Conversation\s*·\s*1 message$/],
    ['en-US', undefined, 'English', 2, /^Conversation\s*·\s*2 messages$/],
    ['de-DE', de, 'German', 1, /^Unterhaltung\s*·\s*1 Nachricht$/],
    ['de-DE', de, 'German', 2, /^Unterhaltung\s*·\s*2 Nachrichten$/],
    ['ar-EG', ar, 'Arabic', 1, /^المحادثة\s*·\s*رسالة واحدة$/],
    ['ar-EG', ar, 'Arabic', 2, /^المحادثة\s*·\s*رسالتان$/],
    ['ar-EG', ar, 'Arabic', 3, /^المحادثة\s*·\s*٣ رسائل$/],
    ['ar-EG', ar, 'Arabic', 11, /^المحادثة\s*·\s*١١ رسالة$/],
  ])('%s (%s %s) with %i', async (locale, messages, _language, count, name) => {
    renderTicket(() => <Conversation ticketId={ID} />, { locale, messages, transform: withMessages(count) });
    expect(await screen.findByRole('region', { name })).toBeInTheDocument();
  });
});

describe('a refused query names its field in words', () => {
  it.each([
    ['en-US', undefined, 'Not applied: the page number given is not valid.'],
    ['de-DE', de, 'Nicht angewendet: Die Angabe „Seitenzahl“ ist ungültig.'],
    ['ar-EG', ar, 'لم يُطبَّق: قيمة «رقم الصفحة» غير صالحة.'],
  ])('%s', async (locale, messages, sentence) => {
    window.history.replaceState(null, '', '/?page=abc');
    try {
      renderWithTickets(<TicketList />, { locale, messages, listState: { url: true, searchDebounceMs: 0 } });
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(sentence));
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});

describe('a part used on its own with a pack names statuses and priorities in it', () => {
  it('TicketList given messages={de}: its badges are German, without a provider for the messages', async () => {
    renderWithTickets(<TicketList messages={de} />, { locale: 'de-DE' });
    await waitFor(() => expect(document.querySelectorAll('tr[data-ticket-id]').length).toBeGreaterThan(0));
    const badges = [...document.querySelectorAll<HTMLElement>('tr[data-ticket-id] [data-slot="status-badge"], tr[data-ticket-id] [data-slot="priority-badge"]')];
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) {
      const words = badge.dataset.slot === 'status-badge' ? de.common.status[badge.dataset.status!] : de.common.priority[badge.dataset.priority!];
      expect(badge).toHaveTextContent(words!);
    }
  });
});
