import { createMemoryAdapter, generateTicketData } from '@ticketkit/core/memory';
import { screen, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { TicketsPanel } from './tickets-panel';

// A file of its own: the detail's chunk must never have loaded in this module graph. It fails while `missing`.
const chunk = vi.hoisted(() => ({ missing: true }));
vi.mock('./panel-detail', async (importOriginal) => {
  if (chunk.missing) throw new TypeError('Failed to fetch dynamically imported module: panel-detail.js');
  return importOriginal();
});

it('beside the list, a retried detail download keeps focus on the detail pane, not the page', async () => {
  const user = userEvent.setup();
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const data = generateTicketData({ tickets: 12, seed: 4, messagesPerTicket: { min: 1, max: 2 } });
  const admin = data.teamMembers.find((member) => member.role === 'admin')!;
  const viewer = { id: admin.id, name: admin.name, role: admin.role };
  render(<TicketsPanel adapter={createMemoryAdapter({ data, viewer })} viewer={viewer} timeZone="UTC" layout="split" />);
  await waitFor(() => expect(document.querySelectorAll('tr[data-ticket-id]').length).toBeGreaterThan(0));
  await user.click(document.querySelectorAll<HTMLElement>('tr[data-ticket-id]')[1]!);
  const alert = await screen.findByRole('alert');

  chunk.missing = false;
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  const pane = document.querySelector<HTMLElement>('[data-slot="tickets-panel-detail-pane"]')!;
  expect(pane).toHaveFocus();
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  expect(pane).toContainElement(document.activeElement as HTMLElement);
  consoleError.mockRestore();
});
