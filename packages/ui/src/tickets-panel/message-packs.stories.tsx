import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ar } from '../messages/ar';
import { de } from '../messages/de';
import type { TicketsUIMessages } from '../messages/messages';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { englishMatchers, type EnglishMatcher } from '../test/message-samples';
import { shortDateTime } from '../ticket-list/waiting';
import { TicketsPanel } from './tickets-panel';

const meta = {
  title: 'Tickets panel/Message packs',
  component: TicketsPanel,
  decorators: [withTickets],
  // Enough tickets that the total needs the locale's grouping (1.234 in German).
  parameters: { ticketkit: { tickets: 1234, listState: false } satisfies StoryTicketsParameters, layout: 'fullscreen' },
  args: { layout: 'drawer' },
} satisfies Meta<typeof TicketsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt'];

/**
 * Every English message (of the ones the pack words differently) found on the page: in visible text — screen-reader
 * only text counts — and in the attributes people hear or see. The drawer and menus are portaled, so the whole body.
 */
function englishOnScreen(matchers: EnglishMatcher[]): string[] {
  const found: string[] = [];
  const check = (text: string | null, where: string) => {
    const trimmed = text?.trim();
    if (!trimmed) return;
    for (const matcher of matchers) if (matcher.matches(trimmed)) found.push(`${where} “${trimmed}” is English (${matcher.path})`);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest('script, style') && parent.checkVisibility()) check(node.nodeValue, 'text');
  }
  for (const element of document.body.querySelectorAll(ATTRIBUTES.map((name) => `[${name}]`).join(','))) {
    for (const name of ATTRIBUTES) check(element.getAttribute(name), name);
  }
  return found;
}

const rows = (canvasElement: HTMLElement) => Array.from(canvasElement.querySelectorAll<HTMLTableRowElement>('tr[data-ticket-id]'));

/**
 * The whole panel in `pack`: no English left in the list, filters and pagination, nor in a ticket opened with one
 * message, which says so in the singular; numbers and dates in `locale`; the drawer in the page's `lang` and `dir`.
 */
function playInPack(pack: TicketsUIMessages, expected: { locale: string; dir: 'ltr' | 'rtl'; oneMessage: string }): Story['play'] {
  return async ({ canvasElement, id }) => {
    const matchers = englishMatchers(pack);
    // Built from the English messages: it cannot pass by finding nothing to look for.
    await expect(matchers.length).toBeGreaterThan(100);
    await expect(matchers.some((matcher) => matcher.matches('1 message'))).toBe(true);

    await waitFor(() => expect(rows(canvasElement)).toHaveLength(25), { timeout: 5000 });
    const { data } = storyBackend(id);
    const canvas = within(canvasElement);
    const number = new Intl.NumberFormat(expected.locale);
    await canvas.findByText(pack.pagination.range(number.format(1), number.format(25), number.format(data.tickets.length), data.tickets.length));
    const first = data.tickets.find((ticket) => ticket.id === rows(canvasElement)[0]!.dataset.ticketId)!;
    const dateTime = new Intl.DateTimeFormat(expected.locale, { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' });
    // The last update, short in the list (the day this year, the time today), whole in its title.
    const updated = rows(canvasElement)[0]!.querySelector(`[data-column="updatedAt"] time[datetime="${first.updatedAt}"]`);
    await expect(updated).toHaveAttribute('title', dateTime.format(new Date(first.updatedAt)));
    await expect(updated).toHaveTextContent(shortDateTime(first.updatedAt, Date.now(), expected.locale, 'UTC'));
    await expect(englishOnScreen(matchers)).toEqual([]);

    // A ticket with one message.
    const counts = new Map<string, number>();
    for (const message of data.messages) counts.set(message.ticketId, (counts.get(message.ticketId) ?? 0) + 1);
    const row = rows(canvasElement).find((candidate) => counts.get(candidate.dataset.ticketId!) === 1);
    if (!row) throw new Error('No ticket with one message on the first page: change the seed.');
    await userEvent.click(row);
    const ticket = data.tickets.find((candidate) => candidate.id === row.dataset.ticketId)!;
    const dialog = await within(document.body).findByRole('dialog', { name: ticket.subject }, { timeout: 5000 });
    await expect(dialog).toHaveAttribute('dir', expected.dir);
    await expect(dialog).toHaveAttribute('lang', expected.locale);
    await expect(dialog).toHaveAccessibleDescription(pack.panel.drawerDescription);
    const name = new RegExp(`^${pack.detail.conversation.label}\\s*·\\s*${expected.oneMessage}$`);
    const conversation = await within(dialog).findByRole('region', { name }, { timeout: 5000 });
    await expect(conversation).toBeVisible();
    await within(dialog).findByRole('tab', { name: pack.timeline.composer.note }, { timeout: 5000 });
    await waitFor(() => expect(dialog.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
    await waitFor(() => expect(englishOnScreen(matchers)).toEqual([]));
  };
}

/** The whole panel in German (`de` pack, `de-DE` dates and numbers), a ticket open in the drawer. */
export const German: Story = {
  globals: { locale: 'de-DE' },
  args: { messages: de },
  play: playInPack(de, { locale: 'de-DE', dir: 'ltr', oneMessage: '1 Nachricht' }),
};

/** The whole panel in Arabic, right to left (`ar` pack, `ar-EG` dates and numbers), a ticket open in the drawer. */
export const Arabic: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  args: { messages: ar },
  play: playInPack(ar, { locale: 'ar-EG', dir: 'rtl', oneMessage: 'رسالة واحدة' }),
};
