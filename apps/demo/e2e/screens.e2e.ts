import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, useDemo } from './support/demo';
import { expectRange, ticketRows } from './support/list';

const demo = useDemo();

// Every screen of the panel, in light and dark: axe must find nothing, and a screenshot is kept for review.
describe.each(['light', 'dark'] as const)('the tickets screens in %s', (colorScheme) => {
  test('list, status menu, date picker and an empty result pass axe', async () => {
    const page = await demo.open({ colorScheme });
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
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await screenshot(page, `date-picker-${colorScheme}`);
    await page.keyboard.press('Escape');

    await page.getByRole('searchbox', { name: 'Search tickets' }).fill('zzzz-no-such-ticket');
    await expectRange(page, '0 tickets');
    await page.getByText('No ticket matches these filters').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `no-matches-${colorScheme}`);
  });
});
