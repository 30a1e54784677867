import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { reloadWhenSaved, screenshot, setDemoSwitch, useDemo, waitForApp } from './support/demo';
import { expectRange, formatCount, rowIds, ticketRows } from './support/list';
import { storedPeople, storedTickets, type StoredTicket } from './support/stored-data';
import { expectStatus, ticketDetail } from './support/detail';

const demo = useDemo();
const UNSOLVED = new Set(['open', 'in_progress']);

/** A quick view's button ("Mine 4"). */
function quickView(page: Page, name: string) {
  return page.getByRole('group', { name: 'Quick views' }).getByRole('button', { name: new RegExp(`^${name} [\\d,]+$`) });
}

/** The count a quick view shows, once it has one. */
async function quickViewCount(page: Page, name: string): Promise<number> {
  const text = await quickView(page, name).locator('[data-slot="ticket-filters-quick-view-count"]').innerText();
  return Number(text.replace(/,/g, ''));
}

/** Waiting longest first: the oldest `waitingSince` first, tickets nobody waits on last. */
function byWaiting(a: StoredTicket, b: StoredTicket): number {
  if (a.waitingSince === null || b.waitingSince === null) return (a.waitingSince === null ? 1 : 0) - (b.waitingSince === null ? 1 : 0);
  return a.waitingSince.localeCompare(b.waitingSince);
}

/** Changes a ticket as another team member would, through their own view of the demo's store. */
function writeAsColleague(page: Page, ticketId: string, patch: { priority?: string; status?: string }): Promise<number> {
  return page.evaluate(
    async ({ id, change }) => {
      const hooks = window.__ticketkitDemo!;
      const colleague = hooks.teamMembers.find((member) => member.role === 'admin' && member.id !== hooks.teamMembers[0]!.id) ?? hooks.teamMembers[1]!;
      const other = hooks.memory.withViewer({ id: colleague.id, name: colleague.name, role: 'admin' });
      const ticket = await other.getTicket(id);
      const written = await other.updateTicket(id, change, ticket.version);
      return written.version;
    },
    { id: ticketId, change: patch },
  );
}

function storedTicketNow(page: Page, ticketId: string): Promise<{ status: string; priority: string; version: number }> {
  return page.evaluate(async (id) => {
    const ticket = await window.__ticketkitDemo!.memory.getTicket(id);
    return { status: ticket.status, priority: ticket.priority, version: ticket.version };
  }, ticketId);
}

