// Main-thread CPU time of each timed window, from a Chromium trace: on a busy machine the wall-clock figures also
// hold the time the page waited for a CPU, while thread time counts only the work the page itself did.

const TASK = 'ThreadControllerImpl::RunTask';

/**
 * Runs `body(mark)` under a trace; `body` passes every sample (`{ ms, t1 }`, page clock) to `mark`, in order.
 * Each sample then gets `cpu`: the renderer main thread's CPU ms of the tasks inside its window.
 */
export async function withMainThreadCpu(browser, page, body) {
  const samples = [];
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  try {
    await body(async (sample) => {
      samples.push(sample);
      await page.evaluate(({ t0, t1 }) => {
        performance.mark('bench-window-start', { startTime: t0 });
        performance.mark('bench-window-end', { startTime: t1 });
      }, { t0: sample.t1 - sample.ms, t1: sample.t1 });
      return sample;
    });
  } finally {
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    await page.evaluate(() => performance.clearMarks());
    const starts = traceEvents.filter((event) => event.name === 'bench-window-start').sort((a, b) => a.ts - b.ts);
    const ends = traceEvents.filter((event) => event.name === 'bench-window-end').sort((a, b) => a.ts - b.ts);
    const main = starts[0] && { pid: starts[0].pid, tid: starts[0].tid };
    const tasks = main ? traceEvents.filter((e) => e.name === TASK && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur > 0) : [];
    samples.forEach((sample, index) => {
      const from = starts[index]?.ts;
      const to = ends[index]?.ts;
      if (from === undefined || to === undefined) return;
      let cpu = 0;
      for (const task of tasks) {
        const overlap = Math.min(to, task.ts + task.dur) - Math.max(from, task.ts);
        if (overlap > 0) cpu += (task.tdur ?? task.dur) * (overlap / task.dur);
      }
      sample.cpu = cpu / 1000;
    });
  }
}
