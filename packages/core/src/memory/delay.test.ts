import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './delay';

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resolves at once outside a page', async () => {
    await expect(afterNextPaint()).resolves.toBeUndefined();
  });

  it('in a page, waits for an animation frame and a task after it', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('document', { visibilityState: 'visible' });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    let resolved = false;
    const waiting = afterNextPaint().then(() => (resolved = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(resolved).toBe(false);
    frames.shift()!(0);
    await waiting;
    expect(resolved).toBe(true);
  });

  it('resolves at once in a hidden page, which gets no frames', async () => {
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    vi.stubGlobal('requestAnimationFrame', () => 0);
    await expect(afterNextPaint()).resolves.toBeUndefined();
  });

  it('does not wait for ever when frames stall, and rejects when aborted', async () => {
    vi.stubGlobal('document', { visibilityState: 'visible' });
    vi.stubGlobal('requestAnimationFrame', () => 0);
    await expect(afterNextPaint()).resolves.toBeUndefined();
    const controller = new AbortController();
    const waiting = afterNextPaint(controller.signal);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
  });
});
