// The measured interactions. Each returns one sample per run: `{ ms, longTasks }` (plus extras), timed in the page.
// Clicks are dispatched in the page (`element.click()`), right after reading the clock, so no protocol delay counts.

/** Where the list is served from and what it starts on: the newest ticket first, 25 a page. */
export const NEWEST_TICKET = 101_000;
export const PAGE_SIZE = 25;
/** How many of the newest tickets have 2,000-message conversations (`BENCH_LONG_TICKETS` of the demo's bench mode). */
export const LONG_TICKETS = 100;
const ticketId = (n) => `TK-${n}`;

/** Loads the demo on the 100,000-ticket data set and times the first row painted. */
export async function measureLoad(page, url) {
  await page.goto(url);
  return page.evaluate(async () => {
    const t1 = await window.__bench.firstRowPainted;
    const request = window.__ticketkitBench.recent[0];
    return {
      ms: t1,
      fromRequest: t1 - request.at,
      longTasks: window.__bench.longTasksBetween(0, t1),
      longTasksFromRequest: window.__bench.longTasksBetween(request.at, t1),
    };
  });
}

/** Waits until the list shows `id` first and is idle, and the frame after. */
export async function waitForList(page, id) {
  await page.evaluate(async (expected) => {
    await window.__bench.until(() => window.__bench.listShows(expected), `list showing ${expected}`);
    await window.__bench.nextPaint();
  }, id);
}

const searchInput = (page) => page.locator('input[data-slot="ticket-filters-search-input"]');

/** Clears the search box and waits for the unfiltered list. */
export async function clearSearch(page) {
  await searchInput(page).fill('');
  // The newest ticket can also be the first match of the search just typed, so "shows the newest" alone could pass
  // before the cleared search is applied (the page pressed next would then be reset by it): wait for the URL too.
  await page.evaluate(async () => {
    await window.__bench.until(() => !new URLSearchParams(location.search).has('q'), 'the search cleared from the URL');
  });
  await waitForList(page, ticketId(NEWEST_TICKET));
}

/**
 * Types `term` key by key (80 ms apart, a brisk typist) and times from the list request the debounce lets through
 * to the matching rows painted. Long tasks are counted for the request-to-paint window and for the whole typing.
 */
export async function measureSearch(page, term) {
  const typingStarted = await page.evaluate(() => performance.now());
  await searchInput(page).pressSequentially(term, { delay: 80 });
  return page.evaluate(
    async ({ term, typingStarted }) => {
      const probe = window.__ticketkitBench;
      const matches = (entry) => entry.request.search === term && entry.request.page === 1;
      const input = document.querySelector('input[data-slot="ticket-filters-search-input"]');
      const seen = () => `(box: "${input?.value}", requests: ${probe.recent.map((e) => JSON.stringify(e.request.search)).join(' ')})`;
      await window.__bench.until(() => probe.recent.some(matches), `the request for "${term}"`).catch((error) => {
        throw new Error(`${error.message} ${seen()}`);
      });
      const entry = probe.recent.find(matches);
      await window.__bench.until(
        () => entry.firstTicketId !== undefined && window.__bench.listShows(entry.firstTicketId),
        `the results for "${term}"`,
      );
      const t1 = await window.__bench.nextPaint();
      if (entry.firstTicketId === null) throw new Error(`"${term}" matched nothing; pick a word that finds tickets`);
      return {
        ms: t1 - entry.at,
        t1,
        longTasks: window.__bench.longTasksBetween(entry.at, t1),
        typingLongTasks: window.__bench.longTasksBetween(typingStarted, t1),
      };
    },
    { term, typingStarted },
  );
}

/**
 * Presses "Next page" and times until the first row of page `to` is painted (unfiltered list, newest first). With
 * `inFrame`, the press comes at the start of a frame and the time is that frame's work (see `__bench.inFrame`);
 * without, it comes whenever the previous step ended, and the time includes the wait for the next frame.
 */
