/**
 * Runs `work` once the browser has painted the next frame: an animation frame runs just before the paint, and a task
 * queued from it runs just after. Where no frame is coming (no `requestAnimationFrame`, a hidden tab) it runs in the
 * next task, and a 100 ms timer makes sure it runs even if the tab is hidden while it waits. For work that must
 * happen soon but need not hold up the frame that shows what a person just did. Returns a function that cancels it.
 */
export function afterPaint(work: () => void): () => void {
  const framesRun = typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState !== 'hidden';
  let frame: number | undefined;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const fallback = setTimeout(run, framesRun ? 100 : 0);
  if (framesRun) frame = requestAnimationFrame(() => (afterFrame = setTimeout(run, 0)));
  function cancel(): void {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(afterFrame);
    clearTimeout(fallback);
  }
  function run(): void {
    cancel();
    work();
  }
  return cancel;
}
