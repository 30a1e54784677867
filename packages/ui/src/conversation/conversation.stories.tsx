import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { STORY_TICKET_ID, transforms, withLongConversation, withoutNotes } from '../stories/detail-data';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { Conversation } from './conversation';

const MESSAGES = 2_000;

const meta = {
  title: 'Working a ticket/Conversation',
  component: Conversation,
  decorators: [withTickets],
  args: { ticketId: STORY_TICKET_ID },
  // Messages only: the timeline's notes and history have stories of their own (timeline.stories.tsx).
  parameters: { ticketkit: { tickets: 40, transform: transforms(withLongConversation(STORY_TICKET_ID, MESSAGES), withoutNotes(STORY_TICKET_ID)) } satisfies StoryTicketsParameters },
} satisfies Meta<typeof Conversation>;
export default meta;
type Story = StoryObj<typeof meta>;

const viewportOf = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-slot="conversation-viewport"]')!;
const rowsOf = (canvasElement: HTMLElement) => Array.from(canvasElement.querySelectorAll<HTMLElement>('[data-slot="conversation-item"]'));
const rowAt = (canvasElement: HTMLElement, position: number) => rowsOf(canvasElement).find((row) => row.getAttribute('aria-posinset') === String(position));
const jumpButton = (canvasElement: HTMLElement) => within(canvasElement).queryByRole('button', { name: 'Jump to the latest message' });
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
// Longer than a scroll takes to count as finished (TanStack Virtual's 150 ms), so a later change is not part of it.
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** Whether `row` is wholly inside the viewport, as the reader sees it. */
function wholly(row: HTMLElement | undefined, viewport: HTMLElement): boolean {
  if (!row) return false;
  const box = row.getBoundingClientRect();
  const view = viewport.getBoundingClientRect();
  return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
}

/** The first row whose top is in the viewport, and where its top is. */
function rowInView(canvasElement: HTMLElement) {
  const view = viewportOf(canvasElement).getBoundingClientRect();
  const row = rowsOf(canvasElement).find((candidate) => candidate.getBoundingClientRect().top >= view.top)!;
  return { position: row.getAttribute('aria-posinset'), top: row.getBoundingClientRect().top };
}

