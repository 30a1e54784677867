// Main-thread CPU time of each timed window, from a Chromium trace: on a busy machine the wall-clock figures also
// hold the time the page waited for a CPU, while thread time counts only the work the page itself did.

import { readFileSync } from 'node:fs';

const TASK = 'ThreadControllerImpl::RunTask';

/** The machine's CPU counters (Linux `/proc/stat`, in ticks): all, idle and stolen by the host; `null` elsewhere. */
function machineTicks() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal = 0] = fields.map(Number);
    return { all: user + nice + system + idle + iowait + irq + softirq + steal, idle: idle + iowait, steal };
  } catch {
    return null;
  }
}

/** What the machine did during each timed interaction, by name: its busy share and the share the host stole. */
export const machine = {};

/**
 * Runs `body(mark)` under a trace (`name`: the interaction, for `machine`); `body` passes every sample (`{ ms, t1 }`, page clock) to `mark`, in order.
 * Each sample then gets `cpu`: the renderer main thread's CPU ms of the tasks inside its window. With a `name`, the
 * machine's busy and stolen shares over the whole phase go to `machine[name]`.
 */
export async function withMainThreadCpu(browser, page, name, body) {
  const samples = [];
  const before = machineTicks();
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
    const after = machineTicks();
    if (name && before && after && after.all > before.all) {
      const all = after.all - before.all;
      machine[name] = { busy: 1 - (after.idle - before.idle) / all, steal: (after.steal - before.steal) / all };
    }
  }
}