export async function measureNextPage(page, to, { inFrame = false } = {}) {
  const expected = ticketId(NEWEST_TICKET - PAGE_SIZE * (to - 1));
  return page.evaluate(
    async ({ expected, inFrame }) => {
      const button = document.querySelector('nav[data-slot="pagination"] button[aria-label="Next page"]');
      const shows = () => window.__bench.listShows(expected);
      const label = `page showing ${expected}`;
      let sample;
      if (inFrame) sample = await window.__bench.inFrame(() => button.click(), shows, label);
      else {
        const t0 = performance.now();
        button.click();
        sample = await window.__bench.timeTo(t0, shows, label).catch((error) => {
          throw new Error(`${error.message} (first row: ${window.__bench.firstRowId()}, busy: ${window.__bench.listBusy()}, url: ${location.search})`);
        });
      }
      return sample;
    },
    { expected, inFrame },
  );
}

/** Presses "First page" and waits for it. */
export async function firstPage(page) {
  await page.evaluate(() => document.querySelector('nav[data-slot="pagination"] button[aria-label="First page"]')?.click());
  await waitForList(page, ticketId(NEWEST_TICKET));
}

/** The column whose header sorts by a field: the same ID, but for the waiting time. */
const SORT_COLUMNS = { waitingSince: 'waiting' };

/**
 * Presses the sort button of `field`'s column and times until the list shows the first ticket of the new order. That
 * ticket is worked out first, from the adapter, outside the timed window. A header first sorts newest or highest
 * first — and the waiting time longest first (ascending).
 */
export async function measureSort(page, field, current) {
  const first = field === 'waitingSince' ? 'asc' : 'desc';
  const direction = current.sort === field ? (current.direction === 'desc' ? 'asc' : 'desc') : first;
  const column = SORT_COLUMNS[field] ?? field;
  const result = await page.evaluate(
    async ({ field, direction, column }) => {
      const probe = window.__ticketkitBench;
      const request = { ...probe.lastListRequest.request, sort: field, direction, page: 1 };
      const expected = (await probe.adapter.listTickets(request)).tickets[0].id;
      await window.__bench.nextPaint();
      const button = document.querySelector(`[data-slot="ticket-list-table"] th[data-column="${column}"] button`);
      const t0 = performance.now();
      button.click();
      return window.__bench.timeTo(t0, () => window.__bench.listShows(expected), `sorted list showing ${expected}`);
    },
    { field, direction, column },
  );
  return { sample: result, next: { sort: field, direction } };
}

const drawer = '[data-slot="tickets-panel-drawer"]';

/** Clicks the row of `id` and times until its conversation (2,000 messages, virtualised) shows its first messages. */
export async function measureOpen(page, id) {
  const sample = await page.evaluate(async (id) => {
    const row = document.querySelector(`[data-slot="ticket-list-table"] tr[data-ticket-id="${id}"]`);
    const t0 = performance.now();
    row.click();
    return window.__bench.timeTo(
      t0,
      () => {
        const open = document.querySelector('[data-slot="tickets-panel-drawer"]');
        return (
          !!open &&
          open.textContent.includes(id) &&
          !!open.querySelector('[data-slot="conversation"][data-state="ready"] [data-slot="conversation-item"]')
        );
      },
      `the conversation of ${id}`,
    );
  }, id);
  return sample;
}

/** Closes the drawer with Escape and waits until it is gone. */
export async function closeDrawer(page) {
  await page.keyboard.press('Escape');
  await page.locator(drawer).waitFor({ state: 'detached' });
}

/**
 * Opens the status menu of the open ticket, then times choosing `status` until the control shows it. Waits for
 * the save to settle first, so every change starts from the ticket's latest version.
 */
export async function measureStatus(page, status) {
  await page.locator('[data-slot="ticket-detail-controls"][data-state="idle"]').waitFor();
  await page.locator(`${drawer} button[data-control="status"]`).click();
  const item = page.locator(`[role="menuitemradio"][data-value="${status}"]`);
  await item.waitFor();
  return page.evaluate(async (status) => {
    await window.__bench.nextPaint();
    const choice = document.querySelector(`[role="menuitemradio"][data-value="${status}"]`);
    const t0 = performance.now();
    choice.click();
    return window.__bench.timeTo(
      t0,
      () => document.querySelector('[data-slot="tickets-panel-drawer"] button[data-control="status"]')?.getAttribute('data-value') === status,
      `status ${status}`,
    );
  }, status);
}
