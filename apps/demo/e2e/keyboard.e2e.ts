import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useDemo } from './support/demo';
import { expectMessageCount, expectStatus, ticketDetail } from './support/detail';
import { expectRange } from './support/list';
import { storedTicketDetail, storedTickets } from './support/stored-data';

const demo = useDemo();

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Presses `key` until `target` has the focus; fails after `max` presses. */
async function pressUntilFocused(page: Page, key: string, target: Locator, max = 25): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  if (!(await isFocused(target))) throw new Error(`${key} × ${max} never reached ${target.toString()}`);
}

describe('keyboard alone', () => {
  test('find a ticket, open it, change its status, reply, and close it back to its row', async () => {
    const page = await demo.open();
    const ticket = (await storedTickets(page)).find((t) => t.status === 'open')!;
    const before = await storedTicketDetail(page, ticket.id);

    // The first Tab reaches the skip link, which jumps past the app's header and demo controls.
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Skip to content' }))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isFocused(page.locator('#main'))).toBe(true);

    // "/" jumps to the search box from anywhere.
    await page.keyboard.press('/');
    expect(await isFocused(page.getByRole('searchbox', { name: 'Search tickets' }))).toBe(true);
    await page.keyboard.type(ticket.id);
    await expectRange(page, '1–1 of 1');

    const row = page.locator(`tr[data-ticket-id="${ticket.id}"]`);
    await pressUntilFocused(page, 'Tab', row);
    await page.keyboard.press('Enter');
    const detail = ticketDetail(page, ticket.id);
    await detail.getByRole('heading', { level: 2, name: ticket.subject }).waitFor();

    const status = detail.getByRole('button', { name: 'Status Open' });
    await pressUntilFocused(page, 'Tab', status);
    await page.keyboard.press('Enter');
    await pressUntilFocused(page, 'ArrowDown', page.getByRole('menuitemradio', { name: 'In progress' }), 5);
    await page.keyboard.press('Enter');
    await expectStatus(page, ticket.id, 'In progress');

    const replyBox = detail.getByRole('textbox', { name: 'Reply to the user' });
    await pressUntilFocused(page, 'Tab', replyBox);
    await page.keyboard.type('Sorted out for you, thanks for your patience.');
    await page.keyboard.press('Control+Enter');
    await expectMessageCount(page, ticket.id, before.messages.length + 1);

    // Escape closes the ticket and gives the focus back to the row it was opened from.
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(row)).toBe(true);
    const after = await storedTicketDetail(page, ticket.id);
    expect(after.status).toBe('in_progress');
    expect(after.messages.at(-1)?.body).toBe('Sorted out for you, thanks for your patience.');
  });
});
