import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, setDemoSwitch, useDemo, waitForApp } from './support/demo';
import { ticketDetail } from './support/detail';
import { expectRange, ticketRows } from './support/list';
import { storedPeople, storedTicketDetail, storedTickets, type StoredTicket } from './support/stored-data';

const demo = useDemo();

/** The newest open ticket with three messages, as the check asks. */
async function threeMessageTicket(page: Page): Promise<StoredTicket> {
  for (const ticket of (await storedTickets(page)).slice(0, 200)) {
    if (ticket.status === 'open' && (await storedTicketDetail(page, ticket.id)).messages.length === 3) return ticket;
  }
  throw new Error('No open three-message ticket among the newest 200');
}

/** Where the open ticket's timeline (its scrolling area) and its reply box are on screen, in CSS pixels. */
function fit(page: Page, ticketId: string) {
  const detail = ticketDetail(page, ticketId);
  return Promise.all([
    detail.locator('[data-slot="conversation-viewport"]').boundingBox(),
    detail.getByRole('textbox', { name: 'Reply to the user' }).boundingBox(),
    page.evaluate(() => ({ height: window.innerHeight, scrollY: window.scrollY, sideways: document.documentElement.scrollWidth > window.innerWidth })),
  ]).then(([timeline, composer, view]) => ({ timeline: timeline!, composer: composer!, view }));
}

