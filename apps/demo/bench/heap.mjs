// Memory: the JS heap after a forced garbage collection, before and after 200 page changes and 50 ticket opens.
import { NEWEST_TICKET, closeDrawer, firstPage, measureNextPage, measureOpen } from './scenarios.mjs';

const PAGE_CHANGES = 200;
const OPENS = 50;

/** Used JS heap in bytes after two full collections (DevTools protocol, so no page flag is needed). */
async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Loads the demo in `page`, measures the heap, pages and opens tickets, closes everything and measures again. */
export async function heapAfterWork(page, url) {
  await page.goto(url);
  await page.evaluate(() => window.__bench.firstRowPainted);
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  const before = await usedHeap(cdp);
  for (let run = 0; run < PAGE_CHANGES; run++) await measureNextPage(page, run + 2);
  await firstPage(page);
  for (let run = 0; run < OPENS; run++) {
    await measureOpen(page, `TK-${NEWEST_TICKET - (run % 25)}`);
    await closeDrawer(page);
  }
  await page.waitForTimeout(1000);
  const after = await usedHeap(cdp);
  return { before, after, pageChanges: PAGE_CHANGES, opens: OPENS };
}
