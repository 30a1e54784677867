/** Latency figures of one scenario, in milliseconds. */
export interface LatencyReport {
  requests: number;
  p50: number;
  p95: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/**
 * A bounded load generator: exactly `requests` calls of `run`, at most `concurrency` in flight, each timed.
 * Throws on the first failed call, so a figure never hides errors.
 */
export async function measure(requests: number, concurrency: number, run: (index: number) => Promise<void>): Promise<LatencyReport> {
  const timings: number[] = [];
  let next = 0;
  async function worker() {
    while (next < requests) {
      const index = next++;
      const started = performance.now();
      await run(index);
      timings.push(performance.now() - started);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  timings.sort((a, b) => a - b);
  return { requests, p50: percentile(timings, 50), p95: percentile(timings, 95), max: timings[timings.length - 1] ?? Number.NaN };
}

/** `12.3 ms`. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
