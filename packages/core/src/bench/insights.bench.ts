/**
 * Measures the memory adapter's insights on 100,000 generated tickets: the first call (which reads every ticket's key
 * phrases once) and then p50/p95 of calls for a 30-day, 90-day and year range, one assistant, and a member.
 * Run with `pnpm bench`.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { InsightsRequest } from '../insights/types';
import { createMemoryAdapter } from '../memory/memory-adapter';
import { DEFAULT_SEED_NOW, generateTicketData } from '../seed/generate';
import { addDays, dayIn } from '../dates';

const TICKETS = 100_000;
const RUNS = 40;
const BUDGET_MS = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const data = generateTicketData({ tickets: TICKETS, seed: 42 });
const admin = createMemoryAdapter({ data });
const owner = data.teamMembers.find((person) => person.id === data.assistants[0]!.ownerId)!;
const member = admin.withViewer({ id: owner.id, name: owner.name, role: 'member' });
const last = addDays(dayIn(DEFAULT_SEED_NOW), -1);
const range = (days: number): InsightsRequest => ({ createdFrom: addDays(last, -(days - 1)), createdTo: last, timeZone: 'Europe/Berlin' });

let started = performance.now();
await admin.getInsights(range(30));
const firstMs = performance.now() - started;

const cases: { name: string; run: () => Promise<unknown> }[] = [
  { name: '30 days, every assistant', run: () => admin.getInsights(range(30)) },
  { name: '90 days, every assistant', run: () => admin.getInsights(range(90)) },
  { name: '366 days, every assistant', run: () => admin.getInsights(range(366)) },
  { name: '30 days, one assistant', run: () => admin.getInsights({ ...range(30), assistantId: data.assistants[1]!.id }) },
  { name: '30 days, a member', run: () => member.getInsights(range(30)) },
];

const rows: { name: string; p50: number; p95: number; cpu50: number; cpu95: number }[] = [];
for (const { name, run } of cases) {
  const timings: number[] = [];
  // CPU time of the process as well: on a shared machine the wall time also counts the time other processes ran.
  const cpuTimings: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const cpu = process.cpuUsage();
    started = performance.now();
    await run();
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (i >= 5) {
      timings.push(elapsed);
      cpuTimings.push((used.user + used.system) / 1000);
    }
  }
  timings.sort((a, b) => a - b);
  cpuTimings.sort((a, b) => a - b);
  rows.push({ name, p50: percentile(timings, 50), p95: percentile(timings, 95), cpu50: percentile(cpuTimings, 50), cpu95: percentile(cpuTimings, 95) });
}

console.log(`memory adapter insights on ${TICKETS.toLocaleString('en-US')} tickets`);
console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} (1/5/15 min)`);
console.log(`first call (reads every ticket's key phrases once, kept per ticket version): ${firstMs.toFixed(0)} ms`);
console.log(`${'case'.padEnd(30)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'CPU p50'.padStart(9)}${'CPU p95'.padStart(9)}  budget`);
for (const row of rows) {
  const figures = [row.p50, row.p95, row.cpu50, row.cpu95].map((n) => n.toFixed(1).padStart(9)).join('');
  console.log(`${row.name.padEnd(30)}${figures}  ${row.p95 <= BUDGET_MS ? 'PASS' : 'MISS'}`);
}
const worst = Math.max(...rows.map((row) => row.p95));
console.log(`budget: insights within ${BUDGET_MS} ms p95 on ${TICKETS.toLocaleString('en-US')} tickets → ${worst <= BUDGET_MS ? 'PASS' : 'MISS'} (worst p95 ${worst.toFixed(1)} ms, ${RUNS} runs each)`);
if (worst > BUDGET_MS) process.exitCode = 1;
