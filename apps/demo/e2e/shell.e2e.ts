import { describe, expect, test } from 'vitest';
import { pageErrors, reloadWhenSaved, setDemoSwitch, useDemo, waitForApp } from './support/demo';

const demo = useDemo();

describe('the host app around the panel', () => {
  test('looks like an admin app: its own header, navigation between pages, and the demo controls set apart', async () => {
    const page = await demo.open();
    await expect(page.title()).resolves.toContain('Acme Console');
    await page.getByRole('banner').getByText('Acme Console').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Support tickets' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Tickets' }).getAttribute('aria-current')).resolves.toBe('page');

    await nav.getByRole('link', { name: 'Assistants' }).click();
    await page.getByRole('heading', { level: 1, name: 'Assistants' }).waitFor();
    expect(page.url()).toMatch(/\/assistants$/);
    await expect(page.title()).resolves.toBe('Assistants · Acme Console');
    // The administrator sees every assistant of the company.
    await expect(page.getByRole('row').count()).resolves.toBeGreaterThan(5);

    await nav.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Assistants' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  test('generates 5,000 tickets on the first visit, restores them on reload; "Reset demo data" asks, then starts afresh', async () => {
    const page = await demo.open();
    const origin = page.getByText(/tickets, (generated|restored) in \d+ ms/);
    const first = await origin.textContent();
    // How long it took is for `pnpm bench:ui` to measure; here only that it was generated, then restored.
    expect(first).toMatch(/^5,000 tickets, generated in \d+ ms$/);
    await reloadWhenSaved(page);
    await expect(origin.textContent()).resolves.toMatch(/^5,000 tickets, restored in \d+ ms$/);

    await page.getByRole('button', { name: 'Reset demo data…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset the demo data?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Reset demo data…' }).click();
    await dialog.getByRole('button', { name: 'Reset data' }).click();
    // The page was already on /tickets: wait for the reloaded app to say it generated fresh data, not for the URL.
    await page.getByText(/^5,000 tickets, generated in \d+ ms$/).waitFor({ timeout: 60_000 });
    await waitForApp(page);
  });

  test('the viewer, theme, latency and failure switches apply at once and survive a reload', async () => {
    const page = await demo.open();
    await setDemoSwitch(page, 'Theme', 'Dark');
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await setDemoSwitch(page, 'Signed in as', 'Taylor Quinn (member)');
    await page.getByTestId('signed-in-as').getByText('Taylor Quinn').waitFor();
    await page.getByText(/Conversations with your assistants \(Billing Bot, Shipping Helper\)/).waitFor();
    await setDemoSwitch(page, 'Latency', '300 ms');
    await setDemoSwitch(page, 'Failures', 'Every change fails');

    await page.reload();
    await waitForApp(page);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await page.getByTestId('signed-in-as').getByText('Taylor Quinn').waitFor();
    const controls = page.getByRole('region', { name: 'Demo controls' });
    await expect(controls.getByLabel('Latency').inputValue()).resolves.toBe('300');
    await expect(controls.getByLabel('Failures').inputValue()).resolves.toBe('writes');

    // A member sees only their own assistants on the app's pages too.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assistants' }).click();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.allTextContents()).resolves.toEqual([
      expect.stringContaining('Assistant'),
      expect.stringContaining('Billing Bot'),
      expect.stringContaining('Shipping Helper'),
    ]);
  });

});
