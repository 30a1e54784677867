import { useCallback, useRef, type RefCallback } from 'react';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK', 'META']);

/** Makes every other child of the body inert; returns what undoes it (only for the ones it changed). */
function makeOutsideInert(layer: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (const child of Array.from(document.body.children)) {
    if (!(child instanceof HTMLElement) || child.contains(layer) || child.inert || SKIPPED.has(child.tagName)) continue;
    child.inert = true;
    changed.push(child);
  }
  return () => {
    for (const child of changed) child.inert = false;
  };
}

/**
 * A ref for a modal layer portaled to the body (a Radix menu or popover with `modal`): while it is mounted, the rest
 * of the page is `inert`. Radix hides the rest from assistive technology (`aria-hidden`) and traps focus by script,
 * but leaves the controls behind focusable, which axe reports (`aria-hidden-focus`, radix-ui/primitives#2459);
 * `inert` is what the platform's own modal dialog does and what axe accepts. Undone as the layer unmounts, before
 * Radix gives focus back to the trigger (it waits a task).
 */
export function useInertOutside(active: boolean): RefCallback<HTMLElement> {
  const restore = useRef<(() => void) | null>(null);
  return useCallback(
    (node: HTMLElement | null) => {
      restore.current?.();
      restore.current = node && active ? makeOutsideInert(node) : null;
    },
    [active],
  );
}
