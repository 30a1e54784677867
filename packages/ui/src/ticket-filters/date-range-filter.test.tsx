import { DEFAULT_SEED_NOW } from '@ticketkit/core/memory';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithTickets } from '../test/render';
import { TicketFilters } from './ticket-filters';

// The calendar's chunk, at the network edge: the first download fails (offline, or a deploy removed it).
const download = vi.hoisted(() => ({ fail: true }));
vi.mock('./date-range-calendar', async (importOriginal) => {
  if (download.fail) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

afterEach(() => vi.restoreAllMocks());

describe('DateRangeFilter, calendar download', () => {
  it('says the calendar could not load; its retry leaves focus on the first preset, not on the page behind', async () => {
    // React reports the caught load error on the console; the alert is what this test is about.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderWithTickets(<TicketFilters now={() => DEFAULT_SEED_NOW} />);
    await user.click(screen.getByRole('button', { name: /Created: Any date/ }));
    const dialog = await screen.findByRole('dialog');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The calendar could not be downloaded');
    download.fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    // The retry button goes away with the alert: focus must not fall out of the dialog onto the page.
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveAttribute('data-preset');
    expect(await within(dialog).findByRole('grid')).toBeInTheDocument();
  });
});
