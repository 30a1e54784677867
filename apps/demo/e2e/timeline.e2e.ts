import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { pageErrors, screenshot, setDemoSwitch, useDemo } from './support/demo';
import { addNote, expectStatus, openTicketFromList, ticketDetail, timelineItems } from './support/detail';
import { rowIds, ticketRows } from './support/list';
import { storedTicketDetail, storedTickets, type StoredTicket } from './support/stored-data';

const demo = useDemo();

/** What the end user receives of a ticket (its messages) and the team's notes, read from the demo's store. */
function fromStore(page: Page, ticketId: string) {
  return page.evaluate(async (id) => {
    const { memory } = window.__ticketkitDemo!;
    const [messages, notes, ticket] = await Promise.all([memory.listMessages(id), memory.listNotes(id), memory.getTicket(id)]);
    return { messages: messages.map((m) => m.body), notes: notes.map((n) => n.body), status: ticket.status, version: ticket.version };
  }, ticketId);
}

/** The first stored ticket, newest first, that `matches`; its conversation read too. */
async function findTicket(page: Page, matches: (ticket: StoredTicket, messages: number) => boolean): Promise<StoredTicket> {
  for (const ticket of (await storedTickets(page)).slice(0, 200)) {
    if (matches(ticket, (await storedTicketDetail(page, ticket.id)).messages.length)) return ticket;
  }
  throw new Error('No stored ticket matches');
}

describe('the open ticket as one timeline', () => {
  test('a note appears in the timeline at its time, marked internal, and never in what the end user receives', async () => {
    const page = await demo.open();
    const ticket = (await storedTickets(page)).find((t) => t.status === 'open')!;
    const note = `VIP customer on ${ticket.id}, please reply within the hour.`;
    await openTicketFromList(page, ticket.id);
    await addNote(page, ticket.id, note);
    const item = timelineItems(page, ticket.id).filter({ hasText: note });
    await item.waitFor();
    // The newest entry, labelled internal in words, on its own tint.
    await expect(timelineItems(page, ticket.id).last().textContent()).resolves.toContain(note);
    await expect(item.getByRole('article', { name: 'Internal note by Alex Morgan' }).locator('[data-slot="conversation-note-label"]').textContent()).resolves.toBe('Internal note');
    expect(await item.getAttribute('data-kind')).toBe('note');
    const stored = await fromStore(page, ticket.id);
    expect(stored.notes).toContain(note);
    expect(stored.messages).not.toContain(note);
    expect(stored.messages.some((body) => body.includes('VIP customer'))).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });

  test('a status change by another viewer of the same store appears as a history event, live', async () => {
    const page = await demo.open();
    const ticket = (await storedTickets(page)).find((t) => t.status === 'open')!;
    await openTicketFromList(page, ticket.id);
    // The member who owns the ticket's assistant, in another browser as it were: same store, another viewer.
    const colleague = await page.evaluate(async ({ id, ownerId }) => {
      const demoStore = window.__ticketkitDemo!;
      const other = demoStore.people.find((person) => person.id === ownerId)!;
      const current = await demoStore.memory.getTicket(id);
      await demoStore.as(other.id).updateTicket(id, { status: 'in_progress' }, current.version);
      return other.name;
    }, { id: ticket.id, ownerId: ticket.assistantOwnerId });
    await timelineItems(page, ticket.id).filter({ hasText: `${colleague} changed the status from Open to In progress` }).waitFor();
    await expectStatus(page, ticket.id, 'In progress');
    expect(await timelineItems(page, ticket.id).last().getAttribute('data-kind')).toBe('activity');
  });

  test('the handoff is marked, and "Go to the handoff" scrolls to it and focuses it', async () => {
    const page = await demo.open();
    const id = await page.evaluate(async () => {
      const { memory } = window.__ticketkitDemo!;
      const page1 = await memory.listTickets({ status: 'all', fields: {}, createdFrom: null, createdTo: null, search: '', sort: 'createdAt', direction: 'desc', page: 1, pageSize: 100, assignee: null, priorities: [], requester: null } as never);
      for (const ticket of page1.tickets) {
        if (!ticket.handoffMessageId) continue;
        const messages = await memory.listMessages(ticket.id);
        if (messages.length >= 4 && messages.at(-1)!.id !== ticket.handoffMessageId) return ticket.id;
      }
      return `none among ${page1.tickets.length}, ${page1.tickets.filter((t) => t.handoffMessageId).length} with a handoff`;
    });
    expect(id, 'the generated data has a ticket with a handoff before its last message').toMatch(/^TK-/);
    await openTicketFromList(page, id!);
    const detail = ticketDetail(page, id!);
    await detail.getByRole('button', { name: 'Go to the handoff' }).click();
    const focused = page.locator('[data-slot="conversation-item"]:focus');
    await focused.waitFor();
    await expect(focused.textContent()).resolves.toContain('Handed to the team here');
    expect(await focused.locator('[data-handoff]').count()).toBe(1);
    await screenshot(page, 'timeline-handoff-light');
  });

  test('"Send and close" replies and closes in one step', async () => {
    const page = await demo.open();
    const ticket = (await storedTickets(page)).find((t) => t.status === 'open')!;
    const reply = `All sorted on ${ticket.id}; closing it now.`;
    await openTicketFromList(page, ticket.id);
    const detail = ticketDetail(page, ticket.id);
    await detail.getByRole('textbox', { name: 'Reply to the user' }).fill(reply);
    await detail.getByRole('button', { name: 'Send and close' }).click();
    await expectStatus(page, ticket.id, 'Closed');
    await detail.getByRole('button', { name: 'Reopen ticket' }).waitFor();
    await expect.poll(async () => (await fromStore(page, ticket.id)).status).toBe('closed');
    expect((await fromStore(page, ticket.id)).messages.at(-1)).toBe(reply);
    await timelineItems(page, ticket.id).filter({ hasText: 'Alex Morgan changed the status from Open to Closed' }).waitFor();
  });

  test('next and previous walk the list on screen', async () => {
    const page = await demo.open();
    await ticketRows(page).first().waitFor();
    const ids = await rowIds(page);
    await ticketRows(page).nth(1).click();
    await ticketDetail(page, ids[1]!).getByRole('heading', { level: 2 }).waitFor();
    const walk = page.getByRole('navigation', { name: /^Ticket 2 of / });
    await walk.getByRole('button', { name: 'Next ticket' }).click();
    await ticketDetail(page, ids[2]!).getByRole('heading', { level: 2 }).waitFor();
    await expect.poll(() => page.url()).toContain(`ticket=${ids[2]}`);
    await page.getByRole('button', { name: 'Previous ticket' }).click();
    await page.getByRole('button', { name: 'Previous ticket' }).click();
    await ticketDetail(page, ids[0]!).getByRole('heading', { level: 2 }).waitFor();
    expect(await page.getByRole('button', { name: 'Previous ticket' }).isDisabled()).toBe(true);
  });

  test('a saved reply, typed with "/", inserts the requester\'s name', async () => {
    const page = await demo.open();
    const ticket = (await storedTickets(page)).find((t) => t.status === 'open')!;
    await openTicketFromList(page, ticket.id);
    const box = ticketDetail(page, ticket.id).getByRole('textbox', { name: 'Reply to the user' });
    await box.click();
    await box.pressSequentially('/gree');
    await page.getByRole('listbox', { name: 'Saved replies' }).getByRole('option', { name: 'Greeting' }).waitFor();
    await page.keyboard.press('Enter');
    const firstName = ticket.requesterName.split(' ')[0]!;
    await expect(box.inputValue()).resolves.toMatch(new RegExp(`^Hi ${firstName},\\n`));
    await expect(box.inputValue()).resolves.toContain(ticket.id);
  });
});

