import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axeViolations } from '../test/axe';
import { callsOf, renderWithTickets } from '../test/render';
import { TicketsPanel } from './tickets-panel';

const dataRows = () => screen.getAllByRole('row').filter((row) => row.hasAttribute('data-ticket-id'));
const lastRequest = (backend: Parameters<typeof callsOf>[0]) =>
  callsOf(backend, 'listTickets')
    .map((args) => args[0] as { pageSize: number; assignee: string | null; priorities: string[] })
    .filter((request) => request.pageSize > 1)
    .at(-1);

describe('the queue in TicketsPanel', () => {
  it('counts the quick views from the data and filters by assignee and by several priorities', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketsPanel />, { listState: false });
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    const unsolved = backend.data.tickets.filter((t) => t.status !== 'closed');
    const mine = unsolved.filter((t) => t.assignee?.id === backend.viewer.id).length;
    const unassigned = unsolved.filter((t) => t.assignee === null).length;
    const views = screen.getByRole('group', { name: 'Quick views' });
    await waitFor(() => expect(within(views).getByRole('button', { name: `Unsolved ${unsolved.length}` })).toBeInTheDocument());
    expect(within(views).getByRole('button', { name: `Mine ${mine}` })).toHaveAttribute('aria-pressed', 'false');
    await user.click(within(views).getByRole('button', { name: `Unassigned ${unassigned}` }));
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ status: 'unsolved', assignee: 'unassigned' }));
    expect(within(views).getByRole('button', { name: `Unassigned ${unassigned}` })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Assignee: Unassigned' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Me' }));
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ assignee: 'me' }));
    await user.click(screen.getByRole('button', { name: 'Priority: Any' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Urgent' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'High' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(lastRequest(backend)).toMatchObject({ priorities: ['high', 'urgent'] }));
    expect(screen.getByRole('button', { name: 'Priority: Urgent, High' })).toBeInTheDocument();
  }, 30_000);

  it('changes the priority of the selected tickets and reports what changed', async () => {
    const user = userEvent.setup();
    const { backend, container } = renderWithTickets(<TicketsPanel />, { listState: false });
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    await user.click(within(dataRows()[0]!).getByRole('checkbox'));
    await user.keyboard('{Shift>}');
    await user.click(within(dataRows()[2]!).getByRole('checkbox'));
    await user.keyboard('{/Shift}');
    const ids = dataRows().slice(0, 3).map((row) => row.dataset.ticketId!);
    const bar = await screen.findByRole('toolbar', { name: 'Bulk changes' });
    expect(bar).toHaveTextContent('3 selected');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(bar).getByRole('button', { name: 'Set priority' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Low' }));
    expect(await screen.findByText(/3 tickets changed\./, {}, { timeout: 5000 })).toBeInTheDocument();
    for (const id of ids) expect((await backend.memory.getTicket(id)).priority).toBe('low');
    expect(screen.queryByRole('toolbar', { name: 'Bulk changes' })).toBeNull();
  }, 30_000);

  it('walks the rows with j and k, selects with x; a host remaps or turns the keys off', async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithTickets(<TicketsPanel shortcuts={{ select: 's' }} />, { listState: false });
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    await user.keyboard('jj');
    expect(dataRows()[1]).toHaveFocus();
    await user.keyboard('k');
    expect(dataRows()[0]).toHaveFocus();
    await user.keyboard('x');
    expect(screen.queryByRole('toolbar', { name: 'Bulk changes' })).toBeNull();
    await user.keyboard('s');
    expect(await screen.findByRole('toolbar', { name: 'Bulk changes' })).toHaveTextContent('1 selected');
    unmount();

    renderWithTickets(<TicketsPanel shortcuts={false} />, { listState: false });
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    await user.keyboard('j');
    expect(document.body).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('replies to the open ticket with r and closes it with e; neither acts with no ticket open, while typing or from a dialog', async () => {
    sessionStorage.clear();
    const user = userEvent.setup();
    const { backend } = renderWithTickets(<TicketsPanel />, { listState: false });
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    const updates = () => callsOf(backend, 'updateTicket').length;
    const row = dataRows().find((candidate) => within(candidate).queryByText('Open') !== null)!;
    const id = row.dataset.ticketId!;
    // No ticket open: the keys do nothing.
    row.focus();
    await user.keyboard('re');
    expect(row).toHaveFocus();
    expect(updates()).toBe(0);

    await user.click(row);
    const drawer = await screen.findByRole('dialog');
    const reply = await within(drawer).findByRole('textbox', { name: 'Reply to the user' }, { timeout: 5000 });
    expect(reply).toHaveAttribute('aria-keyshortcuts', 'r');
    const closeButton = within(drawer).getByRole('button', { name: 'Close ticket' });
    expect(closeButton).toHaveAttribute('aria-keyshortcuts', 'e');
    // Close ticket comes before the previous/next walk, which sits beside the drawer's own close button.
    const walk = within(drawer).getByRole('navigation', { name: /^Ticket \d/ });
    expect(closeButton.compareDocumentPosition(walk) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(drawer).getByRole('tab', { name: 'Internal note' }));
    expect(within(drawer).queryByRole('textbox', { name: 'Reply to the user' })).toBeNull();
    await user.keyboard('r');
    const replyAgain = within(drawer).getByRole('textbox', { name: 'Reply to the user' });
    await waitFor(() => expect(replyAgain).toHaveFocus());
    expect(within(drawer).getByRole('tab', { name: 'Reply' })).toHaveAttribute('aria-selected', 'true');
    expect(replyAgain).toHaveValue('');
    // Typed in the reply, `e` is a letter of it.
    await user.keyboard('e');
    expect(replyAgain).toHaveValue('e');
    expect(updates()).toBe(0);

    // A dialog over the panel keeps the keys: the shortcuts list, opened with `?`.
    within(drawer).getByRole('tab', { name: 'Reply' }).focus();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 5000 });
    expect(within(help).getByText('Close the open ticket')).toBeInTheDocument();
    await waitFor(() => expect(help.contains(document.activeElement)).toBe(true));
    await user.keyboard('e');
    expect(updates()).toBe(0);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull());
    // The drawer stayed open under it, and focus is back in it.
    expect(drawer).toBeInTheDocument();
    await waitFor(() => expect(drawer.contains(document.activeElement)).toBe(true));

    within(drawer).getByRole('tab', { name: 'Reply' }).focus();
    await user.keyboard('e');
    expect(await within(drawer).findByRole('button', { name: 'Reopen ticket' })).toBeInTheDocument();
    await waitFor(async () => expect((await backend.memory.getTicket(id)).status).toBe('closed'));
    expect(updates()).toBe(1);
    // A closed ticket stays closed: no key reopens it.
    await user.keyboard('e');
    expect(updates()).toBe(1);
    expect(within(drawer).getByRole('button', { name: 'Reopen ticket' })).toBeInTheDocument();
  }, 30_000);
});
