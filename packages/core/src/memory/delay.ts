import { throwIfAborted } from '../errors';

/** A fixed delay in ms, or a range to pick from at random. */
export type Latency = number | { min: number; max: number };

/** A delay drawn from `latency`. */
export function pickLatency(latency: Latency, random: () => number = Math.random): number {
  if (typeof latency === 'number') return Math.max(0, latency);
  return Math.max(0, latency.min + random() * (latency.max - latency.min));
}

/** Waits `ms`, rejecting with the signal's reason as soon as it aborts (and clearing the timer). */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  throwIfAborted(signal);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      try {
        throwIfAborted(signal);
      } catch (reason) {
        reject(reason);
      }
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
