import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { defineTicketModel } from '@ticketkit/core';
import { createMemoryAdapter, generateTicketData, withFaults } from '@ticketkit/core/memory';
import { TicketsProvider } from '@ticketkit/react';
import { screen, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../messages/de';
import type { NotesPanelProps } from '../notes-panel/notes-panel';
import { detailPart } from './lazy-detail';
import { TicketsPanel } from './tickets-panel';

const data = generateTicketData({ tickets: 30, seed: 9, messagesPerTicket: { min: 1, max: 2 } });
const admin = data.teamMembers.find((member) => member.role === 'admin')!;
const viewer = { id: admin.id, name: admin.name, role: admin.role };

afterEach(() => window.history.replaceState(null, '', '/'));

describe('TicketsPanel', () => {
  it('embeds with only an adapter and a viewer, opens a ticket in a drawer and gives focus back to its row', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter({ data: structuredClone(data), viewer });
    const opened: string[] = [];
    render(<TicketsPanel adapter={adapter} viewer={viewer} timeZone="UTC" onTicketOpen={(ticket) => opened.push(ticket.id)} />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-ticket-id]').length).toBeGreaterThan(0));
    const row = document.querySelectorAll<HTMLElement>('tr[data-ticket-id]')[1]!;
    await user.click(row);
    const dialog = await screen.findByRole('dialog');
    const ticket = data.tickets.find((candidate) => candidate.id === row.dataset.ticketId)!;
    await waitFor(() => expect(dialog).toHaveAccessibleName(ticket.subject));
    expect(opened).toEqual([ticket.id]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(row).toHaveFocus());
  });

  it('gives its messages to every part, the status and priority badges of the rows too', async () => {
    const adapter = createMemoryAdapter({ data: structuredClone(data), viewer });
    render(<TicketsPanel adapter={adapter} viewer={viewer} locale="de-DE" timeZone="UTC" messages={de} />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-ticket-id]').length).toBeGreaterThan(0));
    const badges = [...document.querySelectorAll<HTMLElement>('tr[data-ticket-id] [data-slot="status-badge"]')];
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) expect(badge).toHaveTextContent(de.common.status[badge.dataset.status as 'open' | 'in_progress' | 'closed']!);
    expect(screen.getByRole('region', { name: 'Support-Tickets' })).toBeInTheDocument();
  });

  it('gives focus to the first row when the drawer closes after its row left the list', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter({ data: structuredClone(data), viewer });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={queryClient}>
        <TicketsPanel adapter={adapter} viewer={viewer} timeZone="UTC" listOptions={{ defaultQuery: { status: 'open' } }} />
      </QueryClientProvider>,
    );
    const rows = () => [...document.querySelectorAll<HTMLElement>('tr[data-ticket-id]')];
    await waitFor(() => expect(rows().length).toBeGreaterThan(2));
    const id = rows()[1]!.dataset.ticketId!;
    await user.click(rows()[1]!);
    const dialog = await screen.findByRole('dialog');
    // Closed elsewhere while the drawer is open: under the "open" filter its row leaves the list.
    await adapter.updateTicket(id, { status: 'closed' }, (await adapter.getTicket(id)).version);
    await queryClient.invalidateQueries();
    await waitFor(() => expect(document.querySelector(`tr[data-ticket-id="${id}"]`)).toBeNull());
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(rows()[0]).toHaveFocus());
  });

  it('fetches the conversation of a row the pointer rests on, before the click, and not of rows it only crosses', async () => {
    const user = userEvent.setup();
    const adapter = withFaults(createMemoryAdapter({ data: structuredClone(data), viewer }));
    render(<TicketsPanel adapter={adapter} viewer={viewer} timeZone="UTC" />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-ticket-id]').length).toBeGreaterThan(2));
    const [crossed, rested] = [...document.querySelectorAll<HTMLElement>('tr[data-ticket-id]')].slice(1, 3) as [HTMLElement, HTMLElement];
    const fetched = () => adapter.calls.filter((call) => call.method === 'listMessages').map((call) => call.args[0]);
    await user.hover(crossed);
    await user.hover(rested);
    await waitFor(() => expect(fetched()).toEqual([rested.dataset.ticketId]));
    // Opening it asks no more: the messages are still fresh.
    await user.click(rested);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.querySelector('[data-slot="conversation"]')).toHaveAttribute('data-state', 'ready'));
    expect(fetched()).toEqual([rested.dataset.ticketId]);
  });

  it('opens a ticket its backend answers at once complete, conversation and all; a slow one at once with its loading view', async () => {
    await detailPart.preload();
    const user = userEvent.setup();
    // What the drawer showed the first time it was on the page: read by a mutation observer, which runs after the
    // render that put it there (and any render that render started), before anything later.
    const firstSight = () => {
      let seen: string | null = null;
      const observer = new MutationObserver(() => {
        const drawer = document.querySelector('[data-slot="tickets-panel-drawer"]');
        if (!drawer || seen !== null) return;
        seen = drawer.querySelector('[data-slot="conversation"]')?.getAttribute('data-state') ?? 'no conversation';
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true });
      return () => seen;
    };
    const at = (delay: number) => withFaults(createMemoryAdapter({ data: structuredClone(data), viewer }), delay > 0 ? { latency: delay } : {});

    const local = render(<TicketsPanel adapter={at(0)} viewer={viewer} timeZone="UTC" />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-ticket-id]').length).toBeGreaterThan(1));
    let seen = firstSight();
    await user.click(document.querySelectorAll<HTMLElement>('tr[data-ticket-id]')[1]!);
    await screen.findByRole('dialog');
    expect(seen()).toBe('ready');
    local.unmount();

    const slow = at(300);
    render(<TicketsPanel adapter={slow} viewer={viewer} timeZone="UTC" />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-ticket-id]').length).toBeGreaterThan(1), { timeout: 3_000 });
    seen = firstSight();
    const clicked = performance.now();
    await user.click(document.querySelectorAll<HTMLElement>('tr[data-ticket-id]')[1]!);
    await screen.findByRole('dialog');
    // Open before the backend answered: the ticket's loading view, not a wait with nothing on screen.
    expect(performance.now() - clicked).toBeLessThan(300);
    expect(seen()).toBe('loading');
    await waitFor(() => expect(document.querySelector('[data-slot="conversation"]')).toHaveAttribute('data-state', 'ready'), { timeout: 3_000 });
  });

  it('keeps the open ticket in the URL with urlState, and opens it from the URL', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter({ data: structuredClone(data), viewer });
    window.history.replaceState(null, '', '/?tk_ticket=TK-1005');
    render(<TicketsPanel adapter={adapter} viewer={viewer} timeZone="UTC" urlState={{ prefix: 'tk_' }} layout="split" />);
    await waitFor(() => expect(document.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-ticket-id', 'TK-1005'));
    const row = await waitFor(() => document.querySelector<HTMLElement>('tr[data-ticket-id="TK-1010"]')!);
    await user.click(row);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('tk_ticket')).toBe('TK-1010'));
    await waitFor(() => expect(document.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-ticket-id', 'TK-1010'));
  });

  it('passes components and actions on to the open ticket; Escape in a field being edited cancels the edit, not the drawer', async () => {
    const user = userEvent.setup();
    const model = defineTicketModel({ fields: [{ id: 'note', label: 'Reference', type: 'text', editable: true }] });
    const modelData = generateTicketData({ tickets: 10, seed: 9, model });
    const adapter = createMemoryAdapter({ data: modelData, viewer, model });
    const HostNotes = (props: NotesPanelProps) => <p data-testid="host-notes">Notes of {props.ticketId}</p>;
    render(
      <TicketsProvider adapter={adapter} viewer={viewer} model={model} timeZone="UTC">
        <TicketsPanel components={{ Notes: HostNotes }} actions={({ ticket }) => <button type="button">Escalate {ticket.id}</button>} />
      </TicketsProvider>,
    );
    await waitFor(() => expect(document.querySelectorAll('tr[data-ticket-id]').length).toBeGreaterThan(0));
    const row = document.querySelector<HTMLElement>('tr[data-ticket-id]')!;
    const id = row.dataset.ticketId!;
    await user.click(row);
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByTestId('host-notes')).toHaveTextContent(`Notes of ${id}`);
    expect(within(dialog).getByRole('button', { name: `Escalate ${id}` })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /^Edit Reference/ }));
    expect(within(dialog).getByRole('textbox', { name: 'Reference' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(dialog).queryByRole('textbox', { name: 'Reference' })).toBeNull());
    expect(screen.getByRole('dialog')).toBe(dialog);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
