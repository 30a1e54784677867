import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TicketList } from '../ticket-list/ticket-list';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { Pagination } from './pagination';

const meta = {
  title: 'Finding tickets/Pagination',
  component: Pagination,
  decorators: [withTickets],
  parameters: { ticketkit: { tickets: 1234 } satisfies StoryTicketsParameters },
  argTypes: { state: { table: { disable: true } } },
} satisfies Meta<typeof Pagination>;
export default meta;
type Story = StoryObj<typeof meta>;

const listRequests = (id: string) =>
  storyBackend(id).adapter.calls.filter((call) => call.method === 'listTickets').map((call) => call.args[0] as { page: number; pageSize: number });

/** 1,234 tickets, 25 a page. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('1–25 of 1,234', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  },
};

/** Paging with next, a number and last. */
export const Paging: Story = {
  play: async ({ canvasElement, id }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('1–25 of 1,234', {}, { timeout: 5000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(await canvas.findByText('26–50 of 1,234')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Page 4' }));
    await expect(await canvas.findByText('76–100 of 1,234')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Page 4' })).toHaveAttribute('aria-current', 'page');
    await userEvent.click(canvas.getByRole('button', { name: 'Last page' }));
    await expect(await canvas.findByText('1,226–1,234 of 1,234')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await expect(listRequests(id).map((request) => request.page)).toEqual(expect.arrayContaining([1, 2, 4, 50]));
  },
};

/** Jump to a page: "abc" or a page past the end gets a message and sends no request; "12" goes there. */
export const JumpToPage: Story = {
  play: async ({ canvasElement, id }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('1–25 of 1,234', {}, { timeout: 5000 });
    const input = canvas.getByRole('textbox', { name: 'Go to page' });
    // The next page is prefetched once the first one is painted: count from after it.
    await waitFor(() => expect(listRequests(id).some((request) => request.page === 2)).toBe(true));
    const before = storyBackend(id).adapter.calls.length;
    await userEvent.type(input, 'abc{Enter}');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Enter a page number from 1 to 50.');
    await userEvent.clear(input);
    await userEvent.type(input, '999{Enter}');
    await expect(canvas.getByRole('alert')).toBeVisible();
    await expect(storyBackend(id).adapter.calls.length).toBe(before);
    await userEvent.clear(input);
    await userEvent.type(input, '12{Enter}');
    await expect(await canvas.findByText('276–300 of 1,234')).toBeVisible();
    await expect(listRequests(id)).toContainEqual(expect.objectContaining({ page: 12 }));
  },
};

/** Choosing 100 a page goes back to page 1 with the new size. */
export const PageSize: Story = {
  render: (args) => (
    <>
      <TicketList />
      <Pagination {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('1–25 of 1,234', {}, { timeout: 5000 });
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Per page' }), '100');
    await expect(await canvas.findByText('1–100 of 1,234')).toBeVisible();
    await waitFor(() => expect(canvasElement.querySelectorAll('tr[data-ticket-id]')).toHaveLength(100), { timeout: 5000 });
  },
};

/** No tickets: one page, nothing to move to. */
export const Empty: Story = {
  parameters: { ticketkit: { tickets: 0 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('0 tickets', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Next page' })).toBeDisabled();
  },
};

/** While the first page loads. */
export const Loading: Story = {
  parameters: { ticketkit: { faults: { latency: 1_000_000_000 } } },
};

/** The 10,000-ticket data set, 100 a page: 100 pages. */
export const TenThousandTickets: Story = {
  parameters: { ticketkit: { tickets: 10_000, listState: { defaultQuery: { pageSize: 100, page: 50 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/4,901–5,000 of 10,000|of 10,000/, {}, { timeout: 10000 })).toBeVisible();
  },
};

/** German number formatting. */
export const German: Story = {
  globals: { locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('1–25 of 1.234', {}, { timeout: 5000 })).toBeVisible();
  },
};

/** Dark theme, on a middle page. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { ticketkit: { listState: { defaultQuery: { page: 20 } } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('476–500 of 1,234', {}, { timeout: 5000 })).toBeVisible();
  },
};

/** Right to left: the arrows mirror. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  parameters: { ticketkit: { listState: { defaultQuery: { page: 3 } } } },
};

/** Compact density. */
export const Compact: Story = {
  decorators: [(Story) => <div data-density="compact"><Story /></div>],
};

/** A member's view: fewer tickets, fewer pages. */
export const MemberView: Story = {
  globals: { viewer: 'member' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/of /, {}, { timeout: 5000 })).toBeVisible();
  },
};

/** A phone, 360 px wide, on page 20 of 50: compact as "‹ 20 / 50 ›" with the jump; nothing scrolls sideways. */
export const NarrowScreen: Story = {
  decorators: [(Story) => <div style={{ inlineSize: 360 }}><Story /></div>],
  parameters: { ticketkit: { listState: { defaultQuery: { page: 20 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('476–500 of 1,234', {}, { timeout: 5000 });
    const nav = canvas.getByRole('navigation', { name: 'Pages' });
    await expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth);
    await expect(canvas.getByText('20 / 50')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Next page' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Go to page' })).toBeVisible();
    // The numbered pages give way to "20 / 50" (hidden, so out of the accessibility tree too).
    await expect(canvas.queryByRole('button', { name: 'Page 21' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(await canvas.findByText('21 / 50')).toBeVisible();
  },
};
