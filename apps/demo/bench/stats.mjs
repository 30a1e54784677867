// Percentiles, targets and the printed table of `pnpm bench:ui`.

/** Nearest-rank percentile of `values` (0 < p ≤ 100). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** What each interaction must stay under at p95, in ms (the issue's targets; `null`: reported only). */
export const TARGETS = {
  load: { label: 'First row painted after load (from navigation)', p95: null },
  loadRequest: { label: '  of which: first list request → first row painted', p95: null },
  search: { label: 'Search: debounced request → results painted', p95: 50 },
  page: { label: 'Page change → painted (pressed at any moment: includes the wait for the next frame)', p95: 50 },
  // Reported, no longer a target (issue 14): the 50 ms of every interaction holds for page changes too.
  pageFrame: { label: 'Page change → painted, pressed as a frame begins (the work of one frame; reported)', p95: null },
  sort: { label: 'Sort change → painted', p95: 50 },
  open: { label: 'Open a 2,000-message ticket → painted', p95: 50 },
  status: { label: 'Status change → painted', p95: 50 },
};
const HEAP_LIMIT = 1.1;

const ms = (value) => `${value.toFixed(1)} ms`;

/** Prints the table of figures and verdicts; returns whether every target was met (of the interactions timed). */
export function summarise({ samples, heap, version, machine = {}, seconds }) {
  const series = {
    ...samples,
    loadRequest: samples.load?.map((s) => ({ ms: s.fromRequest, longTasks: s.longTasksFromRequest })),
  };
  let ok = true;
  const runCount = Math.max(0, ...Object.values(samples).map((runs) => runs.length));
  const loads = samples.load ? ` (the load: ${samples.load.length})` : '';
  console.log(`\nChromium ${version}, ${runCount} runs of each interaction${loads}, ${seconds.toFixed(0)} s in all\n`);
  console.log('| Measure | Runs | p50 | p95 | Main-thread CPU p50 / p95 | Long tasks (runs with one / in all) | Target (p95) | Runs over it | Verdict |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [key, { label, p95: target }] of Object.entries(TARGETS)) {
    const runs = series[key];
    if (runs === undefined) continue; // not timed in this run (BENCH_ONLY)
    const times = runs.map((s) => s.ms);
    const p95 = percentile(times, 95);
    const withLong = runs.filter((s) => s.longTasks > 0).length;
    const allLong = runs.reduce((sum, s) => sum + s.longTasks, 0);
    const pass = target === null ? null : p95 < target;
    if (pass === false) ok = false;
    const verdict = pass === null ? '—' : pass ? 'PASS' : 'MISS';
    const cpu = runs.map((s) => s.cpu).filter((value) => value !== undefined);
    const cpuText = cpu.length > 0 ? `${ms(percentile(cpu, 50))} / ${ms(percentile(cpu, 95))}` : '—';
    const longText = runs.some((s) => s.longTasks !== undefined) ? `${withLong} / ${allLong}` : '—';
    const over = target === null ? '—' : String(times.filter((time) => time >= target).length);
    console.log(`| ${label} | ${runs.length} | ${ms(percentile(times, 50))} | ${ms(p95)} | ${cpuText} | ${longText} | ${target === null ? '—' : `< ${target} ms`} | ${over} | ${verdict} |`);
  }
  if (samples.pageFrame !== undefined) {
    const missed = samples.pageFrame.filter((s) => s.frames !== 1).length;
    console.log(`| Page changes that missed the frame they were pressed in (reported) | ${samples.pageFrame.length} | | | | | — | | ${missed} |`);
  }
  // Print each row whatever came before: `ok &&= row()` would skip the row once an earlier target was missed.
  if (samples.search !== undefined) ok = typingRow(samples.search) && ok;
  // BENCH_SAMPLES=1: every run's time in the order they ran (which runs were slow: the first, cold ones, or any).
  if (process.env.BENCH_SAMPLES === '1') {
    console.log('');
    for (const [key, runs] of Object.entries(samples)) console.log(`${key}: ${runs.map((s) => s.ms.toFixed(0)).join(' ')}`);
  }
  // How busy the machine was while each was timed, and what the host (hypervisor) took from it: a slow spell shows
  // here as well as in the main-thread CPU column.
  const phases = Object.entries(machine);
  if (phases.length > 0) {
    const pct = (share) => `${(share * 100).toFixed(1)}%`;
    console.log(`\nThe machine while timing (all cores busy / stolen by the host): ${phases.map(([name, m]) => `${name} ${pct(m.busy)} / ${pct(m.steal)}`).join(', ')}`);
  }
  if (heap !== undefined) ok = heapRow(heap) && ok;
  return ok;
}

/** The typing row: long tasks from the first key to the results; whether there were none. */
function typingRow(search) {
  const typing = search.reduce((sum, s) => sum + s.typingLongTasks, 0);
  const typingPass = typing === 0;
  console.log(`| Long tasks while typing (first key → results painted) | ${search.length} | | | | ${search.filter((s) => s.typingLongTasks > 0).length} / ${typing} | none | | ${typingPass ? 'PASS' : 'MISS'} |`);
  return typingPass;
}

/** The heap line: growth after the page changes and opens; whether it stayed within the limit. */
function heapRow(heap) {
  const ratio = heap.after / heap.before;
  const heapPass = ratio <= HEAP_LIMIT;
  const mb = (bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  console.log(
    `\nHeap after GC: ${mb(heap.before)} at start, ${mb(heap.after)} after ${heap.pageChanges} page changes and ${heap.opens} ticket opens ` +
      `(${((ratio - 1) * 100).toFixed(1)}%; target ≤ +10%): ${heapPass ? 'PASS' : 'MISS'}`,
  );
  return heapPass;
}
