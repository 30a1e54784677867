import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { withLongTexts } from '../stories/story-data';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { ticketColumns, type TicketColumn } from './columns';
import { TicketList } from './ticket-list';

const meta = {
  title: 'Finding tickets/TicketList',
  component: TicketList,
  decorators: [withTickets],
  parameters: { ticketkit: { tickets: 120 } satisfies StoryTicketsParameters },
  // No action on onSelectTicket: the rows then use the shared selection, which marks the open row.
  argTypes: { state: { table: { disable: true } } },
} satisfies Meta<typeof TicketList>;
export default meta;
type Story = StoryObj<typeof meta>;

const ticketRows = (canvasElement: HTMLElement) => Array.from(canvasElement.querySelectorAll<HTMLTableRowElement>('tr[data-ticket-id]'));
const loaded = (canvasElement: HTMLElement, count = 25) => waitFor(() => expect(ticketRows(canvasElement)).toHaveLength(count), { timeout: 5000 });

/** An admin's view: every ticket, newest first. */
export const AdminView: Story = {
  globals: { viewer: 'admin' },
  play: async ({ canvasElement, id }) => {
    await loaded(canvasElement);
    const { data } = storyBackend(id);
    await expect(canvasElement.querySelector('[data-slot="ticket-list"]')).toHaveAttribute('data-state', 'ready');
    const newest = [...data.tickets].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;
    await expect(ticketRows(canvasElement)[0]).toHaveAttribute('data-ticket-id', newest.id);
  },
};

/** A member's view: only tickets of the assistants the member owns (scope enforced by the adapter). */
export const MemberView: Story = {
  globals: { viewer: 'member' },
  play: async ({ canvasElement, id }) => {
    const { data, viewer } = storyBackend(id);
    const owned = new Set(data.assistants.filter((assistant) => assistant.ownerId === viewer.id).map((assistant) => assistant.id));
    const visible = data.tickets.filter((ticket) => owned.has(ticket.assistant.id));
    await loaded(canvasElement, Math.min(25, visible.length));
    for (const row of ticketRows(canvasElement)) {
      const ticket = data.tickets.find((candidate) => candidate.id === row.dataset.ticketId)!;
      await expect(owned.has(ticket.assistant.id)).toBe(true);
    }
  },
};

/** The first page is on its way: placeholder rows keep the table's shape. */
export const Loading: Story = {
  parameters: { ticketkit: { faults: { latency: 1_000_000_000 } } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-slot="ticket-list-skeleton-row"]')).toHaveLength(25);
    await expect(within(canvasElement).getByRole('table')).toHaveAttribute('aria-busy', 'true');
  },
};

/** No ticket at all yet. */
export const Empty: Story = {
  parameters: { ticketkit: { tickets: 0 } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No tickets yet')).toBeVisible();
    await expect(within(canvasElement).queryByRole('button', { name: 'Clear the filters' })).toBeNull();
  },
};

/** Filters match nothing: the list says so and offers to clear them. */
export const NoMatches: Story = {
  parameters: { ticketkit: { listState: { defaultQuery: { search: 'no-such-ticket-anywhere', status: 'closed' } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No ticket matches these filters', {}, { timeout: 5000 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear the filters' }));
    await loaded(canvasElement);
  },
};

/** The backend is down: the error is shown with a retry that works once it is back. */
export const LoadError: Story = {
  parameters: { ticketkit: { faults: { failMethods: { listTickets: 'unavailable' } } } },
  play: async ({ canvasElement, id }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('The tickets could not be loaded');
    storyBackend(id).adapter.setFaults({});
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await loaded(canvasElement);
  },
};

/** 10,000 tickets, 100 a page: the backend pages, the DOM holds one page. */
export const TenThousandTickets: Story = {
  parameters: { ticketkit: { tickets: 10_000, listState: { defaultQuery: { pageSize: 100 } } } },
  play: async ({ canvasElement, id }) => {
    await loaded(canvasElement, 100);
    const request = storyBackend(id).adapter.calls.find((call) => call.method === 'listTickets')!.args[0];
    await expect(request).toMatchObject({ page: 1, pageSize: 100 });
  },
};

/** Very long subjects, names and e-mails wrap or are clipped without breaking the layout. */
export const VeryLongTexts: Story = {
  parameters: { ticketkit: { transform: withLongTexts } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
  },
};

/** Sorting from the headers, reflected in `aria-sort`. */
export const Sorting: Story = {
  play: async ({ canvasElement, id }) => {
    const canvas = within(canvasElement);
    await loaded(canvasElement);
    const priority = canvas.getByRole('columnheader', { name: /Priority/ });
    await userEvent.click(within(priority).getByRole('button'));
    await waitFor(() => expect(priority).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(ticketRows(canvasElement)[0]).toHaveTextContent('Urgent'));
    await expect(canvas.getByRole('columnheader', { name: /Created/ })).not.toHaveAttribute('aria-sort');
    await userEvent.click(within(priority).getByRole('button'));
    await waitFor(() => expect(priority).toHaveAttribute('aria-sort', 'ascending'));
    await waitFor(() => expect(ticketRows(canvasElement)[0]).toHaveTextContent('Low'));
    const last = storyBackend(id).adapter.calls.filter((call) => call.method === 'listTickets').map((call) => call.args[0]);
    await expect(last).toContainEqual(expect.objectContaining({ sort: 'priority', direction: 'asc', page: 1 }));
  },
};

