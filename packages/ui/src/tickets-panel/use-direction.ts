import { useState, type RefObject } from 'react';
import { useClientLayoutEffect } from '../lib/use-client-layout-effect';

/** Text direction of a side, as HTML's `dir` takes it. */
export type Direction = 'ltr' | 'rtl';

/**
 * The text direction in effect at `ref`'s element, read after each render. The panel's drawer, a
 * native `<dialog>` shown in the top layer, is rendered beside the panel's root rather than inside it, and placed with
 * logical properties (its inline end): it takes the direction from here so it reads and opens the same way as the
 * panel, also when the host set it with CSS alone.
 */
export function useDirection(ref: RefObject<HTMLElement | null>): Direction {
  const [direction, setDirection] = useState<Direction>('ltr');
  // No dependencies: an ancestor's `dir` can change without this component knowing. The panel itself re-renders only
  // when a ticket opens or closes (list changes re-render its parts, not it), so this is no read per keystroke or page.
  useClientLayoutEffect(() => {
    const element = ref.current;
    if (element) setDirection(getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr');
  });
  return direction;
}
