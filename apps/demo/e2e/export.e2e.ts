import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageErrors, setDemoSwitch, useDemo } from './support/demo';
import { expectRange, formatCount } from './support/list';
import { storedTickets } from './support/stored-data';

const demo = useDemo();

/** The created-date range, counted back from the newest ticket, whose total is the nearest to `wanted`. */
function rangeOf(tickets: { createdAt: string }[], wanted: number): { from: string; to: string; total: number } {
  const days = tickets.map((ticket) => ticket.createdAt.slice(0, 10));
  const to = days[0]!;
  let best = { from: to, to, total: 0 };
  for (const day of new Set(days)) {
    const total = days.filter((d) => d >= day && d <= to).length;
    if (Math.abs(total - wanted) < Math.abs(best.total - wanted)) best = { from: day, to, total };
  }
  return best;
}

describe('CSV export of the list', () => {
  test('downloads every ticket of a filtered list of about 1,000, one row each, read page by page', async () => {
    const page = await demo.open();
    const tickets = await storedTickets(page);
    const range = rangeOf(tickets, 1_000);
    expect(Math.abs(range.total - 1_000)).toBeLessThan(30);
    await page.goto(`/tickets?from=${range.from}&to=${range.to}`);
    await expectRange(page, new RegExp(`of ${formatCount(range.total)}$`));

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Export CSV' }).click()]);
    // The browser runs in another process: save its download here to read it.
    const folder = mkdtempSync(join(tmpdir(), 'ticketkit-export-'));
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    rmSync(folder, { recursive: true, force: true });
    expect(download.suggestedFilename()).toBe('tickets.csv');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('id,subject,status,priority,createdAt,updatedAt,requesterName,requesterEmail,assistant,assignee');
    expect(lines).toHaveLength(range.total + 1);
    const ids = lines.slice(1).map((line) => line.split(',')[0]);
    expect(new Set(ids).size).toBe(range.total);
    const expected = tickets.filter((ticket) => ticket.createdAt.slice(0, 10) >= range.from && ticket.createdAt.slice(0, 10) <= range.to).map((ticket) => ticket.id);
    expect([...ids].sort()).toEqual([...expected].sort());
    await page.getByText(`Exported ${formatCount(range.total)} tickets.`).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  test('can be cancelled: progress shows, Cancel stops it, nothing downloads', async () => {
    const page = await demo.open();
    await setDemoSwitch(page, 'Latency', /1 s|1,000|1000/);
    let downloaded = false;
    page.on('download', () => {
      downloaded = true;
    });
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText(/^Exporting [\d,]+ of [\d,]+…$/).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Cancel export' }).click();
    await page.getByText('Export cancelled.').waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await page.waitForTimeout(1_500);
    expect(downloaded).toBe(false);
  });
});
