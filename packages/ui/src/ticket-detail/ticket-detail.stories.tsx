import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { TicketsProvider } from '@ticketkit/react';
import type { MemoryData } from '@ticketkit/core/memory';
import { useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { clearDrafts, notOwnedTicketTransform, patchTicket, STORY_TICKET_ID, transforms, withLongConversation } from '../stories/detail-data';
import { storyViewer } from '../stories/story-backend';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { filterMembers } from './filter-members';
import { TicketDetail } from './ticket-detail';

const meta = {
  title: 'Working a ticket/TicketDetail',
  component: TicketDetail,
  decorators: [withTickets],
  args: { ticketId: STORY_TICKET_ID },
  beforeEach: () => {
    clearDrafts();
    return clearDrafts;
  },
  parameters: { ticketkit: { tickets: 40, listState: false } satisfies StoryTicketsParameters },
} satisfies Meta<typeof TicketDetail>;
export default meta;
type Story = StoryObj<typeof meta>;

const ready = (canvasElement: HTMLElement) =>
  waitFor(() => expect(canvasElement.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
const conversationLoaded = (canvasElement: HTMLElement) =>
  waitFor(() => expect(canvasElement.querySelector('[data-slot="conversation"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
const body = () => within(document.body);
const trigger = (canvasElement: HTMLElement, control: string) =>
  canvasElement.querySelector<HTMLButtonElement>(`[data-slot="ticket-detail-trigger"][data-control="${control}"]`)!;

/** An open ticket, as an admin sees it: header, controls, the conversation at its latest message, the composer. */
export const Default: Story = {
  play: async ({ canvasElement, id }) => {
    await ready(canvasElement);
    await conversationLoaded(canvasElement);
    const ticket = storyBackend(id).data.tickets.find((candidate) => candidate.id === STORY_TICKET_ID)!;
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveTextContent(ticket.subject);
    await expect(canvasElement).toHaveTextContent(ticket.requester.email);
  },
};

/** Changing the status from its menu: the badge changes at once and the adapter gets the version that was seen. */
export const ChangeStatus: Story = {
  parameters: { ticketkit: { transform: (data: MemoryData) => patchTicket(data, STORY_TICKET_ID, (ticket) => ({ ...ticket, status: 'open' })) } },
  play: async ({ canvasElement, id }) => {
    await ready(canvasElement);
    await userEvent.click(trigger(canvasElement, 'status'));
    await userEvent.click(await body().findByRole('menuitemradio', { name: 'In progress' }));
    await waitFor(() => expect(trigger(canvasElement, 'status')).toHaveAttribute('data-value', 'in_progress'));
    const { adapter, memory } = storyBackend(id);
    await waitFor(() => expect(adapter.calls.some((call) => call.method === 'updateTicket')).toBe(true));
    const update = adapter.calls.find((call) => call.method === 'updateTicket')!;
    await expect(update.args.slice(0, 2)).toEqual([STORY_TICKET_ID, { status: 'in_progress' }]);
    await waitFor(async () => expect((await memory.getTicket(STORY_TICKET_ID)).status).toBe('in_progress'));
    await expect(trigger(canvasElement, 'status')).toHaveFocus();
  },
};

/** Assigning from the assignee picker with the pointer: filter, click a member, then "Assign to me". */
export const Assign: Story = {
  play: async ({ canvasElement, id }) => {
    await ready(canvasElement);
    const { data, viewer, memory } = storyBackend(id);
    const someone = data.teamMembers.find((member) => member.id !== viewer.id)!;
    await userEvent.click(trigger(canvasElement, 'assignee'));
    const filter = await body().findByRole('combobox', { name: 'Find a team member' });
    await waitFor(() => expect(filter).toHaveFocus());
    await userEvent.type(filter, someone.name.split(' ')[0]!);
    await userEvent.click(await body().findByRole('option', { name: someone.name }));
    await waitFor(() => expect(trigger(canvasElement, 'assignee')).toHaveTextContent(someone.name));
    await waitFor(async () => expect((await memory.getTicket(STORY_TICKET_ID)).assignee?.id).toBe(someone.id));
    await userEvent.click(trigger(canvasElement, 'assignee'));
    await userEvent.click(await body().findByRole('option', { name: 'Assign to me' }));
    await waitFor(async () => expect((await memory.getTicket(STORY_TICKET_ID)).assignee?.id).toBe(viewer.id));
  },
};

const options = () => body().getAllByRole('option');
/** The option highlighted, checked the way a person sees it: marked, named by the combobox, and drawn differently. */
const expectHighlighted = async (name: string) => {
  const option = body().getByRole('option', { name });
  await waitFor(() => expect(option).toHaveAttribute('aria-selected', 'true'));
  await expect(options().filter((candidate) => candidate.getAttribute('aria-selected') === 'true')).toEqual([option]);
  await waitFor(() => expect(body().getByRole('combobox', { name: 'Find a team member' })).toHaveAttribute('aria-activedescendant', option.id));
  const others = options().filter((candidate) => candidate !== option);
  for (const other of others) await expect(getComputedStyle(option).backgroundColor).not.toBe(getComputedStyle(other).backgroundColor);
};

/**
 * The assignee picker is a combobox, by keyboard in Chromium: Enter on the button opens it with focus in the filter
 * and the first option highlighted; ArrowDown and ArrowUp move the visible highlight; typing filters, highlighting
 * the first match; Enter assigns the highlighted member; focus goes back to the button.
 */
export const AssignByKeyboard: Story = {
  parameters: { ticketkit: { transform: (data: MemoryData) => patchTicket(data, STORY_TICKET_ID, (ticket) => ({ ...ticket, assignee: null })) } },
  play: async ({ canvasElement, id }) => {
    await ready(canvasElement);
    const { data, memory } = storyBackend(id);
    const assignee = trigger(canvasElement, 'assignee');
    assignee.focus();
    await userEvent.keyboard('{Enter}');
    const filter = await body().findByRole('combobox', { name: 'Find a team member' });
    await waitFor(() => expect(filter).toHaveFocus());
    await expect(filter).toHaveAttribute('aria-expanded', 'true');
    await expect(body().getByRole('listbox', { name: 'Assignee' })).toBeVisible();
    await waitFor(() => expect(options().length).toBeGreaterThan(3));
    await expectHighlighted('Assign to me');
    await userEvent.keyboard('{ArrowDown}');
    await expectHighlighted('Unassigned');
    await userEvent.keyboard('{ArrowDown}');
    await expectHighlighted(data.teamMembers[0]!.name);
    await userEvent.keyboard('{ArrowUp}');
    await expectHighlighted('Unassigned');
    // Type to filter: the matching members come first, the first of them highlighted.
    const word = 'a';
    const [first, second] = filterMembers(data.teamMembers, word);
    await userEvent.keyboard(word);
    await waitFor(() => expect(options()[0]).toHaveAccessibleName(first!.name));
    await expectHighlighted(first!.name);
    await userEvent.keyboard('{ArrowDown}');
    await expectHighlighted(second!.name);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(assignee).toHaveTextContent(second!.name));
    await waitFor(() => expect(assignee).toHaveFocus());
    await expect(body().queryByRole('listbox')).toBeNull();
    await waitFor(async () => expect((await memory.getTicket(STORY_TICKET_ID)).assignee?.id).toBe(second!.id));
  },
};

/** Enter on the empty filter assigns the option highlighted as it opened ("Assign to me"), never one not shown. */
export const AssignFirstWithEnter: Story = {
  parameters: { ticketkit: { transform: (data: MemoryData) => patchTicket(data, STORY_TICKET_ID, (ticket) => ({ ...ticket, assignee: null })) } },
  play: async ({ canvasElement, id }) => {
    await ready(canvasElement);
    const { viewer, memory } = storyBackend(id);
    await userEvent.click(trigger(canvasElement, 'assignee'));
    await waitFor(() => expect(body().getByRole('combobox', { name: 'Find a team member' })).toHaveFocus());
    await expectHighlighted('Assign to me');
    await userEvent.keyboard('{Enter}');
    await waitFor(async () => expect((await memory.getTicket(STORY_TICKET_ID)).assignee?.id).toBe(viewer.id));
    await expect(trigger(canvasElement, 'assignee')).toHaveFocus();
  },
};

/** Escape closes the picker without assigning, and focus goes back to the button. */
export const AssigneeEscape: Story = {
  play: async ({ canvasElement, id }) => {
    await ready(canvasElement);
    const assignee = trigger(canvasElement, 'assignee');
    const before = assignee.dataset.value;
    await userEvent.click(assignee);
    const filter = await body().findByRole('combobox', { name: 'Find a team member' });
    await waitFor(() => expect(filter).toHaveFocus());
    await userEvent.keyboard('x{ArrowDown}{Escape}');
    await waitFor(() => expect(body().queryByRole('combobox', { name: 'Find a team member' })).toBeNull());
    await expect(assignee).toHaveFocus();
    await expect(assignee).toHaveAttribute('data-value', before);
    await expect(storyBackend(id).adapter.calls.some((call) => call.method === 'updateTicket')).toBe(false);
    // Opened again, the filter starts empty.
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(body().getByRole('combobox', { name: 'Find a team member' })).toHaveValue(''));
    await userEvent.keyboard('{Escape}');
  },
};

/**
 * A press outside the picker closes it without assigning and without reaching what was pressed (here the composer's
 * "Internal note" tab stays unselected); focus goes back to the button.
 */
export const AssigneePressOutside: Story = {
  play: async ({ canvasElement, id }) => {
    await ready(canvasElement);
    const assignee = trigger(canvasElement, 'assignee');
    await userEvent.click(assignee);
    await body().findByRole('combobox', { name: 'Find a team member' });
    const noteTab = within(canvasElement).getByRole('tab', { name: 'Internal note' });
    await userEvent.click(noteTab);
    await waitFor(() => expect(body().queryByRole('combobox', { name: 'Find a team member' })).toBeNull());
    await expect(noteTab).toHaveAttribute('aria-selected', 'false');
    await waitFor(() => expect(assignee).toHaveFocus());
    await expect(storyBackend(id).adapter.calls.some((call) => call.method === 'updateTicket')).toBe(false);
  },
};

/** Replying: Ctrl+Enter sends, the reply joins the conversation and the box empties. */
export const Reply: Story = {
  play: async ({ canvasElement, id }) => {
    await ready(canvasElement);
    await conversationLoaded(canvasElement);
    const box = within(canvasElement).getByRole('textbox', { name: 'Reply to the user' });
    await userEvent.type(box, 'Thanks, the refund is on its way.{Control>}{Enter}{/Control}');
    await waitFor(() => expect(box).toHaveValue(''), { timeout: 5000 });
    await waitFor(() => expect(within(canvasElement.querySelector('[data-slot="conversation"]')!).getByText('Thanks, the refund is on its way.')).toBeVisible());
    const sent = storyBackend(id).adapter.calls.filter((call) => call.method === 'sendReply');
    // One send, with the key that makes a retry of it land once.
    await expect(sent.map((call) => call.args[1])).toEqual([{ body: 'Thanks, the refund is on its way.', idempotencyKey: expect.any(String) }]);
  },
};

/** The ticket is still loading. */
export const Loading: Story = {
  parameters: { ticketkit: { faults: { latency: 1_000_000_000 } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading the ticket…');
  },
};

/** The backend is down: the error says so where the ticket would be, with a retry. */
export const LoadError: Story = {
  parameters: { ticketkit: { faults: { failMethods: { getTicket: 'unavailable' } } } },
  play: async ({ canvasElement, id }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('The ticket could not be loaded');
    storyBackend(id).adapter.setFaults({});
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Try again' }));
    await ready(canvasElement);
  },
};

/** Someone changed the ticket first: the change is refused, rolled back, and the banner offers reload or re-apply. */
export const Conflict: Story = {
  parameters: { ticketkit: { faults: { conflictRate: 1 } } },
  play: async ({ canvasElement, id }) => {
    await ready(canvasElement);
    const before = trigger(canvasElement, 'priority').dataset.value;
    const target = before === 'urgent' ? 'Low' : 'Urgent';
    await userEvent.click(trigger(canvasElement, 'priority'));
    await userEvent.click(await body().findByRole('menuitemradio', { name: target }));
    const banner = await within(canvasElement).findByRole('alert', { name: 'This ticket changed since you opened it' }, { timeout: 5000 });
    await waitFor(() => expect(trigger(canvasElement, 'priority')).toHaveAttribute('data-value', before));
    storyBackend(id).adapter.setFaults({});
    await userEvent.click(within(banner).getByRole('button', { name: 'Apply my change again' }));
    await waitFor(() => expect(trigger(canvasElement, 'priority')).toHaveAttribute('data-value', target.toLowerCase()));
    await waitFor(() => expect(within(canvasElement).queryByRole('alert')).toBeNull());
  },
};

/** A closed ticket: replying offers to send and reopen. */
export const ClosedTicket: Story = {
  parameters: { ticketkit: { transform: (data: MemoryData) => patchTicket(data, STORY_TICKET_ID, (ticket) => ({ ...ticket, status: 'closed' })) } },
  play: async ({ canvasElement, id }) => {
    await ready(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/This ticket is closed/)).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Reply to the user' }), 'Reopening: one more question.');
    await userEvent.click(canvas.getByRole('button', { name: 'Send and reopen' }));
    await waitFor(() => expect(trigger(canvasElement, 'status')).toHaveAttribute('data-value', 'open'), { timeout: 5000 });
    await waitFor(async () => expect((await storyBackend(id).memory.getTicket(STORY_TICKET_ID)).status).toBe('open'));
  },
};

/** 2,000 messages: only the rows in view are in the DOM, and it opens at the latest one. */
export const LongConversation: Story = {
  parameters: { ticketkit: { transform: withLongConversation(STORY_TICKET_ID, 2_000) } },
  play: async ({ canvasElement }) => {
    await conversationLoaded(canvasElement);
    const rows = () => canvasElement.querySelectorAll('[data-slot="conversation-item"]');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    await expect(rows().length).toBeLessThan(60);
    await waitFor(() => expect(Array.from(rows()).some((row) => row.getAttribute('aria-posinset') === '2000')).toBe(true));
    await expect(rows()[0]).toHaveAttribute('aria-setsize', '2000');
    const viewport = canvasElement.querySelector<HTMLElement>('[data-slot="conversation-viewport"]')!;
    await waitFor(() => expect(viewport.scrollTop + viewport.clientHeight).toBeGreaterThan(viewport.scrollHeight - 60));
    viewport.scrollTop = 0;
    await waitFor(() => expect(Array.from(rows()).some((row) => row.getAttribute('aria-posinset') === '1')).toBe(true));
    await expect(await within(canvasElement).findByRole('button', { name: 'Jump to the latest message' })).toBeVisible();
    // Scrolled up, the viewer's own reply is still brought into view.
    await userEvent.type(within(canvasElement).getByRole('textbox', { name: 'Reply to the user' }), 'Seen from the top{Control>}{Enter}{/Control}');
    await waitFor(() => expect(Array.from(rows()).some((row) => row.getAttribute('aria-posinset') === '2001')).toBe(true), { timeout: 5000 });
    await waitFor(() => expect(viewport.scrollTop + viewport.clientHeight).toBeGreaterThan(viewport.scrollHeight - 60));
  },
};

/**
 * A member of a host whose backend lets members read every ticket but change only their own: every control is
 * disabled and says why, in words, beside it.
 */
function ReadEverything({ storyId, children }: { storyId: string; children: ReactNode }): ReactNode {
  const backend = storyBackend(storyId);
  const [setup] = useState(() => {
    const admin = backend.data.teamMembers.find((member) => member.role === 'admin')!;
    return { adapter: backend.memory.withViewer({ id: admin.id, name: admin.name, role: 'admin' }), client: new QueryClient() };
  });
  return (
    <TicketsProvider adapter={setup.adapter} viewer={backend.viewer} queryClient={setup.client} timeZone="UTC">
      {children}
    </TicketsProvider>
  );
}

const readEverything: Decorator = (Story, context) => (
  <ReadEverything storyId={context.id}>
    <Story />
  </ReadEverything>
);

export const MemberWithoutPermission: Story = {
  globals: { viewer: 'member' },
  decorators: [readEverything],
  parameters: {
    ticketkit: {
      transform: notOwnedTicketTransform((data) => storyViewer(data, 'member').id),
    },
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const reason = canvasElement.querySelector('[data-slot="ticket-detail-forbidden"]')!;
    await expect(reason).toHaveTextContent(/Only the owner of .+ or an administrator can change this ticket\./);
    for (const control of ['status', 'priority', 'assignee']) {
      await expect(trigger(canvasElement, control)).toBeDisabled();
      await expect(trigger(canvasElement, control)).toHaveAccessibleDescription(reason.textContent!);
    }
    const box = within(canvasElement).getByRole('textbox', { name: 'Reply to the user' });
    await expect(box).toBeDisabled();
    await expect(box).toHaveAccessibleDescription(/Only the owner of/);
  },
};

/**
 * A member opening (e.g. from a link) a ticket outside their scope: to them it does not exist, so the detail says it
 * was not found or is not shared, the same as for a missing ID, and names no owner — not a crash.
 */
export const OutOfScopeTicket: Story = {
  globals: { viewer: 'member' },
  parameters: {
    ticketkit: {
      transform: notOwnedTicketTransform((data) => storyViewer(data, 'member').id),
    },
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('Ticket not found');
    await expect(alert).toHaveTextContent(/not shared with you/);
    await expect(alert).not.toHaveTextContent(/Only the owner of/);
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { ticketkit: { transform: transforms((data) => patchTicket(data, STORY_TICKET_ID, (ticket) => ({ ...ticket, status: 'closed' }))) } },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await conversationLoaded(canvasElement);
  },
};

/** Right to left, in Arabic (Egypt): team replies sit on the other side; the menus read right to left too. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await conversationLoaded(canvasElement);
    await userEvent.click(trigger(canvasElement, 'status'));
    const menu = await body().findByRole('menu', { name: 'Status' });
    await expect(getComputedStyle(menu).direction).toBe('rtl');
    // Start-aligned in right-to-left text: the menu's right edge meets the trigger's.
    await expect(menu.getBoundingClientRect().right).toBeCloseTo(trigger(canvasElement, 'status').getBoundingClientRect().right, 0);
    await userEvent.keyboard('{Escape}');
  },
};

/** The assignee picker left open, filtered: axe checks the popup too (a labelled dialog holding a combobox and its listbox). */
export const AssigneeMenuOpen: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await userEvent.click(trigger(canvasElement, 'assignee'));
    const filter = await body().findByRole('combobox', { name: 'Find a team member' });
    await waitFor(() => expect(filter).toHaveFocus());
    await userEvent.type(filter, 'a');
    await userEvent.keyboard('{ArrowDown}');
    await expect(filter).toHaveFocus();
    await expect(body().getByRole('dialog', { name: 'Assignee' })).toBeVisible();
  },
};

/** The assignee picker open in the dark theme, the first option highlighted. */
export const AssigneeMenuOpenDark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await userEvent.click(trigger(canvasElement, 'assignee'));
    await waitFor(() => expect(body().getByRole('combobox', { name: 'Find a team member' })).toHaveFocus());
    await waitFor(() => expect(options().length).toBeGreaterThan(3));
    await expect(body().getByRole('dialog', { name: 'Assignee' })).toHaveAttribute('data-theme', 'dark');
  },
};

