import { describe, expect, test } from 'vitest';
import { useDemo } from './support/demo';
import { columnTexts, expectFirstRow, expectRange, formatCount, listTotal, rowIds, ticketRows, ticketTable } from './support/list';
import { storedTickets } from './support/stored-data';

const demo = useDemo();
const STATUS_LABEL: Record<string, string> = { open: 'Open', in_progress: 'In progress', closed: 'Closed' };
const PRIORITY_RANK: Record<string, number> = { Low: 0, Normal: 1, High: 2, Urgent: 3 };

describe('the ticket list', () => {
  test('shows subject, user, waiting time, status, priority, assignee and last update of the newest tickets', async () => {
    const page = await demo.open();
    const headers = await ticketTable(page).getByRole('columnheader').allInnerTexts();
    expect(headers.map((text) => text.replace(/[^\w ]/g, '').trim())).toEqual(
      expect.arrayContaining(['Subject', 'User', 'Waiting', 'Status', 'Priority', 'Assignee', 'Last update']),
    );
    const tickets = await storedTickets(page);
    expect(tickets).toHaveLength(5000);
    await expectRange(page, '1–25 of 5,000');
    const newest = tickets[0]!;
    const firstRow = ticketRows(page).first();
    await expectFirstRow(page, newest.id);
    const text = await firstRow.innerText();
    for (const part of [newest.requesterName, newest.requesterEmail, STATUS_LABEL[newest.status]!, newest.subject]) {
      expect(text).toContain(part);
    }
    expect(text.toLowerCase()).toContain(newest.priority);
    // The ID, small, under the subject.
    expect(text).toContain(newest.id);
  });

  test('the status dropdown filters the list', async () => {
    const page = await demo.open();
    const tickets = await storedTickets(page);
    await page.getByRole('button', { name: 'Status: All' }).click();
    await page.getByRole('menuitemradio', { name: 'In progress' }).click();
    const expected = tickets.filter((ticket) => ticket.status === 'in_progress');
    await expectRange(page, `1–25 of ${formatCount(expected.length)}`);
    await expectFirstRow(page, expected[0]!.id);
    expect(new Set(await columnTexts(page, 'status'))).toEqual(new Set(['In progress']));
    await expect.poll(() => page.url()).toContain('status=in_progress');
  });

  test('the date range picker filters by created day', async () => {
    const page = await demo.open();
    const tickets = await storedTickets(page);
    // The whole previous month holds data whatever today is: pick its 10th to 20th.
    const today = new Date();
    const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
    const monthName = month.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    const year = month.getUTCFullYear();
    await page.getByRole('button', { name: /^Created: / }).click();
    const dialog = page.getByRole('dialog', { name: 'Created between' });
    await dialog.getByRole('button', { name: 'Previous month' }).click();
    await dialog.getByRole('button', { name: new RegExp(`${monthName} 10, ${year}`) }).click();
    await dialog.getByRole('button', { name: new RegExp(`${monthName} 20, ${year}`) }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const from = Date.UTC(year, month.getUTCMonth(), 10);
    const to = Date.UTC(year, month.getUTCMonth(), 21);
    const expected = tickets.filter((ticket) => Date.parse(ticket.createdAt) >= from && Date.parse(ticket.createdAt) < to);
    expect(expected.length).toBeGreaterThan(25);
    await expectRange(page, `1–25 of ${formatCount(expected.length)}`);
    await expectFirstRow(page, expected[0]!.id);
    const ids = new Set(expected.map((ticket) => ticket.id));
    for (const id of await rowIds(page)) expect(ids.has(id)).toBe(true);
  });

  test('search finds by keyword, by ticket ID and by user email', async () => {
    const page = await demo.open();
    const tickets = await storedTickets(page);
    const search = page.getByRole('searchbox', { name: 'Search tickets' });

    // A ticket ID: that one ticket.
    const target = tickets[1234]!;
    await search.fill(target.id);
    await expectRange(page, '1–1 of 1');
    expect(await rowIds(page)).toEqual([target.id]);

    // A user's email: that user's tickets, and nobody else's.
    await search.fill(target.requesterEmail);
    const byEmail = tickets.filter((ticket) => ticket.requesterEmail === target.requesterEmail);
    await expectRange(page, `1–${byEmail.length} of ${byEmail.length}`);
    expect(new Set(await rowIds(page))).toEqual(new Set(byEmail.map((ticket) => ticket.id)));

    // A keyword: at least every ticket whose description has it (conversations are searched too), far fewer than all.
    await search.fill('refund');
    const bySubject = tickets.filter((ticket) => /\brefund/i.test(ticket.subject)).length;
    await expect.poll(() => listTotal(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(bySubject);
    const total = await listTotal(page);
    expect(total).toBeLessThan(5000);
    expect(total).toBeGreaterThan(0);
    await expect(ticketRows(page).first().locator('mark').first().innerText()).resolves.toMatch(/refund/i);
    await expect.poll(() => page.url()).toContain('q=refund');
  });

  test('pages by next, by page number and by jump-to-page, and keeps the page across a reload', async () => {
    const page = await demo.open();
    const tickets = await storedTickets(page);
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expectRange(page, '1–25 of 5,000');

    await pages.getByRole('button', { name: 'Next page' }).click();
    await expectRange(page, '26–50 of 5,000');
    await expectFirstRow(page, tickets[25]!.id);

    await pages.getByRole('button', { name: 'Page 4', exact: true }).click();
    await expectRange(page, '76–100 of 5,000');
    await expectFirstRow(page, tickets[75]!.id);
    await expect(pages.getByRole('button', { name: /Page 4/ }).getAttribute('aria-current')).resolves.toBe('page');

    const jump = pages.getByRole('textbox', { name: 'Go to page' });
    await jump.fill('150');
    await jump.press('Enter');
    await expectRange(page, '3,726–3,750 of 5,000');
    await expectFirstRow(page, tickets[3725]!.id);

    // A page number out of range is refused where it was typed, and the list stays where it was.
    await jump.fill('999');
    await jump.press('Enter');
    await pages.getByText('Enter a page number from 1 to 200.').waitFor();
    await expectRange(page, '3,726–3,750 of 5,000');

    await page.reload();
    await expectRange(page, '3,726–3,750 of 5,000');
  });

  test('sorts by priority, both ways', async () => {
    const page = await demo.open();
    const header = ticketTable(page).getByRole('columnheader', { name: 'Priority' });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toMatch(/ascending|descending/);
    const firstDirection = await header.getAttribute('aria-sort');
    const ranks = async (): Promise<number[]> => (await columnTexts(page, 'priority')).map((text) => PRIORITY_RANK[text] ?? -1);
    const extreme = firstDirection === 'descending' ? 3 : 0;
    await expect.poll(async () => (await ranks())[0]).toBe(extreme);
    const firstRanks = await ranks();
    expect(firstRanks).toEqual([...firstRanks].sort((a, b) => (firstDirection === 'descending' ? b - a : a - b)));

    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).not.toBe(firstDirection);
    await expect.poll(async () => (await ranks())[0]).toBe(3 - extreme);
  });
});
