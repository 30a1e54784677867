import { useCallback, useMemo, useRef, useState, type CSSProperties, type Ref, type RefObject } from 'react';
import { usePortalTheme, type PortalTheme } from './portal-theme';
import { useClientLayoutEffect } from './use-client-layout-effect';
import { useMergedRef } from './use-merged-ref';
import { useOutsidePressGuard } from './outside-press-guard';

/** What the parts of a portaled popup (the menu, the popover) share: the trigger, the theme there, and modality. */
export interface PortalPopupContext {
  triggerRef: RefObject<HTMLButtonElement | null>;
  theme: PortalTheme;
  modal: boolean;
  /** Closes the popup (as Radix would). */
  close: () => void;
}

/**
 * A popup's root state: `open` controlled by the caller or kept here, the trigger's ref, and the theme in effect at
 * the trigger, read while open (the content is portaled out of the trigger's subtree).
 */
export function usePortalPopupRoot(options: {
  open: boolean | undefined;
  defaultOpen: boolean;
  onOpenChange: ((open: boolean) => void) | undefined;
  modal: boolean;
}): { open: boolean; onOpenChange: (open: boolean) => void; context: PortalPopupContext } {
  const { onOpenChange, modal } = options;
  const [own, setOwn] = useState(options.defaultOpen);
  const open = options.open ?? own;
  const triggerRef = useRef<HTMLButtonElement>(null);
  const theme = usePortalTheme(triggerRef, open);
  const change = useCallback(
    (next: boolean) => {
      setOwn(next);
      onOpenChange?.(next);
    },
    [onOpenChange],
  );
  // The outside-press guard closes at the press's pointerdown, and Radix's menu then dismisses on the same press:
  // the caller hears one close, not two.
  const openNow = useRef(open);
  useClientLayoutEffect(() => {
    openNow.current = open;
  }, [open]);
  const close = useCallback(() => {
    if (!openNow.current) return;
    openNow.current = false;
    change(false);
  }, [change]);
  const reported = useCallback(
    (next: boolean) => {
      if (!next && !openNow.current) return;
      openNow.current = next;
      change(next);
    },
    [change],
  );
  const context = useMemo(() => ({ triggerRef, theme, modal, close }), [theme, modal, close]);
  return { open, onOpenChange: reported, context };
}

/**
 * The props every popup's content gets: placed below its trigger, start-aligned, 4 px away, kept 8 px inside the
 * window; the trigger's theme (the caller's style laid over it). While a modal popup is open, a press outside it
 * closes it without reaching what is beneath (`useOutsidePressGuard`), and focus goes back to the trigger as it
 * closes, however it closed (the caller's `onCloseAutoFocus` can prevent that).
 */
export function usePortalPopupContent<P extends { style?: CSSProperties; onCloseAutoFocus?: (event: Event) => void }>(
  context: PortalPopupContext,
  props: P,
  ref: Ref<HTMLDivElement> | undefined,
): P & PortalTheme & { sideOffset: number; align: 'start'; collisionPadding: number; ref: (node: HTMLDivElement | null) => void } {
  const { modal, triggerRef, close } = context;
  const setRef = useMergedRef(useOutsidePressGuard(modal, triggerRef, close), ref);
  const { onCloseAutoFocus } = props;
  const closeAutoFocus = useCallback(
    (event: Event) => {
      onCloseAutoFocus?.(event);
      if (!modal || event.defaultPrevented) return;
      event.preventDefault();
      triggerRef.current?.focus();
    },
    [onCloseAutoFocus, modal, triggerRef],
  );
  return {
    sideOffset: 4,
    align: 'start',
    collisionPadding: 8,
    ...context.theme,
    ...props,
    style: { ...context.theme.style, ...props.style },
    onCloseAutoFocus: closeAutoFocus,
    ref: setRef,
  };
}
