import { useLayoutEffect, useState, type RefObject } from 'react';

/** Text direction of a side, as HTML's `dir` takes it. */
export type Direction = 'ltr' | 'rtl';

/**
 * The text direction in effect at `ref`'s element. Menus and dialogs are portaled to `<body>`, outside any `dir` the
 * host put around the panel: they take it from here so they read the same way as the panel.
 */
export function useDirection(ref: RefObject<HTMLElement | null>): Direction {
  const [direction, setDirection] = useState<Direction>('ltr');
  // No dependencies: an ancestor's `dir` can change without this component knowing; an unchanged value is free.
  useLayoutEffect(() => {
    const element = ref.current;
    if (element) setDirection(getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr');
  });
  return direction;
}
