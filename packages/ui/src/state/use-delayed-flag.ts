import { useEffect, useState } from 'react';

/** How long a refetch must run before the list, search box and pagination say they are busy, in ms. */
export const REFETCH_BUSY_DELAY_MS = 150;

/**
 * `on`, but only once it has stayed on for `delayMs`; off at once. A busy indicator that flashes for one frame on a
 * fast response tells the person nothing (and a screen reader announces it): it also costs that frame's style, layout
 * and paint, and delays the results behind it.
 */
export function useDelayedFlag(on: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [on, delayMs]);
  // Off again: forget it during this render, so the next refetch waits its delay afresh.
  if (!on && shown) setShown(false);
  return on && shown;
}