describe.each(['light', 'dark'] as const)('the open ticket fits the screen (%s)', (colorScheme) => {
  test('at 1440×900 a three-message ticket shows its composer without scrolling, in the drawer and side by side', async () => {
    const page = await demo.open({ colorScheme, viewport: { width: 1440, height: 900 } });
    const ticket = await findTicket(page, (t, messages) => messages === 3 && t.status === 'open');
    const composerInView = async () => {
      const box = await ticketDetail(page, ticket.id).getByRole('textbox', { name: 'Reply to the user' }).boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 900 && (await page.evaluate(() => window.scrollY)) === 0;
    };
    await openTicketFromList(page, ticket.id);
    await ticketDetail(page, ticket.id).locator('[data-slot="conversation"][data-state="ready"]').waitFor();
    expect(await composerInView()).toBe(true);
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await screenshot(page, `timeline-drawer-${colorScheme}`);

    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await setDemoSwitch(page, 'Ticket layout', 'Side by side');
    await ticketRows(page).filter({ hasText: ticket.id }).click();
    await ticketDetail(page, ticket.id).locator('[data-slot="conversation"][data-state="ready"]').waitFor();
    await expect.poll(composerInView).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `timeline-split-${colorScheme}`);
  });

  test('at 390×844 the open ticket fits the width, with a back control', async () => {
    const page = await demo.open({ colorScheme, viewport: { width: 390, height: 844 } });
    const ticket = (await storedTickets(page)).find((t) => t.status === 'open')!;
    await openTicketFromList(page, ticket.id);
    const dialog = page.getByRole('dialog');
    const size = await dialog.evaluate((element) => ({ scroll: element.scrollWidth, box: element.clientWidth, right: element.getBoundingClientRect().right }));
    expect(size.scroll).toBeLessThanOrEqual(size.box);
    expect(size.right).toBeLessThanOrEqual(390);
    await dialog.getByRole('button', { name: 'Back to the list' }).waitFor();
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await screenshot(page, `timeline-phone-${colorScheme}`);
    await dialog.getByRole('button', { name: 'Back to the list' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
