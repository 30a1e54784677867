import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { MemoryData } from '@ticketkit/core/memory';
import { patchTicket } from '../stories/detail-data';
import { storyViewer } from '../stories/story-backend';
import { body, panelLoaded, panelRows, panelStoryParameters } from '../stories/panel-stories';
import { storyBackend, withTickets } from '../stories/with-tickets';
import { TicketsPanel } from './tickets-panel';

const meta = {
  title: 'Tickets panel/TicketsPanel',
  component: TicketsPanel,
  decorators: [withTickets],
  parameters: panelStoryParameters,
  args: { layout: 'drawer' },
} satisfies Meta<typeof TicketsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const rows = panelRows;
const loaded = panelLoaded;

/** The drawer: a row opens the ticket in a dialog titled by its subject; Escape closes it and focus goes back to the row. */
export const Drawer: Story = {
  play: async ({ canvasElement, id }) => {
    await loaded(canvasElement);
    const row = rows(canvasElement)[2]!;
    const ticket = storyBackend(id).data.tickets.find((candidate) => candidate.id === row.dataset.ticketId)!;
    await userEvent.click(row);
    const dialog = await body().findByRole('dialog', { name: ticket.subject }, { timeout: 5000 });
    await expect(dialog).toHaveAccessibleDescription(/Press Escape to go back to the list/);
    await expect(await within(dialog).findByRole('tab', { name: 'Internal note' }, { timeout: 5000 })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(row).toHaveFocus());
  },
};

/**
 * The drawer is modal: `aria-modal`, Tab stays inside, the wheel over the overlay does not scroll the page, a press on
 * the overlay closes the drawer without reaching the row beneath it, and with a menu of the ticket open a press on the
 * overlay closes only the menu.
 */
export const DrawerIsModal: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(rows(canvasElement)[0]!);
    const dialog = await body().findByRole('dialog', undefined, { timeout: 5000 });
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await within(dialog).findByRole('tab', { name: 'Internal note' }, { timeout: 5000 });
    for (let step = 0; step < 40; step += 1) {
      await userEvent.tab();
      await expect(dialog.contains(document.activeElement)).toBe(true);
    }
    const overlay = document.querySelector<HTMLElement>('[data-slot="tickets-panel-overlay"]')!;
    const wheel = new WheelEvent('wheel', { deltaY: 200, bubbles: true, cancelable: true });
    overlay.dispatchEvent(wheel);
    await expect(wheel.defaultPrevented).toBe(true);
    // A menu of the ticket open: the press on the overlay closes the menu, and the drawer stays.
    await userEvent.click(within(dialog).getByRole('button', { name: /^Status/ }));
    await body().findByRole('menu');
    await userEvent.click(overlay);
    await waitFor(() => expect(body().queryByRole('menu')).toBeNull());
    await expect(body().getByRole('dialog')).toBeVisible();
    // Then a press on the overlay, over the list's rows, closes the drawer and opens no row.
    const under = rows(canvasElement)[5]!;
    await userEvent.click(overlay);
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull());
    await expect(under).not.toHaveAttribute('aria-current');
    await expect(body().queryByRole('dialog')).toBeNull();
  },
};

/** Side by side: the list and the open ticket with its timeline and composer. */
export const Split: Story = {
  args: { layout: 'split' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Select a ticket to see its conversation.')).toBeVisible();
    await userEvent.click(rows(canvasElement)[0]!);
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
    await expect(await canvas.findByRole('tab', { name: 'Internal note' })).toBeVisible();
  },
};

/** 360 px wide: the split layout stacks the ticket under the list. */
export const Narrow: Story = {
  args: { layout: 'split' },
  decorators: [(Story) => <div style={{ inlineSize: 360 }}><Story /></div>],
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(rows(canvasElement)[0]!);
    const list = canvasElement.querySelector<HTMLElement>('[data-slot="tickets-panel-list-pane"]')!;
    const detail = canvasElement.querySelector<HTMLElement>('[data-slot="tickets-panel-detail-pane"]')!;
    await waitFor(() => expect(detail.getBoundingClientRect().top).toBeGreaterThanOrEqual(list.getBoundingClientRect().bottom));
    await expect(detail.getBoundingClientRect().width).toBeLessThanOrEqual(360);
  },
};

/**
 * A phone, 360 px wide, on page 20 of 50: nothing scrolls sideways, not the panel and not its pagination, which
 * compacts to "‹ 20 / 50 ›" with the jump. (The table still scrolls inside its own box.)
 */
export const Phone: Story = {
  decorators: [(Story) => <div style={{ inlineSize: 360 }}><Story /></div>],
  parameters: { ticketkit: { tickets: 1234, listState: false } },
  args: { listOptions: { defaultQuery: { page: 20 } } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const canvas = within(canvasElement);
    await canvas.findByText('476–500 of 1,234');
    const panel = canvasElement.querySelector<HTMLElement>('[data-slot="tickets-panel"]')!;
    const pages = canvas.getByRole('navigation', { name: 'Pages' });
    for (const element of [panel, pages]) await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
    await expect(canvas.getByText('20 / 50')).toBeVisible();
  },
};

const PREFIX = 'tkstory_';

/** The open ticket kept in the URL with the list state (`?tkstory_ticket=TK-…`): back closes it. */
export const UrlState: Story = {
  args: { urlState: { prefix: PREFIX } },
  beforeEach: () => {
    const clean = () => window.history.replaceState(window.history.state, '', window.location.pathname);
    clean();
    return clean;
  },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const row = rows(canvasElement)[1]!;
    await userEvent.click(row);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get(`${PREFIX}ticket`)).toBe(row.dataset.ticketId));
    await body().findByRole('dialog', {}, { timeout: 5000 });
    window.history.back();
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    await expect(new URLSearchParams(window.location.search).get(`${PREFIX}ticket`)).toBeNull();
  },
};

