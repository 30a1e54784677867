import * as DialogPrimitive from '@radix-ui/react-dialog';
import type { ComponentProps, ReactNode } from 'react';

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
}

/**
 * The modal dialog itself (`role="dialog"`), portaled with its overlay. Name it with a `DialogTitle` inside and
 * describe it with a `DialogDescription`; Radix links both. Focus goes to its first focusable element as it opens
 * (`onOpenAutoFocus` to change that) and back to the `DialogTrigger` as it closes (`onCloseAutoFocus`, prevent its
 * default to put focus elsewhere).
 */
export function DialogContent({ overlayProps, container, onPointerDownOutside, ...props }: DialogContentProps): ReactNode {
  return (
    <DialogPortal container={container}>
      <DialogOverlay {...overlayProps} />
      <DialogPrimitive.Content
        data-slot="dialog-content"
        {...props}
        onPointerDownOutside={(event) => {
          onPointerDownOutside?.(event);
          // A press a menu or popover opened from inside already took (it closes that popup, and only that one).
          if (event.detail.originalEvent.defaultPrevented) event.preventDefault();
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
