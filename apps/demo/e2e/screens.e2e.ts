import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, setDemoSwitch, useDemo, waitForApp } from './support/demo';
import { changeStatus, ticketDetail } from './support/detail';
import { expectRange, ticketRows } from './support/list';
import { storedPeople, storedTickets } from './support/stored-data';

const demo = useDemo();

// Every screen of the panel, in light and dark: axe must find nothing, and a screenshot is kept for review.
describe.each(['light', 'dark'] as const)('the tickets screens in %s', (colorScheme) => {
  test("the app's own pages, the reset dialog, the list, its status menu and date picker, and no matches pass axe", async () => {
    const page = await demo.open({ path: '/team', colorScheme });
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `app-team-${colorScheme}`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Assistants' }).click();
    await page.getByRole('heading', { level: 1, name: 'Assistants' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reset demo data…' }).click();
    await page.getByRole('dialog', { name: 'Reset the demo data?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `app-reset-dialog-${colorScheme}`);
    await page.keyboard.press('Escape');

    await nav.getByRole('link', { name: 'Tickets' }).click();
    await ticketRows(page).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `list-${colorScheme}`);

    await page.getByRole('button', { name: 'Status: All' }).click();
    await page.getByRole('menuitemradio', { name: 'Open' }).waitFor();
    expect(await axeViolations(page, '[role="menu"]')).toEqual([]);
    await screenshot(page, `status-menu-${colorScheme}`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^Created: / }).click();
    await page.getByRole('dialog', { name: 'Created between' }).waitFor();
    expect(await axeViolations(page, 'dialog[open], [role="dialog"]')).toEqual([]);
    await screenshot(page, `date-picker-${colorScheme}`);
    await page.keyboard.press('Escape');

    await page.getByRole('searchbox', { name: 'Search tickets' }).fill('zzzz-no-such-ticket');
    await expectRange(page, '0 tickets');
    await page.getByText('No ticket matches these filters').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `no-matches-${colorScheme}`);
  });

  test('on a phone (390×844) the list, its pagination and an open ticket fit the width and pass axe', async () => {
    const page = await demo.open({ colorScheme, viewport: { width: 390, height: 844 } });
    const pageWidth = () => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    await ticketRows(page).first().waitFor();
    const nav = page.getByRole('navigation', { name: 'Pages' });
    await nav.scrollIntoViewIfNeeded();
    const list = await pageWidth();
    expect(list.scroll).toBeLessThanOrEqual(list.view);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `phone-list-${colorScheme}`);

    const tickets = await storedTickets(page);
    const ticket = tickets.find((t) => t.status === 'open')!;
    await page.goto(`/tickets?ticket=${ticket.id}`);
    await waitForApp(page);
    const detail = ticketDetail(page, ticket.id);
    await detail.getByRole('heading', { level: 2, name: ticket.subject }).waitFor();
    const dialogWidth = await page.getByRole('dialog').evaluate((dialog) => ({ scroll: dialog.scrollWidth, box: dialog.clientWidth, right: dialog.getBoundingClientRect().right }));
    expect(dialogWidth.scroll).toBeLessThanOrEqual(dialogWidth.box);
    expect(dialogWidth.right).toBeLessThanOrEqual(390);
    expect(await axeViolations(page, 'dialog[open], [role="dialog"]')).toEqual([]);
    await screenshot(page, `phone-ticket-${colorScheme}`);
  });

  test('an open ticket in the drawer and side by side, its menus, a failed change and a ticket out of scope pass axe', async () => {
    const page = await demo.open({ colorScheme });
    const tickets = await storedTickets(page);
    const ticket = tickets.find((t) => t.status === 'open')!;
    const detail = ticketDetail(page, ticket.id);

    await page.goto(`/tickets?ticket=${ticket.id}`);
    await waitForApp(page);
    await detail.getByRole('heading', { level: 2, name: ticket.subject }).waitFor();
    await detail.getByRole('list', { name: /^Conversation/ }).waitFor();
    expect(await axeViolations(page, 'dialog[open], [role="dialog"]')).toEqual([]);
    await screenshot(page, `ticket-drawer-${colorScheme}`);

    await detail.getByRole('button', { name: /^Assignee / }).click();
    await page.getByRole('dialog', { name: 'Assignee' }).getByRole('listbox').waitFor();
    expect(await axeViolations(page, 'dialog[open], [role="dialog"]')).toEqual([]);
    await screenshot(page, `assignee-picker-${colorScheme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Assignee' }).waitFor({ state: 'detached' });
    // The menu used that Escape: the drawer around it stays open until the next one.
    expect(await detail.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });

    // Side by side: no modal layer, so the whole page is checked.
    await setDemoSwitch(page, 'Ticket layout', 'Side by side');
    await setDemoSwitch(page, 'Failures', 'Every change fails');
    await ticketRows(page).filter({ hasText: ticket.id }).first().waitFor();
    await page.goto(`/tickets?ticket=${ticket.id}`);
    await waitForApp(page);
    await detail.getByRole('list', { name: /^Conversation/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `ticket-split-${colorScheme}`);

    await changeStatus(page, ticket.id, 'Open', 'Closed');
    await detail.getByText(/^The change was not saved\./).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `status-change-failed-${colorScheme}`);

    // A member opening someone else's ticket.
    const { teamMembers } = await storedPeople(page);
    const casey = teamMembers.find((person) => person.name === 'Casey Park')!;
    const others = tickets.find((t) => t.assistantOwnerId === casey.id)!;
    await setDemoSwitch(page, 'Signed in as', 'Taylor Quinn (member)');
    await page.goto(`/tickets?ticket=${others.id}`);
    await waitForApp(page);
    await page.getByText('Ticket not found').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `out-of-scope-ticket-${colorScheme}`);
  });
});