/** The dark theme, with the drawer open. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(rows(canvasElement)[0]!);
    await body().findByRole('tab', { name: 'Internal note' }, { timeout: 5000 });
  },
};

/** Right to left: the drawer comes from the left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  args: { layout: 'split' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(rows(canvasElement)[0]!);
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
  },
};

/** A member sees only their assistants' tickets and can work them. */
export const Member: Story = {
  globals: { viewer: 'member' },
  args: { layout: 'split' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
    await userEvent.click(rows(canvasElement)[0]!);
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
    await expect(canvasElement.querySelector('[data-slot="ticket-detail-forbidden"]')).toBeNull();
  },
};

/** The first page is on its way. */
export const Loading: Story = {
  parameters: { ticketkit: { faults: { latency: 1_000_000_000 } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="ticket-list"]')).toHaveAttribute('data-state', 'loading'));
  },
};

/** The list loads but the ticket does not: the error shows in the drawer, with a retry; the list stays usable. */
export const TicketLoadError: Story = {
  parameters: { ticketkit: { faults: { failMethods: { getTicket: 'unavailable' } } } },
  play: async ({ canvasElement, id }) => {
    await loaded(canvasElement);
    await userEvent.click(rows(canvasElement)[0]!);
    const dialog = await body().findByRole('dialog', {}, { timeout: 5000 });
    await expect(await within(dialog).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('The ticket could not be loaded');
    storyBackend(id).adapter.setFaults({});
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await within(dialog).findByRole('tab', { name: 'Internal note' }, { timeout: 5000 });
  },
};

/** Unstyled: no default class anywhere (list, detail, conversation, composers, notes), slots and states stay. */
export const Unstyled: Story = {
  args: { layout: 'split', unstyled: true, classNames: { 'detail-pane': 'host-detail-pane' } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(rows(canvasElement)[0]!);
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="ticket-composer"]')).not.toBeNull(), { timeout: 5000 });
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="conversation"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
    const panel = canvasElement.querySelector('[data-slot="tickets-panel"]')!;
    const styled = Array.from(panel.querySelectorAll('[class]')).filter((element) => /(^|\s)tk-/.test(element.getAttribute('class')!));
    await expect(styled.map((element) => `${element.getAttribute('data-slot') ?? element.tagName}: ${element.getAttribute('class')}`)).toEqual([]);
    await expect(panel.getAttribute('class') ?? '').not.toMatch(/(^|\s)tk-/);
    await expect(canvasElement.querySelector('[data-slot="tickets-panel-detail-pane"]')).toHaveClass('host-detail-pane');
  },
};

/** A member follows a link to a ticket outside their scope: the drawer says it was not found or is not shared with them. */
export const ForbiddenFromUrl: Story = {
  globals: { viewer: 'member' },
  args: { urlState: { prefix: 'tkdeny_' } },
  parameters: {
    ticketkit: {
      transform: (data: MemoryData) => {
        const member = storyViewer(data, 'member');
        const other = data.assistants.find((assistant) => assistant.ownerId !== member.id)!;
        return patchTicket(data, 'TK-1001', (ticket) => ({ ...ticket, assistant: { ...other } }));
      },
    },
  },
  beforeEach: () => {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?tkdeny_ticket=TK-1001`);
    return () => window.history.replaceState(window.history.state, '', window.location.pathname);
  },
  play: async () => {
    const dialog = await body().findByRole('dialog', {}, { timeout: 5000 });
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 5000 });
    // Out of the member's scope is the same not-found as a missing ticket: nothing says it exists or whose it is.
    await expect(alert).toHaveTextContent('Ticket not found');
    await expect(alert).toHaveTextContent('not shared with you');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('tkdeny_ticket')).toBeNull());
  },
};

/** Right to left with the drawer: portaled to the body, it takes the panel's direction, reads right to left and opens from the left. */
export const RightToLeftDrawer: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(rows(canvasElement)[0]!);
    const dialog = await body().findByRole('dialog', {}, { timeout: 5000 });
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await waitFor(() => expect(dialog.getBoundingClientRect().left).toBe(0));
  },
};

/**
 * A host that themes only its own wrapper (dark, compact, its own radius), not the page: the drawer, portaled to the
 * body outside that wrapper, carries the same theme, density and variables as the panel.
 */
export const HostThemeOnWrapper: Story = {
  decorators: [
    (Story) => (
      <div data-theme="dark" data-density="compact" className="tk-root" style={{ ['--tk-radius' as string]: '0px' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(rows(canvasElement)[0]!);
    const dialog = await body().findByRole('dialog', {}, { timeout: 5000 });
    await expect(canvasElement.contains(dialog)).toBe(false);
    const panel = canvasElement.querySelector<HTMLElement>('[data-slot="tickets-panel"]')!;
    await waitFor(() => expect(dialog).toHaveAttribute('data-theme', 'dark'));
    await expect(dialog).toHaveAttribute('data-density', 'compact');
    const read = (element: HTMLElement) => {
      const style = getComputedStyle(element);
      return ['--tk-bg', '--tk-fg', '--tk-radius', '--tk-control-height'].map((name) => style.getPropertyValue(name).trim()).concat(style.backgroundColor);
    };
    await expect(read(dialog)).toEqual(read(panel));
    await expect(getComputedStyle(dialog).getPropertyValue('--tk-radius').trim()).toBe('0px');
  },
};
