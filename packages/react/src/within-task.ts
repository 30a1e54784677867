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