describe('the queue', () => {
  test('sorts by waiting time, longest first, with the wait shown in each row', async () => {
    const page = await demo.open();
    const tickets = await storedTickets(page);
    await page.getByRole('button', { name: /^Sort: / }).click();
    await page.getByRole('menuitemradio', { name: 'Waiting longest' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('waitingSince');
    const expected = [...tickets].sort(byWaiting);
    await expect.poll(async () => (await rowIds(page))[0], { timeout: 10_000 }).toBe(expected[0]!.id);
    const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    const waits = (await rowIds(page)).map((id) => byId.get(id)!.waitingSince);
    expect(waits.every((wait) => wait !== null)).toBe(true);
    expect(waits).toEqual([...waits].sort());
    expect(waits).toEqual(expected.slice(0, 25).map((ticket) => ticket.waitingSince));
    await expect.poll(() => ticketRows(page).first().locator('[data-column="waiting"]').innerText()).toMatch(/waiting \d+ (min|hr|days?)$/);
  });

  test('Unsolved, Mine and Unassigned show the counts of the data, and pick their tickets', async () => {
    const page = await demo.open();
    const tickets = await storedTickets(page);
    const { teamMembers } = await storedPeople(page);
    const me = teamMembers.find((member) => member.role === 'admin')!;
    const unsolved = tickets.filter((ticket) => UNSOLVED.has(ticket.status));
    const expected = {
      Unsolved: unsolved.length,
      Mine: unsolved.filter((ticket) => ticket.assigneeId === me.id).length,
      Unassigned: unsolved.filter((ticket) => ticket.assigneeId === null).length,
    };
    expect(expected.Mine).toBeGreaterThan(0);
    expect(expected.Unassigned).toBeGreaterThan(0);
    for (const [name, count] of Object.entries(expected)) {
      await expect.poll(() => quickViewCount(page, name).catch(() => -1), { timeout: 10_000 }).toBe(count);
    }
    for (const [name, count] of Object.entries(expected)) {
      const button = quickView(page, name);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      await expectRange(page, `1–25 of ${formatCount(count)}`);
    }
    expect(new URL(page.url()).searchParams.get('assignee')).toBe('unassigned');

    // The status menu counts each status under the other filters (here: unassigned).
    await page.getByRole('button', { name: 'Status: Unsolved', exact: true }).click();
    const openItem = page.getByRole('menuitemradio', { name: /^Open/ });
    const unassignedOpen = tickets.filter((ticket) => ticket.status === 'open' && ticket.assigneeId === null).length;
    await expect.poll(() => openItem.locator('[data-slot="ticket-filters-status-count"]').innerText()).toBe(formatCount(unassignedOpen));
    expect(await axeViolations(page, '[role="menu"]')).toEqual([]);
    await page.keyboard.press('Escape');
  });

  test('a search that matches only inside a conversation shows the snippet with the words marked', async () => {
    const page = await demo.open();
    const word = await page.evaluate(async () => {
      const memory = window.__ticketkitDemo!.memory;
      const { tickets } = await memory.listTickets({ status: 'all', fields: {}, createdFrom: null, createdTo: null, search: '', sort: 'createdAt', direction: 'desc', page: 1, pageSize: 100, assignee: null, priorities: [], requester: null, assistant: null, topic: null, handoffTopic: null });
      const visible = tickets.map((t) => `${t.subject} ${t.id} ${t.requester.name} ${t.requester.email}`.toLowerCase()).join(' ');
      for (const ticket of tickets) {
        const messages = await memory.listMessages(ticket.id);
        for (const message of messages) {
          const found = message.body.toLowerCase().match(/[a-z]{7,}/g)?.find((candidate) => !visible.includes(candidate));
          if (found) return found;
        }
      }
      return null;
    });
    expect(word).not.toBeNull();
    await page.getByRole('searchbox', { name: 'Search tickets' }).fill(word!);
    const mark = ticketRows(page).locator('[data-slot="ticket-list-snippet"] mark').first();
    await mark.waitFor({ timeout: 10_000 });
    expect((await mark.innerText()).toLowerCase()).toBe(word);
    // Text, never markup: the snippet holds only text and marks.
    const markup = await ticketRows(page).locator('[data-slot="ticket-list-snippet"]').first().evaluate((node) => [...node.querySelectorAll('*')].map((el) => el.tagName));
    expect(markup.every((tag) => tag === 'MARK' || tag === 'SPAN')).toBe(true);
  });

  test('closes 30 tickets at once; the one a colleague changed meanwhile is reported and left as it was', async () => {
    const page = await demo.open();
    await page.getByRole('button', { name: 'Status: All' }).click();
    await page.getByRole('menuitemradio', { name: 'Open' }).click();
    await page.getByLabel('Per page').selectOption('50');
    await expect.poll(() => ticketRows(page).count()).toBe(50);
    const ids = (await rowIds(page)).slice(0, 30);
    await ticketRows(page).nth(0).getByRole('checkbox').click();
    await ticketRows(page).nth(29).getByRole('checkbox').click({ modifiers: ['Shift'] });
    const bar = page.getByRole('toolbar', { name: 'Bulk changes' });
    await bar.getByText('30 selected').waitFor();

    const conflicted = ids[7]!;
    const before = await storedTicketNow(page, conflicted);
    const newPriority = before.priority === 'low' ? 'high' : 'low';
    await writeAsColleague(page, conflicted, { priority: newPriority });

    await bar.getByRole('button', { name: 'Set status' }).click();
    await page.getByRole('menuitem', { name: 'Closed' }).click();
    const report = page.locator('[data-slot="tickets-panel-bulk-report"]');
    await report.waitFor({ timeout: 15_000 });
    expect(await report.innerText()).toContain('29 tickets changed.');
    expect(await report.innerText()).toContain('1 ticket was changed by someone else meanwhile and was left as it was:');
    expect(await report.locator('[data-outcome="conflicted"] li').allInnerTexts()).toEqual([`${conflicted}: Someone else changed this in the meantime.`]);

    const after = await storedTicketNow(page, conflicted);
    expect(after).toMatchObject({ status: before.status, priority: newPriority });
    for (const id of ids.filter((id) => id !== conflicted)) expect((await storedTicketNow(page, id)).status).toBe('closed');
    // The list follows: the closed ones left the Open filter, the conflicted one is still there.
    await expect.poll(async () => (await rowIds(page)).filter((id) => ids.includes(id))).toEqual([conflicted]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a saved view keeps filters, sort and columns and survives a reload', async () => {
    const page = await demo.open();
    await quickView(page, 'Unassigned').click();
    await page.getByRole('button', { name: 'Priority: Any' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Urgent' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Created' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('menuitem', { name: 'Save current view…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this view' });
    await dialog.getByLabel('Name').fill('Urgent, nobody on it');
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.goto('/tickets');
    await waitForApp(page);
    await page.reload();
    await waitForApp(page);
    expect(new URL(page.url()).searchParams.get('assignee')).toBeNull();
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('menuitem', { name: 'Urgent, nobody on it' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('assignee')).toBe('unassigned');
    expect(new URL(page.url()).searchParams.get('priority')).toBe('urgent');
    await page.getByRole('columnheader', { name: /Created/ }).waitFor();
  });

  test('the queue is worked by keyboard: j and k through rows and open tickets, x selects, ? lists the keys', async () => {
    const page = await demo.open();
    await ticketRows(page).first().waitFor();
    const ids = await rowIds(page);
    const focusedRow = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ticketId ?? null);
    await page.locator('#main').focus();
    await page.keyboard.press('j');
    expect(await focusedRow()).toBe(ids[0]);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await focusedRow()).toBe(ids[2]);
    await page.keyboard.press('k');
    expect(await focusedRow()).toBe(ids[1]);
    await page.keyboard.press('x');
    await page.getByRole('toolbar', { name: 'Bulk changes' }).getByText('1 selected').waitFor();
    await page.keyboard.press('x');
    await page.getByRole('toolbar', { name: 'Bulk changes' }).waitFor({ state: 'detached' });

    // Typing in a field is typing: j goes into the search box.
    await page.keyboard.press('/');
    await page.keyboard.type('j');
    expect(await page.getByRole('searchbox', { name: 'Search tickets' }).inputValue()).toBe('j');
    await page.keyboard.press('Escape');
    await page.locator('#main').focus();

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.innerText()).toContain('Next ticket');
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    // From outside the rows, j comes back to the row it was on; Enter opens it; j and k walk the open tickets.
    await page.keyboard.press('j');
    expect(await focusedRow()).toBe(ids[1]);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('ticket')).toBe(ids[1]);
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('j');
    await expect.poll(() => new URL(page.url()).searchParams.get('ticket')).toBe(ids[2]);
    await page.keyboard.press('j');
    await expect.poll(() => new URL(page.url()).searchParams.get('ticket')).toBe(ids[3]);
    await page.keyboard.press('k');
    await expect.poll(() => new URL(page.url()).searchParams.get('ticket')).toBe(ids[2]);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('ticket')).toBeNull();
  });

  test('r puts the open ticket\'s composer in reply mode with the caret in it; e closes the ticket', async () => {
    const page = await demo.open({ path: '/tickets?status=unsolved' });
    await ticketRows(page).first().waitFor();
    const [id] = await rowIds(page);
    await page.locator('#main').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    const detail = ticketDetail(page, id!);
    await detail.getByRole('heading', { level: 2 }).waitFor();
    await detail.getByRole('tab', { name: 'Internal note' }).click();

    await page.keyboard.press('r');
    const reply = detail.getByRole('textbox', { name: 'Reply to the user' });
    await expect.poll(() => reply.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await reply.inputValue()).toBe('');
    // In the text, e is a letter.
    await page.keyboard.type('e');
    expect(await reply.inputValue()).toBe('e');

    // The list of keys opens over the ticket and closes back to it: the drawer stays open, focus returns into it.
    await detail.getByRole('tab', { name: 'Reply' }).focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.innerText()).toContain('Close the open ticket');
    await page.keyboard.press('e');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await expect.poll(() => detail.evaluate((node) => node.contains(document.activeElement))).toBe(true);
    expect(new URL(page.url()).searchParams.get('ticket')).toBe(id);
    expect(await detail.getByRole('button', { name: 'Reopen ticket' }).count()).toBe(0);

    await detail.getByRole('tab', { name: 'Reply' }).focus();
    await page.keyboard.press('e');
    await detail.getByRole('button', { name: 'Reopen ticket' }).waitFor();
    await expectStatus(page, id!, 'Closed');
  });
});

