import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The ticket table of the panel. */
export function ticketTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Tickets' });
}

/** The body rows of the table. */
export function ticketRows(page: Page): Locator {
  return ticketTable(page).locator('tbody tr[data-slot="ticket-list-row"]');
}

/** The IDs of the rendered rows, top to bottom. */
export async function rowIds(page: Page): Promise<string[]> {
  return ticketRows(page).evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.ticketId ?? ''));
}

/** The text of one column of the rendered rows, by its column ID (`status`, `priority`, `fields.plan`). */
export async function columnTexts(page: Page, column: string): Promise<string[]> {
  return (await ticketRows(page).locator(`td[data-column="${column}"]`).allTextContents()).map((text) => text.trim());
}

/** The pagination's range line, e.g. `1–25 of 5,000`. */
export function rangeText(page: Page): Promise<string> {
  return page.getByRole('navigation', { name: 'Pages' }).getByText(/ of |0 tickets/).first().innerText();
}

/** Waits until the pagination says `expected` (a string or pattern), i.e. the list has loaded that page. */
export async function expectRange(page: Page, expected: string | RegExp): Promise<void> {
  await expect
    .poll(() => rangeText(page), { timeout: 10_000 })
    .toMatch(typeof expected === 'string' ? new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : expected);
}

/** How many tickets match in all, as the pagination reports it. */
export async function listTotal(page: Page): Promise<number> {
  const text = await rangeText(page);
  const match = / of ([\d,]+)$/.exec(text);
  return match ? Number(match[1]!.replace(/,/g, '')) : 0;
}

/** Waits until the first rendered row is `id` (the list shows the new page, not the previous one). */
export async function expectFirstRow(page: Page, id: string): Promise<void> {
  await expect.poll(async () => (await rowIds(page))[0], { timeout: 10_000 }).toBe(id);
}

/** Formats a count the way the panel does in en-US. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
