import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { patchTicket } from '../stories/detail-data';
import { storyViewer } from '../stories/story-backend';
import { axeViolations } from '../test/axe';
import { renderTicket } from '../test/render-ticket';
import { filterMembers } from './filter-members';
import { TicketDetail } from './ticket-detail';

const ID = 'TK-1003';
const detailReady = () => waitFor(() => expect(document.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'ready'));
const trigger = (control: string) => document.querySelector<HTMLButtonElement>(`[data-slot="ticket-detail-trigger"][data-control="${control}"]`)!;
const calls = (backend: { adapter: { calls: { method: string; args: unknown[] }[] } }, method: string) =>
  backend.adapter.calls.filter((call) => call.method === method).map((call) => call.args);

describe('TicketDetail', () => {
  it('shows the header as text and has no axe violations', async () => {
    const { backend, container } = renderTicket(() => <TicketDetail ticketId={ID} />);
    await detailReady();
    const ticket = backend.data.tickets.find((candidate) => candidate.id === ID)!;
    expect(screen.getByRole('heading', { level: 2, name: ticket.subject })).toBeInTheDocument();
    // In the header: the requester also writes messages, and the conversation may be there already.
    expect(container.querySelector('[data-slot="ticket-detail-requester-name"]')).toHaveTextContent(ticket.requester.name);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the conflict banner; reload drops the change, re-apply saves it on the fresh version', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <TicketDetail ticketId={ID} />, {
      faults: { conflictRate: 1 },
      transform: (data) => patchTicket(data, ID, (ticket) => ({ ...ticket, priority: 'low' })),
    });
    await detailReady();
    await user.click(trigger('priority'));
    await user.click(await screen.findByRole('menuitemradio', { name: 'High' }));
    const banner = await screen.findByRole('alert', { name: 'This ticket changed since you opened it' });
    await waitFor(() => expect(trigger('priority')).toHaveAttribute('data-value', 'low'));

    await user.click(within(banner).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(calls(backend, 'getTicket').length).toBeGreaterThanOrEqual(2);

    await user.click(trigger('priority'));
    await user.click(await screen.findByRole('menuitemradio', { name: 'High' }));
    const again = await screen.findByRole('alert', { name: 'This ticket changed since you opened it' });
    backend.adapter.setFaults({});
    await user.click(within(again).getByRole('button', { name: 'Apply my change again' }));
    await waitFor(() => expect(trigger('priority')).toHaveAttribute('data-value', 'high'));
    // The control shows the change as it is made; the write lands once the frame is painted.
    await waitFor(async () => expect((await backend.memory.getTicket(ID)).priority).toBe('high'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a refused change where it happened and rolls it back', async () => {
    const user = userEvent.setup();
    renderTicket(() => <TicketDetail ticketId={ID} />, {
      faults: { failMethods: { updateTicket: 'unavailable' } },
      transform: (data) => patchTicket(data, ID, (ticket) => ({ ...ticket, status: 'open' })),
    });
    await detailReady();
    await user.click(trigger('status'));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Closed' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The change was not saved. The ticket service is not reachable right now.');
    expect(trigger('status')).toHaveAttribute('data-value', 'open');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('filters the team in the assignee picker (a combobox) and assigns the highlighted match with Enter', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <TicketDetail ticketId={ID} />);
    await detailReady();
    const target = backend.data.teamMembers[4]!;
    await user.click(trigger('assignee'));
    const filter = await screen.findByRole('combobox', { name: 'Find a team member' });
    await waitFor(() => expect(filter).toHaveFocus());
    await user.type(filter, target.name);
    const list = screen.getByRole('listbox', { name: 'Assignee' });
    await waitFor(() => expect(within(list).getAllByRole('option').map((option) => option.textContent)).toEqual([target.name]));
    // The match is highlighted, and the combobox says so, before Enter.
    const match = within(list).getByRole('option', { name: target.name });
    await waitFor(() => expect(match).toHaveAttribute('aria-selected', 'true'));
    await waitFor(() => expect(filter).toHaveAttribute('aria-activedescendant', match.id));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(trigger('assignee')).toHaveTextContent(target.name));
    expect(calls(backend, 'updateTicket').map((args) => args[1])).toEqual([{ assigneeId: target.id }]);
    await waitFor(() => expect(trigger('assignee')).toHaveFocus());
  });

  it('"Assign to me" assigns the viewer, "Unassigned" clears the assignee', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <TicketDetail ticketId={ID} />, {
      transform: (data) => patchTicket(data, ID, (ticket) => ({ ...ticket, assignee: null })),
    });
    await detailReady();
    expect(trigger('assignee')).toHaveTextContent('Unassigned');
    await user.click(trigger('assignee'));
    await user.click(await screen.findByRole('option', { name: 'Assign to me' }));
    await waitFor(() => expect(trigger('assignee')).toHaveTextContent(backend.viewer.name));
    await user.click(trigger('assignee'));
    await screen.findByRole('combobox', { name: 'Find a team member' });
    expect(screen.queryByRole('option', { name: 'Assign to me' })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Unassigned' }));
    await waitFor(() => expect(trigger('assignee')).toHaveTextContent('Unassigned'));
    expect(calls(backend, 'updateTicket').map((args) => args[1])).toEqual([{ assigneeId: backend.viewer.id }, { assigneeId: null }]);
  });

  it('highlights the first option as it opens; the arrows move the highlight while focus stays in the filter', async () => {
    const user = userEvent.setup();
    renderTicket(() => <TicketDetail ticketId={ID} />);
    await detailReady();
    await user.click(trigger('assignee'));
    const filter = await screen.findByRole('combobox', { name: 'Find a team member' });
    await waitFor(() => expect(filter).toHaveFocus());
    const options = () => screen.getAllByRole('option');
    const highlighted = () => options().filter((option) => option.getAttribute('aria-selected') === 'true');
    // "Assign to me", "Unassigned", then the team once it has loaded.
    await waitFor(() => expect(options().length).toBeGreaterThan(3));
    expect(highlighted()).toEqual([options()[0]]);
    // Named to assistive technology too, before any key (cmdk alone leaves it unset until an arrow is pressed).
    await waitFor(() => expect(filter).toHaveAttribute('aria-activedescendant', options()[0]!.id));
    await user.keyboard('{ArrowDown}');
    expect(highlighted()).toEqual([options()[1]]);
    expect(filter).toHaveFocus();
    expect(filter).toHaveAttribute('aria-activedescendant', options()[1]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(highlighted()).toEqual([options().at(-1)]);
  });

  it('says "no match" when the filter matches nobody, and Enter then assigns nobody', async () => {
    const user = userEvent.setup();
    const { backend } = renderTicket(() => <TicketDetail ticketId={ID} />);
    await detailReady();
    await user.click(trigger('assignee'));
    await user.type(await screen.findByRole('combobox', { name: 'Find a team member' }), 'zzzz-nobody{Enter}');
    expect(await screen.findByText('No team member matches.')).toBeInTheDocument();
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(calls(backend, 'updateTicket')).toEqual([]);
  });

  it('says a ticket out of the member\'s scope is not found or not shared, as for a missing one', async () => {
    renderTicket(() => <TicketDetail ticketId={ID} />, {
      role: 'member',
      transform: (data) => {
        const member = storyViewer(data, 'member');
        const other = data.assistants.find((assistant) => assistant.ownerId !== member.id)!;
        return patchTicket(data, ID, (ticket) => ({ ...ticket, assistant: { ...other } }));
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ticket not found');
    expect(alert).toHaveTextContent('not shared with you');
    expect(document.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'not-found');
  });

  it('gives each ticket a conversation of its own, not the previous one with its measured rows', async () => {
    let open = (_id: string) => {};
    function Switching() {
      const [id, setId] = useState(ID);
      open = setId;
      return <TicketDetail ticketId={id} />;
    }
    renderTicket(() => <Switching />);
    const viewportOf = (id: string) => document.querySelector(`[data-ticket-id="${id}"] [data-testid="conversation-viewport"]`);
    await waitFor(() => expect(viewportOf(ID)).not.toBeNull());
    act(() => open('TK-1004'));
    await waitFor(() => expect(viewportOf('TK-1004')).not.toBeNull());
    const other = viewportOf('TK-1004');
    // Both tickets and their messages are cached now: the detail goes from one ready view to the other.
    act(() => open(ID));
    expect(viewportOf(ID)).not.toBeNull();
    expect(viewportOf(ID)).not.toBe(other);
  });

  it('asks for the conversation together with the ticket, not once the ticket has arrived', async () => {
    const { backend } = renderTicket(() => <TicketDetail ticketId={ID} />, { faults: { latency: { min: 50, max: 50 } } });
    // The ticket is still on its way, so the conversation is not mounted yet: its messages are asked for already.
    expect(document.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'loading');
    expect(calls(backend, 'listMessages').map((args) => args[0])).toEqual([ID]);
    await detailReady();
    // The conversation then reads what was fetched instead of asking again.
    expect(calls(backend, 'listMessages')).toHaveLength(1);
  });

  it('asks to select a ticket when none is open', () => {
    renderTicket(() => <TicketDetail />);
    expect(screen.getByText('Select a ticket to see its conversation.')).toBeInTheDocument();
  });
});

describe('filterMembers', () => {
  const team = [
    { name: 'Zoë Müller', email: 'zoe@example.com' },
    { name: 'Ana Souza', email: 'ana@example.com' },
    { name: 'Anaïs Petit', email: 'anais@corp.example' },
  ];
  it('matches every word in the name or email, ignoring case and accents', () => {
    expect(filterMembers(team, 'zoe').map((member) => member.name)).toEqual(['Zoë Müller']);
    expect(filterMembers(team, 'ANA').map((member) => member.name)).toEqual(['Ana Souza', 'Anaïs Petit']);
    expect(filterMembers(team, 'ana corp').map((member) => member.name)).toEqual(['Anaïs Petit']);
    expect(filterMembers(team, '  ')).toHaveLength(3);
    expect(filterMembers(team, 'nobody')).toEqual([]);
  });
});
