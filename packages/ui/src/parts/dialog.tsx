import * as DialogPrimitive from '@radix-ui/react-dialog';
import { useCallback, type ComponentProps, type ReactNode } from 'react';

/*
 * A thin wrapper over Radix Dialog, the way shadcn/ui wraps it: every part that renders an element carries a
 * `data-slot` (the caller's own slot, from `createSlots`, wins) and Radix's `data-state="open|closed"`, and takes the
 * caller's `className` as given (the slot helpers put it last). Radix does the rest: the portal, the overlay, the
 * focus trap and its return, the scroll lock, the page behind hidden from assistive technology, Escape and a press
 * outside (`onEscapeKeyDown`, `onPointerDownOutside`, `onInteractOutside` pass through and can prevent the close).
 * A host's own Radix popover, select or toast opened from inside stays usable: Radix layers nest.
 */

/** The dialog's state: `open` and `onOpenChange` (asked `false` on Escape, a press outside or a `DialogClose`). */
export function Dialog(props: ComponentProps<typeof DialogPrimitive.Root>): ReactNode {
  return <DialogPrimitive.Root {...props} />;
}

/** A button that opens the dialog; focus comes back to it as the dialog closes. */
export function DialogTrigger(props: ComponentProps<typeof DialogPrimitive.Trigger>): ReactNode {
  return <DialogPrimitive.Trigger data-slot="dialog-trigger" {...props} />;
}

/** Renders its children in `document.body` (or `container`) while the dialog is open. */
export function DialogPortal(props: ComponentProps<typeof DialogPrimitive.Portal>): ReactNode {
  return <DialogPrimitive.Portal {...props} />;
}

/** The layer over the page behind the dialog; a press on it closes the dialog. */
export function DialogOverlay(props: ComponentProps<typeof DialogPrimitive.Overlay>): ReactNode {
  return <DialogPrimitive.Overlay data-slot="dialog-overlay" {...props} />;
}

/** Props of `DialogContent`: Radix's, plus the overlay's and the portal's container. */
export interface DialogContentProps extends ComponentProps<typeof DialogPrimitive.Content> {
  /** Props of the overlay drawn under the content (its slot and class). */
  overlayProps?: ComponentProps<typeof DialogOverlay>;
  /** Where to portal to. Default `document.body`. */
  container?: HTMLElement | null;
  /**
   * For a dialog whose root is `modal={false}`: keep what a person and assistive technology notice of a modal
   * dialog without Radix's page-wide machinery. See `LightModalOverlay`.
   */
  lightModal?: boolean;
}

const preventDefault = (event: Event) => event.preventDefault();

/**
 * Stops the wheel over the overlay from scrolling the page behind (a non-passive listener; React's is passive). One
 * function for every node, so a ref called again on the same node adds nothing.
 */
function useNoScrollThrough(): (node: HTMLDivElement | null) => void {
  return useCallback((node: HTMLDivElement | null) => {
    node?.addEventListener('wheel', preventDefault, { passive: false });
  }, []);
}

/**
 * The overlay of a light modal dialog: drawn under the content, it takes every press meant for the page behind — a
 * press on it closes the dialog (Radix's press outside, which waits for the click: the click lands on the overlay, so
 * nothing beneath is reached; focus stays where it was) — and the wheel over it does not scroll the page. With `aria-modal` on the content and
 * Radix's Tab loop inside, that is the modality a person and assistive technology meet.
 *
 * Why not Radix's modal mode for such a dialog: it puts `pointer-events: none` on the body, a scroll-lock style sheet
 * in the head and `aria-hidden` on the rest of the page. Each restyles the whole page as the dialog opens and again as
 * it closes; beside a long list and an open conversation that is 25–30 ms of every open of a ticket.
 */
function LightModalOverlay(props: ComponentProps<'div'>): ReactNode {
  const ref = useNoScrollThrough();
  return <div data-slot="dialog-overlay" data-state="open" aria-hidden="true" {...props} ref={ref} onMouseDown={(event) => event.preventDefault()} />;
}

/**
 * The modal dialog itself (`role="dialog"`), portaled with its overlay. Name it with a `DialogTitle` inside and
 * describe it with a `DialogDescription`; Radix links both. Focus goes to its first focusable element as it opens
 * (`onOpenAutoFocus` to change that) and back to the `DialogTrigger` as it closes (`onCloseAutoFocus`, prevent its
 * default to put focus elsewhere).
 */
export function DialogContent({ overlayProps, container, onPointerDownOutside, onFocusOutside, lightModal = false, ...props }: DialogContentProps): ReactNode {
  return (
    <DialogPortal container={container}>
      {lightModal ? <LightModalOverlay {...(overlayProps as ComponentProps<'div'>)} /> : <DialogOverlay {...overlayProps} />}
      <DialogPrimitive.Content
        data-slot="dialog-content"
        aria-modal={lightModal ? true : undefined}
        {...props}
        onPointerDownOutside={(event) => {
          onPointerDownOutside?.(event);
          // A press a menu or popover opened from inside already took (it closes that popup, and only that one).
          if (event.detail.originalEvent.defaultPrevented) event.preventDefault();
        }}
        onFocusOutside={(event) => {
          onFocusOutside?.(event);
          // A light modal stays open when focus leaves it: a dialog opened over it (the list of shortcuts, a host's
          // own) takes focus, and closing that one brings focus back. A press on the overlay or Escape closes it,
          // as Radix's modal mode, whose focus trap keeps focus from leaving at all.
          if (lightModal) event.preventDefault();
        }}
      />
    </DialogPortal>
  );
}

/** The dialog's name (an `h2`, or its child with `asChild`, e.g. a heading rendered elsewhere). */
export function DialogTitle(props: ComponentProps<typeof DialogPrimitive.Title>): ReactNode {
  return <DialogPrimitive.Title data-slot="dialog-title" {...props} />;
}

/** The dialog's description (a `p`, or its child with `asChild`). */
export function DialogDescription(props: ComponentProps<typeof DialogPrimitive.Description>): ReactNode {
  return <DialogPrimitive.Description data-slot="dialog-description" {...props} />;
}

/** A button that closes the dialog. */
export function DialogClose(props: ComponentProps<typeof DialogPrimitive.Close>): ReactNode {
  return <DialogPrimitive.Close data-slot="dialog-close" {...props} />;
}
