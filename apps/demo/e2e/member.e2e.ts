import { describe, expect, test } from 'vitest';
import { pageErrors, setDemoSwitch, useDemo, waitForApp } from './support/demo';
import { ticketDetail } from './support/detail';
import { expectRange, formatCount, rowIds } from './support/list';
import { storedPeople, storedTickets } from './support/stored-data';

const demo = useDemo();

describe('a member', () => {
  test("sees only their own assistants' tickets, and another's ticket opened by URL is not found, as a missing one", async () => {
    const page = await demo.open();
    const tickets = await storedTickets(page);
    const { teamMembers } = await storedPeople(page);
    const taylor = teamMembers.find((person) => person.name === 'Taylor Quinn')!;
    const casey = teamMembers.find((person) => person.name === 'Casey Park')!;
    expect(taylor.role).toBe('member');

    await setDemoSwitch(page, 'Signed in as', 'Taylor Quinn (member)');
    const own = tickets.filter((ticket) => ticket.assistantOwnerId === taylor.id);
    expect(own.length).toBeGreaterThan(25);
    expect(own.length).toBeLessThan(tickets.length);
    await expectRange(page, `1–25 of ${formatCount(own.length)}`);
    const ownIds = new Set(own.map((ticket) => ticket.id));
    const shown = await rowIds(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(ownIds.has(id)).toBe(true);

    // Another member's ticket, by URL (a link pasted from a colleague): to this member it does not exist, and the
    // panel says it was not found or is not shared, never whose it is.
    const others = tickets.find((ticket) => ticket.assistantOwnerId === casey.id)!;
    await page.goto(`/tickets?ticket=${others.id}`);
    await waitForApp(page);
    await page.getByText('Ticket not found').waitFor();
    await page.getByText(/not shared with you/).waitFor();
    expect(await ticketDetail(page, others.id).getByRole('heading', { name: others.subject }).count()).toBe(0);

    // The panel is still there and usable: close the ticket and the list is back.
    await page.keyboard.press('Escape');
    await expectRange(page, `1–25 of ${formatCount(own.length)}`);
    await expect.poll(() => page.url()).not.toContain('ticket=');
    expect(pageErrors(page)).toEqual([]);
  });
});
