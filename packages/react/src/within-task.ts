/**
 * Resolves once `work` settles (fulfilled or not) or the current task ends, whichever comes first. Work a local
 * backend answers at once (its promise settles in this task's microtasks) is awaited; work that needs the network
 * is not: the caller goes on in the next task, a fraction of a millisecond later.
 */
export function settledWithinTask(work: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => resolve();
    work.then(done, done);
    // Where there are no message channels, a timer is the next task (later, by the timer's clamping).
    if (typeof MessageChannel === 'undefined') {
      setTimeout(done, 0);
      return;
    }
    // A message posted now is delivered in a task of its own, after every microtask of this one.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `work` once the page is idle: after the frame being prepared is painted, or after `timeout` ms on a page that
 * is never idle. For work that is only for later (a prefetch), so it never delays what the current change shows.
 * Where there are no idle callbacks (Safari), a short timer. Returns a function that cancels it.
 */
export function whenIdle(work: () => void, timeout = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 1);
  return () => clearTimeout(timer);
}
