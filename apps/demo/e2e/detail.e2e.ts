import { describe, expect, test } from 'vitest';
import { pageErrors, reloadWhenSaved, useDemo } from './support/demo';
import {
  changeStatus,
  conversationHas,
  conversationItems,
  expectMessageCount,
  expectStatus,
  addNote,
  openTicketFromList,
  ticketDetail,
} from './support/detail';
import { storedTicketDetail, storedTickets } from './support/stored-data';

const demo = useDemo();

describe('working a ticket', () => {
  test('opening a ticket shows its whole conversation, oldest first', async () => {
    const page = await demo.open();
    const ticket = (await storedTickets(page))[42]!;
    const stored = await storedTicketDetail(page, ticket.id);
    await openTicketFromList(page, ticket.id);
    await ticketDetail(page, ticket.id).getByRole('heading', { level: 2, name: ticket.subject }).waitFor();
    await expectMessageCount(page, ticket.id, stored.messages.length);
    const shown = await conversationItems(page, ticket.id).allInnerTexts();
    stored.messages.forEach((message, index) => expect(shown[index]).toContain(message.body));
    await expect.poll(() => page.url()).toContain(`ticket=${ticket.id}`);
  });

  test('Back closes an open ticket; after closing it with the close button, Back does not open it again', async () => {
    const page = await demo.open();
    const [first, second] = await storedTickets(page);
    const drawer = page.getByRole('dialog');
    await openTicketFromList(page, first!.id);
    await page.goBack();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => page.url()).not.toContain('ticket=');

    await page.getByRole('searchbox', { name: 'Search tickets' }).fill('');
    await openTicketFromList(page, second!.id);
    await drawer.getByRole('button', { name: 'Close', exact: true }).click();
    await drawer.waitFor({ state: 'hidden' });
    expect(page.url()).not.toContain('ticket=');
    await page.goBack(); // to the list the ticket was opened from, not to the open ticket
    await page.waitForTimeout(300); // a reopening drawer would be on its way by now
    expect(page.url()).not.toContain('ticket=');
    await expect(drawer.count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  test('a status change, an assignment, an internal note and a reply all persist across a reload', async () => {
    const page = await demo.open();
    const ticket = (await storedTickets(page)).find((t) => t.status === 'open')!;
    const before = await storedTicketDetail(page, ticket.id);
    const assignee = before.assigneeName === 'Sam Rivera' ? 'Casey Park' : 'Sam Rivera';
    const note = `Checked the logs for ${ticket.id}: internal only.`;
    const reply = `Thanks for waiting. We have fixed ${ticket.id} for you.`;
    await openTicketFromList(page, ticket.id);
    const detail = ticketDetail(page, ticket.id);

    await changeStatus(page, ticket.id, 'Open', 'In progress');
    await expectStatus(page, ticket.id, 'In progress');

    await detail.getByRole('button', { name: /^Assignee / }).click();
    const picker = page.getByRole('dialog', { name: 'Assignee' });
    await picker.getByRole('combobox', { name: 'Find a team member' }).fill(assignee.split(' ')[0]!);
    await picker.getByRole('option', { name: assignee }).click();
    await detail.getByRole('button', { name: `Assignee ${assignee}` }).waitFor();

    await addNote(page, ticket.id, note);
    await detail.locator('[data-kind="note"]').getByText(note).waitFor();
    await detail.getByRole('tab', { name: 'Reply' }).click();

    await detail.getByRole('textbox', { name: 'Reply to the user' }).fill(reply);
    await detail.getByRole('button', { name: 'Send reply' }).click();
    await expectMessageCount(page, ticket.id, before.messages.length + 1);
    await expect(detail.getByRole('textbox', { name: 'Reply to the user' }).inputValue()).resolves.toBe('');

    // The note is the team's: never in the conversation the user sees. The reply is.
    expect(await conversationHas(page, ticket.id, reply)).toBe(true);
    expect(await conversationHas(page, ticket.id, note)).toBe(false);

    await reloadWhenSaved(page);
    await expectStatus(page, ticket.id, 'In progress');
    await detail.getByRole('button', { name: `Assignee ${assignee}` }).waitFor();
    await ticketDetail(page, ticket.id).locator('[data-kind="note"]').getByText(note).waitFor();
    await expectMessageCount(page, ticket.id, before.messages.length + 1);
    expect(await conversationHas(page, ticket.id, reply)).toBe(true);
    expect(await conversationHas(page, ticket.id, note)).toBe(false);

    const after = await storedTicketDetail(page, ticket.id);
    expect(after).toMatchObject({ status: 'in_progress', assigneeName: assignee, notes: [...before.notes, note] });
    expect(after.messages.at(-1)).toEqual({ kind: 'team', body: reply });
    expect(pageErrors(page)).toEqual([]);
  });
});
