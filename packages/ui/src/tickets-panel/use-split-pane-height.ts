import { useEffect, type RefObject } from 'react';

/**
 * Keeps the split layout's ticket pane within the viewport: its height is what is left of the window below its top
 * (the host's header above the panel included), as `--tk-split-height`, so its composer shows without scrolling the
 * page; once the page scrolls the pane sticks at the top and takes the whole height. Measured on scroll and resize,
 * once a frame at most, only in the split layout.
 */
export function useSplitPaneHeight(pane: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const element = pane.current;
    if (!enabled || !element || typeof window === 'undefined') return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const top = Math.max(0, element.getBoundingClientRect().top);
      element.style.setProperty('--tk-split-height', `${Math.round(window.innerHeight - top)}px`);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [pane, enabled]);
}