/** The status menu left open: radio items with the current one checked. */
export const StatusMenuOpen: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await userEvent.click(trigger(canvasElement, 'status'));
    const menu = await body().findByRole('menu', { name: 'Status' });
    await expect(within(menu).getAllByRole('menuitemradio')).toHaveLength(3);
    await expect(within(menu).getByRole('menuitemradio', { checked: true })).toBeInTheDocument();
  },
};

/**
 * The detail in a short scrolling box, as in the drawer (positioned here, as a host's often is): the open menu floats
 * over the box's edge instead of being clipped by it, and follows its trigger as the box scrolls.
 */
export const MenuInScrollingBox: Story = {
  decorators: [
    (Story) => (
      <div data-testid="scroller" style={{ position: 'relative', blockSize: '14rem', overflowY: 'auto' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const scroller = within(canvasElement).getByTestId('scroller');
    const assignee = trigger(canvasElement, 'assignee');
    assignee.scrollIntoView({ block: 'start' });
    await userEvent.click(assignee);
    const picker = await body().findByRole('dialog', { name: 'Assignee' });
    // The team loads: the picker grows past the box's bottom edge.
    await waitFor(() => expect(within(picker).getAllByRole('option').length).toBeGreaterThan(4));
    await waitFor(() => expect(picker.getBoundingClientRect().bottom).toBeGreaterThan(scroller.getBoundingClientRect().bottom));
    // The last item in view is hit where it is drawn: nothing clips or covers the popup past the box's edge.
    const box = picker.getBoundingClientRect();
    const last = document.elementFromPoint(box.left + box.width / 2, box.bottom - 8);
    await expect(picker.contains(last)).toBe(true);
    scroller.scrollTop += 20;
    await waitFor(() => expect(picker.getBoundingClientRect().top).toBeCloseTo(assignee.getBoundingClientRect().bottom + 4, 0));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(assignee).toHaveFocus());
  },
};
