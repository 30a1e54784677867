import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { reloadWhenSaved, screenshot, setDemoSwitch, useDemo } from './support/demo';
import { addNote, changeStatus, expectMessageCount, expectStatus, openTicketFromList, ticketDetail } from './support/detail';
import { expectFirstRow, expectRange, rowIds } from './support/list';
import { storedTicketDetail, storedTickets } from './support/stored-data';

const demo = useDemo();

describe('when the backend is slow or failing', () => {
  test('a status change rolls back with a visible message; a reply and a note that failed keep their text', async () => {
    const page = await demo.open();
    const ticket = (await storedTickets(page)).find((t) => t.status === 'open')!;
    const before = await storedTicketDetail(page, ticket.id);
    await setDemoSwitch(page, 'Failures', 'Every change fails');
    await openTicketFromList(page, ticket.id);
    const detail = ticketDetail(page, ticket.id);

    await changeStatus(page, ticket.id, 'Open', 'Closed');
    await detail.getByText(/^The change was not saved\./).waitFor();
    await expectStatus(page, ticket.id, 'Open');

    const reply = 'We are looking into it right now.';
    const replyBox = detail.getByRole('textbox', { name: 'Reply to the user' });
    await replyBox.fill(reply);
    await detail.getByRole('button', { name: 'Send reply' }).click();
    await detail.getByText(/^The reply was not sent; your text is kept\./).waitFor();
    await expect(replyBox.inputValue()).resolves.toBe(reply);
    await expectMessageCount(page, ticket.id, before.messages.length);

    const note = 'Customer called twice.';
    await addNote(page, ticket.id, note);
    const noteBox = detail.getByRole('textbox', { name: 'Internal note for the team' });
    await detail.getByText(/^The note was not added; your text is kept\./).waitFor();
    await expect(noteBox.inputValue()).resolves.toBe(note);
    await detail.getByRole('tab', { name: 'Reply' }).click();
    expect(await axeViolations(page, 'dialog[open], [role="dialog"]')).toEqual([]);
    await screenshot(page, 'reply-and-note-failed-light');

    // Nothing reached the backend, and the unsent text is still a draft after a reload.
    expect(await storedTicketDetail(page, ticket.id)).toEqual(before);
    await reloadWhenSaved(page);
    await expectStatus(page, ticket.id, 'Open');
    await expect(ticketDetail(page, ticket.id).getByRole('textbox', { name: 'Reply to the user' }).inputValue()).resolves.toBe(reply);
  });

  test('on a slow backend the list shows it is loading and keeps the previous page on screen until the next arrives', async () => {
    const page = await demo.open();
    const tickets = await storedTickets(page);
    await setDemoSwitch(page, 'Latency', '1 s');
    // A page far away (the next one is prefetched, so it would come at once).
    const jump = page.getByRole('navigation', { name: 'Pages' }).getByRole('textbox', { name: 'Go to page' });
    await jump.fill('40');
    await jump.press('Enter');
    const list = page.locator('[data-slot="ticket-list"]');
    await expect.poll(() => list.getAttribute('data-state'), { timeout: 5000, interval: 20 }).toBe('fetching');
    expect((await rowIds(page))[0]).toBe(tickets[0]!.id);
    await expectRange(page, '976–1,000 of 5,000');
    await expectFirstRow(page, tickets[975]!.id);
  });

  test('with every call failing, the list says so and offers a retry that works once the backend is back', async () => {
    const page = await demo.open();
    await setDemoSwitch(page, 'Failures', 'Every call fails');
    await page.reload();
    await page.getByText('The tickets could not be loaded').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'list-error-light');
    await setDemoSwitch(page, 'Failures', 'None');
    await page.getByRole('button', { name: /retry|try again/i }).first().click();
    await page.getByRole('navigation', { name: 'Pages' }).getByText('1–25 of 5,000').waitFor();
  });
});