// The open ticket's timeline takes most of the drawer and of the split pane; the composer stays in view under it.
describe.each(['light', 'dark'] as const)('the open ticket fits its screen (%s)', (colorScheme) => {
  test('at 1440×900 the timeline fills the drawer and the split pane, the composer in view; at 1280×800 too', async () => {
    const page = await demo.open({ colorScheme, viewport: { width: 1440, height: 900 } });
    const ticket = await threeMessageTicket(page);
    const ready = () => ticketDetail(page, ticket.id).locator('[data-slot="conversation"][data-state="ready"]').waitFor();

    await page.goto(`/tickets?ticket=${ticket.id}`);
    await waitForApp(page);
    await ready();
    let at = await fit(page, ticket.id);
    // Drawer: 522 px before the compact header and the one-line idle composer, 603 px now.
    expect(at.timeline.height).toBeGreaterThanOrEqual(0.6 * at.view.height);
    expect(at.composer.y + at.composer.height).toBeLessThanOrEqual(at.view.height);
    await screenshot(page, `fit-drawer-1440-${colorScheme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await setDemoSwitch(page, 'Ticket layout', 'Side by side');
    await page.goto(`/tickets?ticket=${ticket.id}`);
    await waitForApp(page);
    await ready();
    at = await fit(page, ticket.id);
    // Side by side, page not scrolled: the pane starts under the host's header (218 px here) and ends at the window's
    // bottom; the timeline takes well over half of it (138 px, 15 % of the window, before; 375 px, 42 %, now).
    expect(at.view.scrollY).toBe(0);
    const pane = (await page.locator('[data-slot="tickets-panel-detail-pane"]').boundingBox())!;
    expect(pane.y + pane.height).toBeLessThanOrEqual(at.view.height + 1);
    expect(at.timeline.height).toBeGreaterThanOrEqual(0.5 * pane.height);
    expect(at.timeline.height).toBeGreaterThanOrEqual(0.4 * at.view.height);
    expect(at.composer.y + at.composer.height).toBeLessThanOrEqual(at.view.height);
    expect(at.view.sideways).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `fit-split-1440-${colorScheme}`);

    // The composer opens up once it is used, and the timeline still has the larger part.
    await ticketDetail(page, ticket.id).getByRole('textbox', { name: 'Reply to the user' }).click();
    await ticketDetail(page, ticket.id).getByRole('button', { name: 'Send reply' }).waitFor();
    at = await fit(page, ticket.id);
    expect(at.composer.y + at.composer.height).toBeLessThanOrEqual(at.view.height);
    expect(at.timeline.height).toBeGreaterThanOrEqual(0.3 * at.view.height);
    // Leaving it empty folds it again (Escape would close the ticket).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await ticketDetail(page, ticket.id).getByRole('button', { name: 'Send reply' }).waitFor({ state: 'hidden' });

    // Once the page scrolls, the pane sticks to the top with the window's whole height: the timeline gets most of it.
    await page.evaluate(() => window.scrollTo(0, 400));
    await expect.poll(async () => (await fit(page, ticket.id)).timeline.height).toBeGreaterThanOrEqual(0.6 * 900);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    // The pane is measured again on the next frame after a scroll or a resize.
    await expect.poll(async () => (await fit(page, ticket.id)).composer.y + (await fit(page, ticket.id)).composer.height).toBeLessThanOrEqual(800);
    at = await fit(page, ticket.id);
    expect(at.view.scrollY).toBe(0);
    // 128 px (the timeline's floor, the pane scrolled) before; 275 px now.
    expect(at.timeline.height).toBeGreaterThanOrEqual(0.3 * at.view.height);
    expect(at.composer.y + at.composer.height).toBeLessThanOrEqual(at.view.height);
    await screenshot(page, `fit-split-1280-${colorScheme}`);
  });
});

// On a phone the first screen shows tickets: quick views one row, the filters behind one button, the toolbar one row.
describe.each(['light', 'dark'] as const)('the queue fits a phone (%s)', (colorScheme) => {
  test('at 390×844 the third card starts on the first screen; at 360×740 the opened filters do not overflow', async () => {
    const page = await demo.open({ colorScheme, viewport: { width: 390, height: 844 } });
    await ticketRows(page).nth(2).waitFor();
    // 1,252 px before; 704 px now.
    const third = (await ticketRows(page).nth(2).boundingBox())!;
    expect(third.y).toBeLessThan(844 - 100);
    const bar = page.getByRole('group', { name: 'Filter tickets' });
    expect(await bar.getByRole('button', { name: 'Status: All', exact: true }).isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `fit-phone-390-${colorScheme}`);

    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/tickets?status=open&priority=high');
    await waitForApp(page);
    await ticketRows(page).nth(2).waitFor();
    expect((await ticketRows(page).nth(2).boundingBox())!.y).toBeLessThan(740);
    // The button counts the filters on; it shows them, and they fit the width.
    const filters = bar.getByRole('button', { name: 'Filters 2' });
    expect(await filters.getAttribute('aria-expanded')).toBe('false');
    await filters.click();
    expect(await filters.getAttribute('aria-expanded')).toBe('true');
    await bar.getByRole('button', { name: 'Status: Open', exact: true }).waitFor();
    await page.getByRole('group', { name: 'Active filters' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `fit-phone-360-filters-${colorScheme}`);
    // Keyboard: the button closes them again.
    await filters.focus();
    await page.keyboard.press('Enter');
    expect(await filters.getAttribute('aria-expanded')).toBe('false');
    expect(await bar.getByRole('button', { name: 'Status: Open', exact: true }).isVisible()).toBe(false);
  });
});

describe('the host’s controls and the insight filters', () => {
  test("Export CSV sits in the panel's toolbar, and the assistant chip names the assistant", async () => {
    const page = await demo.open();
    await ticketRows(page).first().waitFor();
    await page.locator('[data-slot="tickets-panel-toolbar"]').getByRole('button', { name: 'Export CSV' }).waitFor();

    const { assistants } = await storedPeople(page);
    const assistant = assistants[0]!;
    await page.goto(`/tickets?assistant=${assistant.id}`);
    await waitForApp(page);
    await expectRange(page, /of/);
    const chip = page.getByRole('group', { name: 'Active filters' }).getByRole('listitem');
    await expect.poll(() => chip.first().textContent()).toContain(`Assistant: ${assistant.name}`);
  });
});
