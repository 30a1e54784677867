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

/** How long a write waits for the frame at most (animation frames can stall: a page being loaded, a busy machine). */
const PAINT_WAIT_MS = 100;

/**
 * Resolves once the page has painted its next frame (an animation frame, then a task after it), so that work started
 * now runs after what the current event changed is on screen. At once where nothing is painted: outside a page, or
 * in a hidden one (it gets no animation frames). Rejects with the signal's reason if it aborts first.
 */
export function afterNextPaint(signal?: AbortSignal): Promise<void> {
  throwIfAborted(signal);
  const page = typeof document !== 'undefined' && typeof requestAnimationFrame === 'function';
  if (!page || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (error?: unknown): void => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = (): void => {
      try {
        throwIfAborted(signal);
      } catch (reason) {
        finish(reason);
      }
    };
    requestAnimationFrame(() => setTimeout(() => finish()));
    const fallback = setTimeout(() => finish(), PAINT_WAIT_MS);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
