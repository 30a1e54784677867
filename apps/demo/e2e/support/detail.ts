import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectRange, ticketRows } from './list';

/**
 * The open ticket's detail. Found by its part name and the ID it shows, since its accessible name differs by layout
 * ("Ticket TK-1042" in the drawer, the subject side by side).
 */
export function ticketDetail(page: Page, ticketId: string): Locator {
  return page.locator('[data-slot="ticket-detail"]').filter({ has: page.getByText(ticketId, { exact: true }) });
}

/** The open ticket's conversation: the messages of its timeline, one list item each (notes and history left out). */
export function conversationItems(page: Page, ticketId: string): Locator {
  return timelineItems(page, ticketId).and(page.locator('[data-kind="message"]'));
}

/** Every entry of the open ticket's timeline: messages, internal notes and history. */
export function timelineItems(page: Page, ticketId: string): Locator {
  return ticketDetail(page, ticketId).getByRole('list', { name: /^Conversation/ }).getByRole('listitem');
}

/** Writes an internal note in the open ticket's composer (its note mode) and adds it. */
export async function addNote(page: Page, ticketId: string, note: string): Promise<void> {
  const detail = ticketDetail(page, ticketId);
  await detail.getByRole('tab', { name: 'Internal note' }).click();
  await detail.getByRole('textbox', { name: 'Internal note for the team' }).fill(note);
  await detail.getByRole('button', { name: 'Add note' }).click();
}

/** Finds a ticket by its ID with the search box and opens it from its row, as a person would. */
export async function openTicketFromList(page: Page, ticketId: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search tickets' }).fill(ticketId);
  await expectRange(page, '1–1 of 1');
  await ticketRows(page).filter({ hasText: ticketId }).click();
  await ticketDetail(page, ticketId).getByRole('heading', { level: 2 }).waitFor();
}

/** Picks a new status in the open ticket's status menu. */
export async function changeStatus(page: Page, ticketId: string, from: string, to: string): Promise<void> {
  await ticketDetail(page, ticketId).getByRole('button', { name: `Status ${from}` }).click();
  await page.getByRole('menuitemradio', { name: to }).click();
}

/** The status the open ticket's status button shows. */
export async function expectStatus(page: Page, ticketId: string, label: string): Promise<void> {
  await ticketDetail(page, ticketId).getByRole('button', { name: `Status ${label}` }).waitFor({ timeout: 10_000 });
}

/** Whether `text` shows in the conversation of the open ticket. */
export async function conversationHas(page: Page, ticketId: string, text: string): Promise<boolean> {
  const bodies = await conversationItems(page, ticketId).allInnerTexts();
  return bodies.some((body) => body.includes(text));
}

/** Waits until the conversation shows `count` messages. */
export async function expectMessageCount(page: Page, ticketId: string, count: number): Promise<void> {
  await expect.poll(() => conversationItems(page, ticketId).count(), { timeout: 10_000 }).toBe(count);
}
