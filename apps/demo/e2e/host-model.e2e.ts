import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, setDemoSwitch, useDemo, waitForApp } from './support/demo';
import { ticketDetail } from './support/detail';
import { expectRange, ticketRows, ticketTable } from './support/list';
import type { Page } from 'playwright-core';

const demo = useDemo();
const HOST_STATUSES = ['New', 'Working', 'Pending customer', 'Solved'];

/** The texts of a column of the rendered rows, found by its `data-column`. */
async function cells(page: Page, column: string): Promise<string[]> {
  return (await ticketRows(page).locator(`td[data-column="${column}"]`).allTextContents()).map((text) => text.trim());
}

async function switchToHostModel(page: Page): Promise<void> {
  await setDemoSwitch(page, 'Ticket model', "A host's own (example)");
  await page.waitForEvent('load');
  await waitForApp(page);
  await expectRange(page, '1–25 of 5,000');
}

describe.each(['light', 'dark'] as const)("a host's own ticket model in %s", (colorScheme) => {
  test('its statuses, priorities and fields show in the list, the filters, the URL, the detail and the controls', async () => {
    const page = await demo.open({ colorScheme });
    await switchToHostModel(page);
    const headers = (await ticketTable(page).getByRole('columnheader').allInnerTexts()).map((text) => text.replace(/[^\w ]/g, '').trim());
    expect(headers).toEqual(expect.arrayContaining(['Order', 'Plan']));
    for (const status of await cells(page, 'status')) expect(HOST_STATUSES).toContain(status);
    for (const priority of await cells(page, 'priority')) expect(priority).toMatch(/^P[1-4]$/);

    // The status filter offers Unsolved and the model's statuses; the choice goes into the URL.
    await page.getByRole('button', { name: 'Status: All' }).click();
    // Each choice with its count beside it (the store counts per status): the name is the first line.
    const choices = (await page.getByRole('menuitemradio').allInnerTexts()).map((text) => text.replace('✓', '').trim().split('\n')[0]!.trim());
    expect(choices).toEqual(['All', 'Unsolved', ...HOST_STATUSES]);
    await page.getByRole('menuitemradio', { name: 'Pending customer' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('pending_customer');
    await expect.poll(async () => new Set(await cells(page, 'status'))).toEqual(new Set(['Pending customer']));

    // A choice field filters from its menu, also kept in the URL.
    await page.getByRole('button', { name: 'Plan: Any' }).click();
    await page.getByRole('menuitemradio', { name: 'Pro' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('f.plan')).toBe('pro');
    await expect.poll(async () => new Set(await cells(page, 'fields.plan'))).toEqual(new Set(['Pro']));

    // The Order column sorts; the URL says so and a reload keeps all of it.
    await ticketTable(page).getByRole('button', { name: /^Order/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('fields.orderId');
    const orders = async () => (await cells(page, 'fields.orderId')).filter((text) => text !== '—Not set').map((text) => Number(text.replace(/,/g, '')));
    // The direction the header chose (a new sort starts from the list's direction) is the one the rows follow.
    const direction = new URL(page.url()).searchParams.get('dir') ?? 'desc';
    const inOrder = (a: number, b: number) => (direction === 'asc' ? a <= b : a >= b);
    await expect.poll(async () => {
      const values = await orders();
      return values.length > 1 && values.every((value, i) => i === 0 || inOrder(values[i - 1]!, value)) ? 'in order' : values.join(' ');
    }).toBe('in order');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `host-model-list-${colorScheme}`);
    await page.reload();
    await waitForApp(page);
    await expect.poll(async () => new Set(await cells(page, 'fields.plan'))).toEqual(new Set(['Pro']));

    // The detail: the model's fields among the properties, its statuses in the control, the host's own button.
    const first = ticketRows(page).first();
    const id = (await first.getAttribute('data-ticket-id'))!;
    await first.click();
    const detail = ticketDetail(page, id);
    await detail.getByRole('heading', { level: 2 }).waitFor();
    for (const label of ['Order', 'Plan', 'Tags']) await expect.poll(() => detail.getByText(label, { exact: true }).count()).toBeGreaterThan(0);
    await detail.getByRole('button', { name: 'Status Pending customer' }).click();
    const statusChoices = (await page.getByRole('menuitemradio').allInnerTexts()).map((text) => text.replace('✓', '').trim());
    expect(statusChoices).toEqual(HOST_STATUSES);
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.getByRole('button', { name: 'Refund order' }).count()).toBe(1);
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await screenshot(page, `host-model-ticket-${colorScheme}`);
  });
});
