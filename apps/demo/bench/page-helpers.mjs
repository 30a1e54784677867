// Installed in the page before the demo loads (`page.addInitScript`): long-task recording and "painted" timing.
// Everything here runs in the browser, so timings are `performance.now()` of the page, free of protocol delays.

/** The in-page half of the benchmark; becomes `window.__bench`. */
export function installBenchHelpers() {
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  /**
   * Resolves with `performance.now()` once the next frame has been rendered: the next animation frame, then a
   * message posted from it, which runs after that frame's style, layout and paint on the main thread.
   */
  const nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /** Resolves as soon as `predicate()` holds, checked after every DOM change (and every frame, as a fallback). */
  const until = (predicate, label, timeoutMs = 15_000) =>
    new Promise((resolve, reject) => {
      if (predicate()) return resolve();
      let done = false;
      const finish = (error) => {
        if (done) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        if (!done && predicate()) finish();
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      const frame = () => {
        if (done) return;
        check();
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const timer = setTimeout(() => finish(new Error(`Timed out waiting for ${label}`)), timeoutMs);
    });

  const listTable = () => document.querySelector('[data-slot="ticket-list-table"]');
  /** The ticket ID of the list's first row, or null. */
  const firstRowId = () => listTable()?.querySelector('tbody tr[data-ticket-id]')?.getAttribute('data-ticket-id') ?? null;
  const listBusy = () => listTable()?.getAttribute('aria-busy') === 'true';
  /** The list shows `ticketId` first and is not fetching. */
  const listShows = (ticketId) => firstRowId() === ticketId && !listBusy();
  const longTasksBetween = (from, to) => longTasks.filter((task) => task.end > from && task.start < to).length;

  /** Waits until `predicate` holds, then for the frame after it: `{ ms, longTasks }` counted from `t0`. */
  const timeTo = async (t0, predicate, label) => {
    await until(predicate, label);
    const t1 = await nextPaint();
    return { ms: t1 - t0, longTasks: longTasksBetween(t0, t1), t1 };
  };

  /**
   * Runs `act` at the start of an animation frame and times until that frame is painted: the work a change costs
   * its frame, without the wait for a frame to begin (0 to 16.7 ms, by when the click lands). `frames` is 1 when the
   * change made it into that frame; otherwise it is timed to the first frame showing it, and `frames` is 2.
   */
  const inFrame = (act, predicate, label) =>
    new Promise((resolve, reject) =>
      requestAnimationFrame(() => {
        const t0 = performance.now();
        act();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const t1 = performance.now();
          if (predicate()) resolve({ ms: t1 - t0, longTasks: longTasksBetween(t0, t1), t1, frames: 1 });
          else timeTo(t0, predicate, label).then((late) => resolve({ ...late, frames: 2 }), reject);
        };
        channel.port2.postMessage(null);
      }),
    );

  // Watched from the very start, so the first row is caught however soon after load it comes.
  const firstRowPainted = until(() => listShows('TK-101000'), 'the first row', 120_000).then(nextPaint);
  window.__bench = { longTasks, nextPaint, until, firstRowId, listBusy, listShows, longTasksBetween, timeTo, inFrame, firstRowPainted };
}
