import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

afterEach(() => vi.restoreAllMocks());

describe('afterPaint', () => {
  it('runs once, in a task queued from the next animation frame, not in the frame itself', async () => {
    const order: string[] = [];
    const work = vi.fn(() => order.push('work'));
    afterPaint(work);
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        order.push('frame');
        resolve();
      }),
    );
    expect(work).not.toHaveBeenCalled(); // the frame has not been painted yet
    await vi.waitFor(() => expect(work).toHaveBeenCalledOnce());
    expect(order).toEqual(['frame', 'work']);
    await new Promise((resolve) => setTimeout(resolve, 150)); // the fallback timer does not run it again
    expect(work).toHaveBeenCalledOnce();
  });

  it('can be cancelled', async () => {
    const work = vi.fn();
    afterPaint(work)();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(work).not.toHaveBeenCalled();
  });

  it('runs on a timer where no frames come: a hidden tab, or frames that stop', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const hidden = vi.fn();
    afterPaint(hidden);
    await vi.waitFor(() => expect(hidden).toHaveBeenCalledOnce());

    vi.restoreAllMocks();
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1); // a frame that never comes
    const stalled = vi.fn();
    afterPaint(stalled);
    await vi.waitFor(() => expect(stalled).toHaveBeenCalledOnce(), { timeout: 500 });
  });
});
