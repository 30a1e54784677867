// `pnpm bench:ui`: the panel in real Chromium on 100,000 tickets. Builds the demo, serves it with `vite preview` on a
// free loopback port, and times load, search, paging, sorting, opening a 2,000-message ticket and a status change
// (100 runs each by default, p50/p95, long tasks), then the heap after 200 page changes and 50 ticket opens.
// Set BENCH_SKIP_BUILD=1 to reuse a build, BENCH_RUNS to change the run count (at least 30), BENCH_ONLY=page,sort (any of load,
// search, page, sort, open, status, heap) to time only some interactions, BENCH_SAMPLES=1 to print every run's time.
// Exits 1 when a target is missed.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumArgs } from '../../../scripts/lib/chromium-args.mjs';
import { installBenchHelpers } from './page-helpers.mjs';
import {
  LONG_TICKETS,
  NEWEST_TICKET,
  PAGE_SIZE,
  clearSearch,
  closeDrawer,
  firstPage,
  measureLoad,
  measureNextPage,
  measureOpen,
  measureSearch,
  measureSort,
  measureStatus,
} from './scenarios.mjs';
import { machine, withMainThreadCpu } from './cpu-time.mjs';
import { heapAfterWork } from './heap.mjs';
import { summarise } from './stats.mjs';

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const configFile = join(demoDir, 'vite.config.ts');
// Its own output folder, so a benchmark never clobbers the build `npm start` or the e2e tests serve.
const outDir = join(demoDir, 'bench', 'dist');
// A p95 is only as good as the runs behind it: of 30 runs it is the second-slowest, so one stall of this shared
// machine decides it; of 100 it is the sixth-slowest (a target holds with at most five runs over it). Fewer than 30
// give no p95 worth the name.
const RUNS = Math.max(30, Number(process.env.BENCH_RUNS) || 100);
// BENCH_ONLY=page,sort: time only those interactions (a quicker before/after of one fix); unset times all.
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((name) => name.trim())) : null;
const wanted = (name) => only === null || only.has(name);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Words of the generated conversations, names and e-mail fragments: each finds tickets.
const SEARCH_TERMS = [
  'refund', 'login', 'invoice', 'parcel', 'warranty', 'promo', 'charger', 'password', 'broken', 'subscription',
  'charged twice', 'locked account', 'csv export', 'müller', 'jose', 'cancel', 'discount', 'address', 'damaged', 'tracking',
  'order', 'payment', 'export', 'account', 'missing', 'return', 'shipping', 'code', 'app', 'email',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const started = performance.now();
if (process.env.BENCH_SKIP_BUILD !== '1') {
  console.log('› Building the demo…');
  await build({ root: demoDir, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}
const port = await freePort();
const server = await preview({ root: demoDir, configFile, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1', open: false } });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const url = `http://127.0.0.1:${port}/tickets?dataset=bench-100k`;
const version = browser.version();

const samples = {};
const record = (name, sample) => (samples[name] ??= []).push(sample);
let heap;

async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-US', timezoneId: 'UTC', reducedMotion: 'reduce' });
  await context.addInitScript(installBenchHelpers);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  return page;
}

try {
  const page = await freshPage();
  console.log(`› Chromium ${version}, ${RUNS} runs per interaction`);

  // The load is reported, not held to a target, and each takes seconds (the data set is generated in the page):
  // 30 of them, whatever the run count.
  if (wanted('load')) for (let run = 0; run < Math.min(RUNS, 30); run++) record('load', await measureLoad(page, url));
  else await measureLoad(page, url);
  console.log('  load done');

  // Search: from the unfiltered list each time, a new word typed key by key.
  if (wanted('search')) await withMainThreadCpu(browser, page, 'search', async (mark) => {
    for (let run = 0; run < RUNS; run++) {
      await clearSearch(page);
      record('search', await mark(await measureSearch(page, SEARCH_TERMS[run % SEARCH_TERMS.length])));
    }
  });
  await clearSearch(page);
  console.log('  search done');

  // Paging forward through pages never shown before, a moment apart (the panel prefetches the next page meanwhile).
  // Twice: pressed whenever (what a person feels, including the wait for the next frame), and pressed at the start of
  // a frame (the work of that one frame: the "one frame" target).
  if (wanted('page')) await withMainThreadCpu(browser, page, 'page', async (mark) => {
    for (let run = 0; run < 2 * RUNS; run++) {
      const inFrame = run % 2 === 1;
      record(inFrame ? 'pageFrame' : 'page', await mark(await measureNextPage(page, run + 2, { inFrame })));
      await page.waitForTimeout(150);
    }
  });
  console.log('  paging done');

  let sort = { sort: 'createdAt', direction: 'desc' };
  // The sortable columns shown by default: priority, last update and the waiting time.
  const fields = ['priority', 'updatedAt', 'waitingSince'];
  if (wanted('sort')) await withMainThreadCpu(browser, page, 'sort', async (mark) => {
    for (let run = 0; run < RUNS; run++) {
      const { sample, next } = await measureSort(page, fields[run % fields.length], sort);
      record('sort', await mark(sample));
      sort = next;
    }
  });
  // Back to newest first, page 1 (a sort change goes to page 1), through the sort menu: no created column by default.
  if (sort.sort !== 'createdAt' || sort.direction !== 'desc') {
    await page.getByRole('button', { name: /^Sort: / }).click();
    await page.getByRole('menuitemradio', { name: 'Newest' }).click();
    await page.waitForFunction(() => window.__ticketkitBench.lastListRequest?.request.sort === 'createdAt');
    sort = { sort: 'createdAt', direction: 'desc' };
  }
  // Page 1 either way (when sorting was not timed, the list is still on the last page the paging reached).
  await firstPage(page);
  console.log('  sorting done');

  // Opening: the 25 newest tickets (page 1), then page 2's, and so on; each has 2,000 messages. Each is opened once
  // (a ticket opened before would come from the cache) unless there are more runs than long tickets.
  if (wanted('open')) await withMainThreadCpu(browser, page, 'open', async (mark) => {
    for (let run = 0; run < RUNS; run++) {
      const index = run % LONG_TICKETS;
      if (run > 0 && index === 0) await firstPage(page);
      else if (index > 0 && index % PAGE_SIZE === 0) await measureNextPage(page, index / PAGE_SIZE + 1);
      record('open', await mark(await measureOpen(page, `TK-${NEWEST_TICKET - index}`)));
      await closeDrawer(page);
      await page.waitForTimeout(100);
    }
  });
  await firstPage(page);
  console.log('  opening done');

  if (wanted('status')) {
    await measureOpen(page, `TK-${NEWEST_TICKET}`);
    await withMainThreadCpu(browser, page, 'status', async (mark) => {
      for (let run = 0; run < RUNS; run++) {
        record('status', await mark(await measureStatus(page, run % 2 === 0 ? 'in_progress' : 'open')));
      }
    });
    await closeDrawer(page);
    console.log('  status done');
  }
  await page.context().close();

  if (wanted('heap')) {
    heap = await heapAfterWork(await freshPage(), url);
    console.log('  heap done');
  }
} finally {
  await browser.close();
  await server.close();
}

const ok = summarise({ samples, heap, version, machine, seconds: (performance.now() - started) / 1000 });
const cpu = (() => {
  try {
    return execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
})();
console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpu} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
process.exit(ok ? 0 : 1);