const opened = async (canvasElement: HTMLElement) => {
  await waitFor(() => expect(canvasElement.querySelector('[data-slot="conversation"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
  await waitFor(() => expect(wholly(rowAt(canvasElement, MESSAGES), viewportOf(canvasElement))).toBe(true), { timeout: 5000 });
};

/** Scrolls the reader up to the middle of the conversation and waits until the rows there are measured and still. */
async function readFromTheMiddle(canvasElement: HTMLElement) {
  const viewport = viewportOf(canvasElement);
  viewport.scrollTop = viewport.scrollHeight / 2;
  await settle();
  await waitFor(async () => {
    const before = rowInView(canvasElement);
    await nextFrame();
    await expect(rowInView(canvasElement)).toEqual(before);
  });
  await expect(jumpButton(canvasElement)).toBeVisible();
}

/** A teammate other than the viewer replies: the message arrives through the adapter's live events. */
async function teammateReplies(storyId: string, body: string) {
  const { data, memory, viewer } = storyBackend(storyId);
  const teammate = data.teamMembers.find((member) => member.role === 'admin' && member.id !== viewer.id)!;
  await memory.withViewer({ id: teammate.id, name: teammate.name, role: teammate.role }).sendReply(STORY_TICKET_ID, { body, idempotencyKey: crypto.randomUUID() });
}

/**
 * 2,000 messages open at the newest one, wholly in view, with only the rows in view in the DOM. The list is labelled,
 * says each row's place in the whole, and is reachable from the keyboard.
 */
export const OpensAtTheLatest: Story = {
  play: async ({ canvasElement }) => {
    await opened(canvasElement);
    const viewport = viewportOf(canvasElement);
    await expect(rowsOf(canvasElement).length).toBeLessThan(60);
    await expect(rowAt(canvasElement, MESSAGES)).toHaveAttribute('aria-setsize', String(MESSAGES));
    await expect(within(canvasElement).getByRole('list', { name: /^Conversation/ })).toBeVisible();
    await expect(viewport.scrollTop + viewport.clientHeight).toBeGreaterThan(viewport.scrollHeight - 2);
    await waitFor(() => expect(jumpButton(canvasElement)).toBeNull());

    // Reachable from the keyboard, where the arrow and page keys scroll it.
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('region', { name: /^Conversation/ })).toHaveFocus();
    viewport.scrollTop = 0;
    await expect(await within(canvasElement).findByRole('button', { name: 'Jump to the latest message' })).toBeVisible();
    await waitFor(() => expect(rowAt(canvasElement, 1)).toBeDefined());
  },
};

/** At the newest message, a new one follows: it is scrolled into view. */
export const FollowsANewMessage: Story = {
  play: async ({ canvasElement, id }) => {
    await opened(canvasElement);
    await settle();
    await teammateReplies(id, 'A new message at the bottom');
    await waitFor(() => expect(wholly(rowAt(canvasElement, MESSAGES + 1), viewportOf(canvasElement))).toBe(true));
    await expect(rowAt(canvasElement, MESSAGES + 1)).toHaveTextContent('A new message at the bottom');
    // The new row is measured a frame after it is drawn; until then the end can be a few pixels further.
    await waitFor(() => expect(jumpButton(canvasElement)).toBeNull());
  },
};

/** At the newest message, the viewport getting shorter (the composer opening below it) keeps the newest in view. */
export const StaysAtTheLatestWhenTheViewGetsShorter: Story = {
  play: async ({ canvasElement }) => {
    await opened(canvasElement);
    await settle();
    const viewport = viewportOf(canvasElement);
    viewport.style.blockSize = `${viewport.clientHeight - 120}px`;
    viewport.style.flex = 'none';
    await waitFor(() => expect(wholly(rowAt(canvasElement, MESSAGES), viewport)).toBe(true));
    await settle();
    await waitFor(() => expect(jumpButton(canvasElement)).toBeNull());
    await expect(wholly(rowAt(canvasElement, MESSAGES), viewport)).toBe(true);
  },
};

/** Reading older messages, a new one arriving does not move them: the reader's place is kept. */
export const KeepsThePlaceWhenAMessageArrives: Story = {
  play: async ({ canvasElement, id }) => {
    await opened(canvasElement);
    await readFromTheMiddle(canvasElement);
    const before = rowInView(canvasElement);
    await teammateReplies(id, 'Arrives while the reader is away');
    await waitFor(() => expect(rowsOf(canvasElement)[0]).toHaveAttribute('aria-setsize', String(MESSAGES + 1)));
    await nextFrame();
    const after = rowInView(canvasElement);
    await expect(after.position).toBe(before.position);
    await expect(Math.abs(after.top - before.top)).toBeLessThan(1);
    await expect(rowAt(canvasElement, MESSAGES + 1)).toBeUndefined();
    await expect(jumpButton(canvasElement)).toBeVisible();
  },
};

/** Reading older messages, a message above them growing (an image loaded, a font swapped) does not push them down. */
export const KeepsThePlaceWhenAMessageAboveGrows: Story = {
  play: async ({ canvasElement }) => {
    await opened(canvasElement);
    await readFromTheMiddle(canvasElement);
    const before = rowInView(canvasElement);
    // A row rendered above the viewport (the overscan), out of the reader's sight.
    const above = rowAt(canvasElement, Number(before.position) - 2)!;
    await expect(above.getBoundingClientRect().bottom).toBeLessThanOrEqual(viewportOf(canvasElement).getBoundingClientRect().top);
    above.querySelector<HTMLElement>('[data-slot="conversation-body"]')!.style.paddingBlockEnd = '150px';
    await nextFrame();
    await nextFrame();
    const after = rowInView(canvasElement);
    await expect(after.position).toBe(before.position);
    await expect(Math.abs(after.top - before.top)).toBeLessThan(1);
  },
};

const OTHER_TICKET_ID = 'TK-1002';

/** The conversation of one ticket or the other, in the same place, as the panel's detail shows them. */
function TwoTickets(): ReactNode {
  const [ticketId, setTicketId] = useState(STORY_TICKET_ID);
  return (
    <>
      <button type="button" onClick={() => setTicketId((current) => (current === STORY_TICKET_ID ? OTHER_TICKET_ID : STORY_TICKET_ID))}>
        Other ticket
      </button>
      <Conversation ticketId={ticketId} />
    </>
  );
}

/**
 * Going from one ticket's conversation to another's opens each at its newest message, also when the other one is
 * already loaded (its messages replace the first's in one render, without a loading state between them).
 */
export const OpensEachTicketAtItsLatest: Story = {
  parameters: {
    ticketkit: { transform: transforms(withLongConversation(STORY_TICKET_ID, MESSAGES), withoutNotes(STORY_TICKET_ID), withLongConversation(OTHER_TICKET_ID, 300), withoutNotes(OTHER_TICKET_ID)) },
  },
  render: () => <TwoTickets />,
  play: async ({ canvasElement }) => {
    const other = within(canvasElement).getByRole('button', { name: 'Other ticket' });
    const newestInView = (count: number) =>
      waitFor(() => expect(wholly(rowAt(canvasElement, count), viewportOf(canvasElement))).toBe(true), { timeout: 5000 });
    await opened(canvasElement);
    await userEvent.click(other);
    await newestInView(300);
    viewportOf(canvasElement).scrollTop = 0;
    await settle();
    // Back to the first ticket, still loaded, then to the second, loaded too and left scrolled to its top.
    await userEvent.click(other);
    await newestInView(MESSAGES);
    await userEvent.click(other);
    await newestInView(300);
    await waitFor(() => expect(jumpButton(canvasElement)).toBeNull());
  },
};
