import { useCallback, useRef, type RefCallback, type RefObject } from 'react';

/** How long a swallowed press waits for its click (a touch's click can trail its pointerdown). */
const CLICK_WAIT_MS = 1000;

/** Stops the rest of one press (its mousedown: focus and text selection; its click) before the page sees it. */
export function swallowRestOfPress(doc: Document): void {
  const stop = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    if (event.type === 'click') done();
  };
  let over = false;
  const done = () => {
    if (over) return;
    over = true;
    clearTimeout(timer);
    doc.removeEventListener('mousedown', stop, true);
    doc.removeEventListener('click', stop, true);
    doc.removeEventListener('pointerdown', done, true);
  };
  doc.addEventListener('mousedown', stop, true);
  doc.addEventListener('click', stop, true);
  // The next press is a new one: whatever this one left pending no longer applies.
  setTimeout(() => {
    if (!over) doc.addEventListener('pointerdown', done, true);
  });
  const timer = setTimeout(done, CLICK_WAIT_MS);
}

/**
 * While a modal popup's layer is mounted, a press outside it (but on its own trigger, which Radix toggles) closes
 * it (`close`) without reaching what is beneath: the press's pointerdown is marked handled (`defaultPrevented`,
 * which Radix's triggers and our dialog honour), and its mousedown and click are stopped. (Radix would close a menu
 * at the pointerdown too, but waits for the click to close a popover, and takes a stopped click as "handled
 * beneath, stay open".)
 *
 * This is the part of a modal menu a person notices, without Radix's modal mode (`pointer-events: none` on the body,
 * a scroll-lock style sheet, `aria-hidden` on the rest of the page, and the `inert` that axe then needs): each of those
 * restyles the whole page as the popup opens and again as it closes, 20–30 ms beside an open conversation, on every
 * status change. A menu is not a modal dialog (WAI-ARIA's menu button hides nothing); Radix keeps Tab inside it and
 * closes it when focus leaves.
 */
export function useOutsidePressGuard(
  active: boolean,
  triggerRef: RefObject<HTMLElement | null>,
  close: () => void,
): RefCallback<HTMLElement> {
  const remove = useRef<(() => void) | null>(null);
  return useCallback(
    (layer: HTMLElement | null) => {
      remove.current?.();
      remove.current = null;
      if (!layer || !active) return;
      const doc = layer.ownerDocument;
      const onPointerDown = (event: PointerEvent) => {
        const target = event.target;
        if (!(target instanceof Node) || layer.contains(target) || triggerRef.current?.contains(target)) return;
        event.preventDefault();
        swallowRestOfPress(doc);
        close();
      };
      doc.addEventListener('pointerdown', onPointerDown, true);
      remove.current = () => doc.removeEventListener('pointerdown', onPointerDown, true);
    },
    [active, triggerRef, close],
  );
}
