import type { Meta, StoryObj } from '@storybook/react-vite';
import { DEFAULT_SEED_NOW } from '@ticketkit/core/memory';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ar } from '../messages/ar';
import { Pagination } from '../pagination/pagination';
import { TicketList } from '../ticket-list/ticket-list';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { TicketFilters } from './ticket-filters';

const meta = {
  title: 'Finding tickets/TicketFilters',
  component: TicketFilters,
  decorators: [withTickets],
  parameters: { ticketkit: { tickets: 300 } satisfies StoryTicketsParameters },
  // Presets count from the day the generated data was made, so "Last 7 days" finds tickets.
  args: { now: () => DEFAULT_SEED_NOW },
  argTypes: { state: { table: { disable: true } }, now: { table: { disable: true } } },
  render: (args) => (
    <>
      <TicketFilters {...args} />
      <TicketList />
      <Pagination />
    </>
  ),
} satisfies Meta<typeof TicketFilters>;
export default meta;
type Story = StoryObj<typeof meta>;

type ListRequest = { status: string; search: string; createdFrom: string | null; createdTo: string | null; page: number };
const requests = (id: string) =>
  storyBackend(id).adapter.calls.filter((call) => call.method === 'listTickets').map((call) => call.args[0] as ListRequest);
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const rows = (canvasElement: HTMLElement) => Array.from(canvasElement.querySelectorAll('tr[data-ticket-id]'));
const loaded = (canvasElement: HTMLElement) => waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });

