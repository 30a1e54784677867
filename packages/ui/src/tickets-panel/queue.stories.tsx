import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { body, panelLoaded, panelRows, panelStoryParameters } from '../stories/panel-stories';
import { storyBackend, withTickets } from '../stories/with-tickets';
import { TicketsPanel } from './tickets-panel';

const meta = {
  title: 'Tickets panel/Queue',
  component: TicketsPanel,
  decorators: [withTickets],
  parameters: panelStoryParameters,
  args: { layout: 'drawer' },
} satisfies Meta<typeof TicketsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const rows = panelRows;
const loaded = panelLoaded;

/** The queue as an agent opens it: quick views with counts, the subject first, the wait, the assignee. */
export const Queue: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('button', { name: /^Mine \d+$/ })).toBeVisible(), { timeout: 5000 });
    await expect(canvas.getByRole('columnheader', { name: /Waiting/ })).toBeVisible();
    await expect(canvas.getByRole('columnheader', { name: 'Assignee' })).toBeVisible();
  },
};

/** The same, dark. */
export const QueueDark: Story = { ...Queue, globals: { theme: 'dark' } };

/** Compact density: one line a row. */
export const Compact: Story = {
  args: { density: 'compact' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(canvasElement.querySelector('[data-slot="ticket-list"]')).toHaveAttribute('data-density', 'compact');
  },
};

/** Selection: a box, Shift for a range; the bulk bar offers status, priority and assignee for all of them. */
export const BulkSelection: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const boxes = () => rows(canvasElement).map((row) => within(row).getByRole('checkbox'));
    // One user session: Shift held by the keyboard reaches the next click.
    const user = userEvent.setup();
    await user.click(boxes()[0]!);
    await user.keyboard('{Shift>}');
    await user.click(boxes()[4]!);
    await user.keyboard('{/Shift}');
    const bar = await within(canvasElement).findByRole('toolbar', { name: 'Bulk changes' });
    await expect(bar).toHaveTextContent('5 selected');
  },
};

/** A bulk change done: what changed, and each ticket left out with why (here: none). */
export const BulkReport: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(within(rows(canvasElement)[0]!).getByRole('checkbox'));
    await userEvent.click(within(rows(canvasElement)[1]!).getByRole('checkbox'));
    const bar = await within(canvasElement).findByRole('toolbar', { name: 'Bulk changes' });
    await userEvent.click(within(bar).getByRole('button', { name: 'Set priority' }));
    await userEvent.click(await body().findByRole('menuitem', { name: 'Urgent' }));
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="tickets-panel-bulk-report"]')).toHaveTextContent('2 tickets changed.'), { timeout: 5000 });
  },
};

/** The report and the bar, dark. */
export const BulkReportDark: Story = { ...BulkReport, globals: { theme: 'dark' } };

/** Why a ticket matched: the snippet of its conversation with the words marked. */
export const SearchSnippet: Story = {
  play: async ({ canvasElement, id }) => {
    await loaded(canvasElement);
    const { data } = storyBackend(id);
    const visible = data.tickets.map((t) => `${t.subject} ${t.id} ${t.requester.name} ${t.requester.email}`.toLowerCase()).join(' ');
    const word = data.messages.flatMap((m) => m.body.toLowerCase().match(/[a-z]{7,}/g) ?? []).find((candidate) => !visible.includes(candidate))!;
    await userEvent.type(within(canvasElement).getByRole('searchbox', { name: 'Search tickets' }), word);
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="ticket-list-snippet"] mark')).toHaveTextContent(new RegExp(`^${word}$`, 'i')), { timeout: 5000 });
  },
};

/** The snippet, dark. */
export const SearchSnippetDark: Story = { ...SearchSnippet, globals: { theme: 'dark' } };

const Narrow = ({ children, width }: { children: ReactNode; width: number }) => <div style={{ inlineSize: width, maxInlineSize: '100%' }}>{children}</div>;

/** A phone-wide host (360 px): cards, and the pagination as "‹ 1 / 5 ›" with a jump. Nothing scrolls sideways. */
export const Cards: Story = {
  decorators: [(Story) => <Narrow width={360}>{<Story />}</Narrow>],
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const list = canvasElement.querySelector<HTMLElement>('[data-slot="ticket-list"]')!;
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
    await expect(getComputedStyle(rows(canvasElement)[0]!).display).toBe('flex');
  },
};

/** Cards, dark. */
export const CardsDark: Story = { ...Cards, globals: { theme: 'dark' } };

/** A 700 px pane (the split layout's list): compact two-line rows, subject and priority in view. */
export const TwoLineRows: Story = {
  decorators: [(Story) => <Narrow width={700}>{<Story />}</Narrow>],
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const list = canvasElement.querySelector<HTMLElement>('[data-slot="ticket-list"]')!;
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
  },
};

/** `?` lists every shortcut in a dialog. */
export const ShortcutsDialog: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = await body().findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 5000 });
    await expect(dialog).toHaveTextContent('Next ticket');
  },
};

/** The shortcuts, dark, one remapped and one off. */
export const ShortcutsDialogDark: Story = {
  globals: { theme: 'dark' },
  args: { shortcuts: { select: 's', search: false } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.keyboard('?');
    const dialog = await body().findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 5000 });
    await expect(within(dialog).getByText('s')).toBeVisible();
  },
};

/** The saved views menu, with a view saved in this browser. */
export const SavedViewsMenu: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Saved views' }));
    await userEvent.click(await body().findByRole('menuitem', { name: 'Save current view…' }));
    const dialog = await body().findByRole('dialog', { name: 'Save this view' }, { timeout: 5000 });
    // Views stay in this browser's storage from story to story: a name of its own finds this one.
    const name = `Mine ${Math.random().toString(36).slice(2, 8)}`;
    await userEvent.type(within(dialog).getByLabelText('Name'), name);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull());
    await userEvent.click(canvas.getByRole('button', { name: 'Saved views' }));
    await body().findByRole('menuitem', { name });
  },
};

/** The saved views menu, dark. */
export const SavedViewsMenuDark: Story = { ...SavedViewsMenu, globals: { theme: 'dark' } };