// The screens an agent works in, light and dark: axe finds nothing, nothing scrolls sideways, a screenshot is kept.
describe.each(['light', 'dark'] as const)('the queue screens in %s', (colorScheme) => {
  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  test('the list at 1360×900 and 1440×900 side by side, with a snippet, the bulk bar and the menus', async () => {
    const page = await demo.open({ colorScheme });
    await ticketRows(page).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `queue-list-${colorScheme}`);

    await ticketRows(page).nth(0).getByRole('checkbox').click();
    await ticketRows(page).nth(3).getByRole('checkbox').click({ modifiers: ['Shift'] });
    await page.getByRole('toolbar', { name: 'Bulk changes' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `queue-bulk-${colorScheme}`);
    await page.getByRole('button', { name: 'Clear selection' }).click();

    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('menuitemradio', { name: 'Compact' }).click();
    await page.keyboard.press('Escape');
    await screenshot(page, `queue-compact-${colorScheme}`);

    await page.setViewportSize({ width: 1440, height: 900 });
    await setDemoSwitch(page, 'Ticket layout', 'Side by side');
    const first = (await rowIds(page))[0]!;
    await page.goto(`/tickets?ticket=${first}`);
    await waitForApp(page);
    await page.locator('[data-slot="tickets-panel-detail-pane"] h2').first().waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    // In the split pane every row shows its subject and priority, with nothing behind a sideways scroll.
    const list = page.locator('[data-slot="ticket-list"]');
    expect(await list.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);
    const row = ticketRows(page).first();
    for (const part of ['subject', 'priority']) {
      const box = await row.locator(`[data-column="${part}"]`).boundingBox();
      const pane = await list.boundingBox();
      expect(box && pane && box.x >= pane.x && box.x + box.width <= pane.x + pane.width + 1).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `queue-split-${colorScheme}`);
  });

  test('on a phone (360×780) the list is cards, the pages compact, and nothing overflows', async () => {
    const page = await demo.open({ colorScheme, viewport: { width: 360, height: 780 } });
    await ticketRows(page).first().waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await expectRange(page, /^1–25 of /);
    const nav = page.getByRole('navigation', { name: 'Pages' });
    expect(await nav.locator('[data-slot="pagination-position"]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('group', { name: 'Quick views' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('[data-slot="tickets-panel-queue"]')?.scrollIntoView());
    await screenshot(page, `queue-phone-${colorScheme}`);
    await nav.scrollIntoViewIfNeeded();
    expect(await noSidewaysScroll(page)).toBe(true);
    await screenshot(page, `queue-phone-pages-${colorScheme}`);

    const first = (await rowIds(page))[0]!;
    await ticketRows(page).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ticket')).toBe(first);
    const dialog = page.getByRole('dialog');
    await dialog.locator('h2').first().waitFor();
    const width = await dialog.evaluate((node) => ({ scroll: node.scrollWidth, box: node.clientWidth, right: node.getBoundingClientRect().right }));
    expect(width.scroll).toBeLessThanOrEqual(width.box);
    expect(width.right).toBeLessThanOrEqual(360);
    await screenshot(page, `queue-phone-ticket-${colorScheme}`);
    await reloadWhenSaved(page);
  });
});