/** Rows are walked with the arrow keys and opened with Enter; the open one is marked. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const rows = ticketRows(canvasElement);
    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    await expect(rows[1]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(rows[1]).toHaveAttribute('aria-current', 'true');
    await expect(rows[1]).toHaveAttribute('data-state', 'selected');
  },
};

/** Search matches are highlighted in the cells. */
export const SearchHighlight: Story = {
  parameters: { ticketkit: { listState: { defaultQuery: { search: 'refund' } } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('mark').length).toBeGreaterThan(0), { timeout: 5000 });
  },
};

const assistantColumn: TicketColumn = { id: 'assistant', header: 'Assistant', cell: (ticket) => ticket.assistant.name };

/** Columns hidden, reordered, one added and one with the host's own cell renderer. */
export const CustomColumns: Story = {
  args: {
    columns: ['subject', 'id', { ...ticketColumns.priority, cell: (ticket) => `P: ${ticket.priority}` }, assistantColumn],
  },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const headers = within(canvasElement).getAllByRole('columnheader').map((th) => th.textContent);
    await expect(headers[0]).toBe('Description');
    await expect(headers[3]).toBe('Assistant');
  },
};

/** The dark theme (also follows `prefers-color-scheme`). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(ticketRows(canvasElement)[2]!);
  },
};

/** Right to left, in Arabic (Egypt): columns, selection marker and dates follow. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(ticketRows(canvasElement)[1]!);
  },
};

/** Compact density: set `data-density="compact"` on any ancestor. */
export const Compact: Story = {
  decorators: [(Story) => <div data-density="compact"><Story /></div>],
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
  },
};

/** Unstyled: no default classes, only `data-slot`/`data-state` and the host's classes. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(canvasElement.querySelector('[class*="tk-ticket-list"]')).toBeNull();
  },
};

const rowIds = (canvasElement: HTMLElement) => ticketRows(canvasElement).map((row) => row.dataset.ticketId);

/** A short scrolling box around the list, so most rows are out of view. */
const shortScrollBox = (Story: () => ReactNode) => (
  // A scrolling region is reachable by keyboard (axe: scrollable-region-focusable).
  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
  <div role="region" aria-label="Tickets" tabIndex={0} style={{ blockSize: 320, overflow: 'auto' }}>
    <Story />
  </div>
);

/**
 * Waits for the list and the observer's first report, then sorts by priority; `atFirstCommit` runs on the DOM
 * as the sort's first commit leaves it, before anything after that commit can run.
 */
async function sortWatchingFirstCommit<T>(canvasElement: HTMLElement, atFirstCommit: (ids: (string | undefined)[], body: HTMLElement) => T) {
  await loaded(canvasElement);
  // The observer reports which rows are on screen after a frame; leave it ample time on a busy machine.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const before = rowIds(canvasElement);
  const body = canvasElement.querySelector('tbody')!;
  await expect(body).toHaveAttribute('data-state', 'settled');
  const firstCommit = new Promise<T>((resolve) => {
    const observer = new MutationObserver(() => {
      const ids = rowIds(canvasElement);
      if (ids[0] === before[0]) return;
      observer.disconnect();
      resolve(atFirstCommit(ids, body));
    });
    observer.observe(body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await userEvent.click(within(within(canvasElement).getByRole('columnheader', { name: /Priority/ })).getByRole('button'));
  return { before, body, firstCommit };
}

/**
 * In a short scrolling box: after a change (here a sort), the rows in view show the new order in the frame it is
 * painted in, and the rows out of view follow in the task after that paint (the first frame lays out a few rows,
 * not the page). Meanwhile the body says `data-state="settling"`.
 */
export const RowsOutOfViewFollow: Story = {
  decorators: [shortScrollBox],
  play: async ({ canvasElement }) => {
    const { before, body, firstCommit } = await sortWatchingFirstCommit(canvasElement, (ids, body) => ({ ids, state: body.getAttribute('data-state') }));
    const atFirstCommit = await firstCommit;
    await waitFor(() => expect(body).toHaveAttribute('data-state', 'settled'));
    const after = rowIds(canvasElement);
    await expect(after).not.toEqual(before);
    await expect(atFirstCommit.ids[0]).toBe(after[0]); // in view: the new order at once
    await expect(atFirstCommit.ids.at(-1)).toBe(before.at(-1)); // out of view: still the previous row, for a frame
    await expect(atFirstCommit.state).toBe('settling');
    await expect(after.at(-1)).not.toBe(before.at(-1));
  },
};

/** A row out of view that takes focus while the rows settle shows its new ticket at once, so Enter opens what it shows. */
export const FocusedRowIsCurrent: Story = {
  decorators: [shortScrollBox],
  play: async ({ canvasElement }) => {
    const { before, body, firstCommit } = await sortWatchingFirstCommit(canvasElement, async (ids, body) => {
      const last = ticketRows(canvasElement).at(-1)!;
      const shownBeforeFocus = last.dataset.ticketId;
      last.focus({ preventScroll: true });
      // The focus handler's update is rendered in a microtask; the rows out of view would otherwise wait for a frame.
      for (let turn = 0; turn < 5; turn++) await Promise.resolve();
      return { ids, shownBeforeFocus, shownAfterFocus: last.dataset.ticketId, state: body.getAttribute('data-state') };
    });
    const atFirstCommit = await firstCommit;
    await waitFor(() => expect(body).toHaveAttribute('data-state', 'settled'));
    const after = rowIds(canvasElement);
    await expect(atFirstCommit.shownBeforeFocus).toBe(before.at(-1)); // out of view: still the previous row
    await expect(atFirstCommit.shownAfterFocus).toBe(after.at(-1)); // focused: the new one, before any frame
    await expect(atFirstCommit.shownAfterFocus).not.toBe(before.at(-1));
  },
};
