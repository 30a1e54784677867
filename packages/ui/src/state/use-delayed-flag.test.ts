import { act, renderHook } from '@testing-library/react';
import { useDelayedFlag } from './use-delayed-flag';

describe('useDelayedFlag', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns on only after the flag stayed on for the delay, and off at once', () => {
    const { result, rerender } = renderHook(({ on }) => useDelayedFlag(on, 150), { initialProps: { on: false } });
    expect(result.current).toBe(false);
    rerender({ on: true });
    act(() => vi.advanceTimersByTime(149));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    rerender({ on: false });
    expect(result.current).toBe(false);
  });

  it('never turns on for a flag that was on for less than the delay, and waits afresh the next time', () => {
    const { result, rerender } = renderHook(({ on }) => useDelayedFlag(on, 150), { initialProps: { on: true } });
    act(() => vi.advanceTimersByTime(100));
    rerender({ on: false });
    rerender({ on: true });
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(50));
    expect(result.current).toBe(true);
  });
});
