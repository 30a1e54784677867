import { createMemoryAdapter, generateTicketData } from '@ticketkit/core/memory';
import { screen, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TicketsPanel } from './tickets-panel';

// The detail's chunk: its download fails while `missing` (as when a deploy removed it).
const chunk = vi.hoisted(() => ({ missing: true, downloads: 0 }));
vi.mock('./panel-detail', async (importOriginal) => {
  chunk.downloads += 1;
  if (chunk.missing) throw new TypeError('Failed to fetch dynamically imported module: panel-detail.js');
  return importOriginal();
});

const data = generateTicketData({ tickets: 30, seed: 9, messagesPerTicket: { min: 1, max: 2 } });
const admin = data.teamMembers.find((member) => member.role === 'admin')!;
const viewer = { id: admin.id, name: admin.name, role: admin.role };

describe('TicketsPanel, the lazily loaded detail', () => {
  it('says so with a retry when the detail could not be downloaded, keeps the drawer named, and loads it on retry', async () => {
    const user = userEvent.setup();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const adapter = createMemoryAdapter({ data: structuredClone(data), viewer });
    render(<TicketsPanel adapter={adapter} viewer={viewer} timeZone="UTC" />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-ticket-id]').length).toBeGreaterThan(0));
    const row = document.querySelectorAll<HTMLElement>('tr[data-ticket-id]')[0]!;
    await user.click(row);
    const dialog = await screen.findByRole('dialog');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The ticket view could not be downloaded');
    // Named after the ticket even though its subject (a heading of the detail) is not there.
    expect(dialog).toHaveAccessibleName(`Ticket ${row.dataset.ticketId}`);

    // The idle prefetch failed silently; opening the ticket asked again.
    expect(chunk.downloads).toBe(2);

    chunk.missing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    // The retry button goes away with the alert: focus stays in the drawer, on its close button.
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    const ticket = data.tickets.find((candidate) => candidate.id === row.dataset.ticketId)!;
    await waitFor(() => expect(dialog).toHaveAccessibleName(ticket.subject));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(chunk.downloads).toBe(3);
    consoleError.mockRestore();
  });
});