/** The filters with the list and pages they drive. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
  },
};

/** The status menu (menu-button pattern): open with the keyboard (focus on the first item), pick "Closed". */
export const FilterByStatus: Story = {
  play: async ({ canvasElement, id }) => {
    const body = page(canvasElement);
    await loaded(canvasElement);
    const trigger = body.getByRole('button', { name: 'Status: All' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await body.findByRole('menu', { name: 'Status: All' });
    await waitFor(() => expect(within(menu).getByRole('menuitemradio', { name: /^All/ })).toHaveFocus());
    await userEvent.click(within(menu).getByRole('menuitemradio', { name: /^Closed/ }));
    await waitFor(() => expect(body.getByRole('button', { name: 'Status: Closed' })).toHaveFocus());
    await waitFor(() => expect(requests(id)).toContainEqual(expect.objectContaining({ status: 'closed', page: 1 })));
    await waitFor(() => expect(rows(canvasElement).every((row) => row.textContent?.includes('Closed'))).toBe(true));
  },
};

/** Searching: typing filters the list (one request after the pause), Escape clears. */
export const Search: Story = {
  play: async ({ canvasElement, id }) => {
    const body = page(canvasElement);
    await loaded(canvasElement);
    await userEvent.keyboard('/');
    const box = body.getByRole('searchbox', { name: 'Search tickets' });
    await expect(box).toHaveFocus();
    await userEvent.type(box, 'refund');
    await waitFor(() => expect(requests(id)).toContainEqual(expect.objectContaining({ search: 'refund' })), { timeout: 3000 });
    // Typing sends one request for the whole word, not one per key.
    await expect(requests(id).filter((request) => request.search.startsWith('ref') && request.search !== 'refund')).toHaveLength(0);
    await waitFor(() => expect(canvasElement.querySelectorAll('mark').length).toBeGreaterThan(0));
    await userEvent.keyboard('{Escape}');
    await expect(box).toHaveValue('');
  },
};

/** While the list refetches, the search box says it is busy. */
export const Busy: Story = {
  parameters: { ticketkit: { faults: { latency: 1500 } } },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await loaded(canvasElement);
    await userEvent.type(body.getByRole('searchbox', { name: 'Search tickets' }), 'printer');
    await expect(await body.findByText('Searching…', {}, { timeout: 3000 })).toBeVisible();
  },
};

/** The created-date picker: a dialog with presets and a range calendar. */
export const DateRange: Story = {
  play: async ({ canvasElement, id }) => {
    const body = page(canvasElement);
    await loaded(canvasElement);
    const trigger = body.getByRole('button', { name: /^Created: Any date/ });
    await userEvent.click(trigger);
    const dialog = await body.findByRole('dialog', { name: 'Created between' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Last 30 days' }));
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await waitFor(() =>
      expect(requests(id)).toContainEqual(expect.objectContaining({ createdFrom: '2026-10-03', createdTo: '2026-11-01' })),
    );
  },
};

/** The date dialog sits a tenth of the window's height from the top, centred across, in either direction. */
async function expectPlaced(dialog: HTMLElement) {
  await within(dialog).findByRole('grid');
  const box = dialog.getBoundingClientRect();
  await expect(Math.abs(box.top - innerHeight / 10)).toBeLessThan(1);
  await expect(Math.abs(box.left + box.width / 2 - document.documentElement.clientWidth / 2)).toBeLessThan(1);
}

/** The date dialog open, to review the calendar (dark theme). */
export const DateDialogOpenDark: Story = {
  globals: { theme: 'dark' },
  parameters: { ticketkit: { listState: { defaultQuery: { createdFrom: '2026-10-20', createdTo: '2026-10-27' } } } },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await loaded(canvasElement);
    await userEvent.click(body.getByRole('button', { name: /^Created:/ }));
    const dialog = await body.findByRole('dialog');
    await expect(within(dialog).getByRole('grid', { name: 'October 2026' })).toBeVisible();
    await expectPlaced(dialog);
  },
};

/** Right to left in Arabic with the status menu open; the week starts on Saturday in the calendar. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await loaded(canvasElement);
    await userEvent.click(body.getByRole('button', { name: /^Created:/ }));
    const dialog = await body.findByRole('dialog');
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await expect(dialog.querySelector('thead th')).toHaveAttribute('aria-label', 'السبت');
    await expectPlaced(dialog);
  },
};

/** Every filter on, summarised as chips; "Clear all" turns them off together. */
export const ActiveFilters: Story = {
  parameters: {
    ticketkit: {
      listState: {
        defaultQuery: { status: 'open', search: 'invoice', createdFrom: '2026-06-01', createdTo: '2026-10-31' },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const summary = body.getByRole('group', { name: 'Active filters' });
    await expect(summary).toHaveTextContent('3 filters');
    await userEvent.click(within(summary).getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(body.queryByRole('group', { name: 'Active filters' })).toBeNull());
    await expect(body.getByRole('button', { name: 'Status: All' })).toBeVisible();
  },
};

/** A very long search is clipped in its chip, not overflowing the bar. */
export const VeryLongSearch: Story = {
  parameters: {
    ticketkit: { listState: { defaultQuery: { search: 'refund '.repeat(25).trim() } } },
  },
  play: async ({ canvasElement }) => {
    await expect(page(canvasElement).getByRole('group', { name: 'Active filters' })).toHaveTextContent('1 filter');
  },
};

/** A member sees the filters over their own tickets only. */
export const MemberView: Story = {
  globals: { viewer: 'member' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
  },
};

/** The status menu open in the dark theme, with an item highlighted by the keyboard. */
export const StatusMenuOpenDark: Story = {
  globals: { theme: 'dark' },
  parameters: { ticketkit: { listState: { defaultQuery: { status: 'in_progress' } } } },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await loaded(canvasElement);
    body.getByRole('button', { name: 'Status: In progress' }).focus();
    await userEvent.keyboard('{Enter}');
    const menu = await body.findByRole('menu');
    await userEvent.keyboard('{ArrowDown}');
    await expect(within(menu).getByRole('menuitemradio', { name: /In progress/ })).toHaveAttribute('aria-checked', 'true');
  },
};

/** Compact density, with every filter on. */
export const Compact: Story = {
  decorators: [(Story) => <div data-density="compact"><Story /></div>],
  parameters: { ticketkit: { listState: { defaultQuery: { status: 'open', search: 'login', createdFrom: '2026-09-01' } } } },
  play: async ({ canvasElement }) => {
    await expect(page(canvasElement).getByRole('group', { name: 'Active filters' })).toHaveTextContent('3 filters');
  },
};

/**
 * On a phone (360 px): the search shares its line with one "Filters" button that counts the filters on (the search
 * aside); it shows the menus and the chips, by keyboard too, and nothing overflows the width.
 */
export const Phone: Story = {
  decorators: [(Story) => <div style={{ inlineSize: 360 }}><Story /></div>],
  parameters: { ticketkit: { listState: { defaultQuery: { status: 'open', search: 'invoice', priorities: ['high'] } } } },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const filters = body.getByRole('button', { name: 'Filters 2' });
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    // Folded away: out of sight and out of the accessibility tree.
    await expect(body.queryByRole('button', { name: 'Status: Open' })).toBeNull();
    await expect(body.getByRole('searchbox', { name: 'Search tickets' })).toBeVisible();
    filters.focus();
    await userEvent.keyboard('{Enter}');
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await expect(body.getByRole('button', { name: 'Status: Open' })).toBeVisible();
    await expect(body.getByRole('group', { name: 'Active filters' })).toHaveTextContent('3 filters');
    const bar = canvasElement.querySelector<HTMLElement>('[data-slot="ticket-filters"]')!;
    await expect(bar.scrollWidth).toBeLessThanOrEqual(bar.clientWidth);
  },
};

/** The same on a phone in Arabic, right to left. */
export const PhoneRightToLeft: Story = {
  ...Phone,
  globals: { direction: 'rtl', locale: 'ar-EG' },
  args: { messages: ar },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const filters = body.getByRole('button', { name: /^التصفية/ });
    await userEvent.click(filters);
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    const bar = canvasElement.querySelector<HTMLElement>('[data-slot="ticket-filters"]')!;
    await expect(bar.scrollWidth).toBeLessThanOrEqual(bar.clientWidth);
  },
};
