import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './after-paint';

describe('useAfterPaint', () => {
  it('is false in the first render and becomes true after an animation frame, then stays true', async () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const { result, rerender } = renderHook(() => useAfterPaint());
    expect(result.current).toBe(false);
    expect(frame).toHaveBeenCalledOnce();
    await waitFor(() => expect(result.current).toBe(true));
    rerender();
    expect(result.current).toBe(true);
    expect(frame).toHaveBeenCalledOnce();
    frame.mockRestore();
  });
});
