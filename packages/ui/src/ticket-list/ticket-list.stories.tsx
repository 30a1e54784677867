import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { withLongTexts } from '../stories/story-data';
import { useListStateContext } from '../state/list-state';
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
  args: { columns: ['subject', 'createdAt', 'status', 'priority'] },
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
    await expect(headers[0]).toBe('Subject');
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

/**
 * Sorts the shared list state when the host's shortcut `s` is pressed (as a host app's keyboard shortcut would), so a
 * sort can come while a row has focus.
 */
function SortShortcut({ children }: { children: ReactNode }): ReactNode {
  const state = useListStateContext();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 's') state?.setSort('priority', state.query.sort === 'priority' && state.query.direction === 'desc' ? 'asc' : 'desc');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [state]);
  return children;
}

/** Rows are their tickets': after a sort, focus and the tab stop stay on the ticket the person was on, wherever it moved. */
export const FocusFollowsTicketAcrossSort: Story = {
  decorators: [(Story) => <SortShortcut><Story /></SortShortcut>],
  // One page holds every ticket, so the sort reorders the rows on screen.
  parameters: { ticketkit: { tickets: 20 } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, 20);
    const row = ticketRows(canvasElement)[3]!;
    const ticketId = row.dataset.ticketId;
    row.focus();
    await userEvent.keyboard('s');
    await waitFor(() => expect(canvasElement.querySelector('th[data-column="priority"]')).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(ticketRows(canvasElement)[3]!.dataset.ticketId).not.toBe(ticketId)); // it moved...
    const focused = document.activeElement as HTMLElement;
    await expect(focused.dataset.ticketId).toBe(ticketId); // ...and focus went with it
    await expect(focused).toHaveAttribute('tabindex', '0');
    await userEvent.keyboard('{Enter}'); // Enter opens the ticket the row shows
    await waitFor(() => expect(focused).toHaveAttribute('aria-current', 'true'));
  },
};
