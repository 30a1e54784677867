import type { Meta, StoryObj } from '@storybook/react-vite';
import type { MemoryData } from '@ticketkit/core/memory';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { INJECTION_PAYLOADS } from '../stories/injection-payloads';
import { withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { TicketsPanel } from './tickets-panel';

declare global {
  interface Window {
    __tkPwned?: unknown;
  }
}

const payload = (index: number) => INJECTION_PAYLOADS[index % INJECTION_PAYLOADS.length]!;

/** Every ticket's subject and requester, and the opened ticket's every message and note, become payloads. */
function withPayloads(data: MemoryData): MemoryData {
  const newest = [...data.tickets].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;
  const base = Date.parse(newest.createdAt);
  const at = (index: number) => new Date(base + (index + 1) * 60_000).toISOString();
  return {
    ...data,
    tickets: data.tickets.map((ticket, index) => ({
      ...ticket,
      subject: payload(index),
      requester: { ...ticket.requester, name: payload(index + 7), email: payload(index + 13) },
    })),
    messages: [
      ...data.messages.filter((message) => message.ticketId !== newest.id),
      ...INJECTION_PAYLOADS.map((body, index) => ({
        id: `${newest.id}-x${index}`,
        ticketId: newest.id,
        author: { kind: (['end_user', 'assistant', 'team'] as const)[index % 3]!, id: `x${index}`, name: payload(index + 3) },
        body,
        createdAt: at(index),
      })),
    ],
    notes: [
      ...data.notes.filter((note) => note.ticketId !== newest.id),
      ...INJECTION_PAYLOADS.map((body, index) => ({
        id: `${newest.id}-y${index}`,
        ticketId: newest.id,
        author: { id: `y${index}`, name: payload(index + 5) },
        body,
        createdAt: at(index),
      })),
    ],
  };
}

const meta = {
  title: 'Security/InjectionPayloads',
  component: TicketsPanel,
  decorators: [
    withTickets,
    // Every message at once: a conversation tall enough that the virtualiser renders all of them.
    (Story) => (
      <div style={{ ['--tk-conversation-height' as string]: '12000px' }}>
        <Story />
      </div>
    ),
  ],
  parameters: { ticketkit: { tickets: 60, listState: false, transform: withPayloads } satisfies StoryTicketsParameters },
  args: { layout: 'split' },
} satisfies Meta<typeof TicketsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const ACTIVE_ELEMENTS = 'script, iframe, object, embed, img, meta, marquee, video, audio, source, math, details, input:not([data-slot]), body, style, link, base';

/** What in `root` could run code or leave the page: elements, handler attributes, unsafe links. Empty when inert. */
function activeContent(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll(ACTIVE_ELEMENTS)) found.push(`element ${element.outerHTML.slice(0, 80)}`);
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) if (name.toLowerCase().startsWith('on')) found.push(`handler ${name} on ${element.tagName}`);
  }
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (!SAFE_PROTOCOLS.has(new URL(anchor.href).protocol)) found.push(`link ${anchor.getAttribute('href')}`);
  }
  for (const element of root.querySelectorAll('[src], [action], [formaction], [srcdoc], [style*="url("]')) found.push(`attribute ${element.outerHTML.slice(0, 80)}`);
  return found;
}

/**
 * 37 classic payloads (script tags, event handlers, `javascript:` and `data:` URLs, SVG onload, attribute breakouts)
 * as subjects, requester names and e-mails, author names, messages and notes: each shows as text, no script runs,
 * no unsafe link is made.
 */
export const InjectionPayloads: Story = {
  beforeEach: () => {
    delete window.__tkPwned;
  },
  play: async ({ canvasElement }) => {
    const rows = () => canvasElement.querySelectorAll<HTMLTableRowElement>('tr[data-ticket-id]');
    await waitFor(() => expect(rows().length).toBe(25), { timeout: 5000 });
    // Subjects and names in the list are text.
    const missing = Array.from(rows()).filter((row) => {
      const index = Number(row.dataset.ticketId!.replace('TK-', '')) - 1001;
      return !row.textContent!.includes(payload(index)) || !row.textContent!.includes(payload(index + 7));
    });
    await expect(missing).toEqual([]);
    await userEvent.click(rows()[0]!);
    const detail = canvasElement.querySelector<HTMLElement>('[data-slot="tickets-panel-detail-pane"]')!;
    await waitFor(() => expect(detail.querySelector('[data-slot="conversation"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
    const conversation = detail.querySelector<HTMLElement>('[data-slot="conversation"]')!;
    // Messages and notes share the timeline, which draws only the rows in view: read it from top to bottom.
    await waitFor(() => expect(conversation.textContent).toContain('note'), { timeout: 5000 });
    const viewport = conversation.querySelector<HTMLElement>('[data-slot="conversation-viewport"]')!;
    const bodies = { message: new Map<number, string | null>(), note: new Map<number, string | null>() };
    const collect = () => {
      for (const item of conversation.querySelectorAll<HTMLElement>('[data-slot="conversation-item"]')) {
        const kind = item.dataset.kind as 'message' | 'note';
        if (kind in bodies) bodies[kind].set(Number(item.dataset.index), item.querySelector('[data-slot="conversation-body"]')!.textContent);
      }
    };
    // After each scroll, wait until the timeline has drawn the rows now in view (on a loaded machine that can take
    // more than a frame or two), so no row is skipped.
    const drawnAtMiddle = () => {
      const box = viewport.getBoundingClientRect();
      const middle = box.top + viewport.clientHeight / 2;
      return Array.from(conversation.querySelectorAll('[data-slot="conversation-item"]')).some((item) => {
        const rect = item.getBoundingClientRect();
        return rect.top <= middle && rect.bottom >= middle;
      });
    };
    viewport.scrollTop = 0;
    for (let step = 0; step < 100; step += 1) {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await waitFor(() => expect(drawnAtMiddle()).toBe(true), { timeout: 5000 });
      collect();
      if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1) break;
      viewport.scrollTop += viewport.clientHeight / 2;
    }
    const inOrder = (map: Map<number, string | null>) => [...map].sort(([a], [b]) => a - b).map(([, text]) => text);
    const messageBodies = inOrder(bodies.message);
    const noteBodies = inOrder(bodies.note);
    // Exactly the text written, character for character (links announce "opens in a new tab" to screen readers).
    const strip = (text: string | null) => (text ?? '').replaceAll(' (opens in a new tab)', '');
    await expect(messageBodies.map(strip)).toEqual([...INJECTION_PAYLOADS]);
    await expect(noteBodies.map(strip)).toEqual([...INJECTION_PAYLOADS]);
    await expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent(payload(Number(rows()[0]!.dataset.ticketId!.replace('TK-', '')) - 1001));
    // Give any image error or load handler time to fire, then check nothing became markup or ran.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(activeContent(document.body)).toEqual([]);
    await expect(window.__tkPwned).toBeUndefined();
    const links = Array.from(canvasElement.querySelectorAll<HTMLAnchorElement>('a[href]'), (anchor) => anchor.getAttribute('href'));
    await expect(links.length).toBeGreaterThan(0);
    await expect(links.every((href) => /^(https?:|mailto:)/.test(href!))).toBe(true);
  },
};
