import * as PopoverPrimitive from '@radix-ui/react-popover';
import { createContext, useContext, type ComponentProps, type ReactNode } from 'react';
import { usePortalPopupContent, usePortalPopupRoot, type PortalPopupContext } from '../lib/portal-popup';
import { useMergedRef } from '../lib/use-merged-ref';

/*
 * A thin wrapper over Radix Popover, the way shadcn/ui wraps it: `data-slot` on every part (the caller's own wins),
 * Radix's `data-state`, the caller's `className` as given. The content is portaled to the body and takes the theme in
 * effect at the trigger, as the menu does.
 */

const PopoverContext = createContext<PortalPopupContext | null>(null);

function usePopover(part: string): PortalPopupContext {
  const popover = useContext(PopoverContext);
  if (!popover) throw new Error(`<${part}> must be rendered inside <Popover>`);
  return popover;
}

/**
 * The popover's state: `open` and `onOpenChange` to control it (else it keeps its own). With `modal`, a press outside
 * closes it without reaching what is beneath (`useOutsidePressGuard`); focus leaving it closes it either way.
 */
export function Popover({ open: controlled, defaultOpen = false, onOpenChange, modal = false, ...props }: ComponentProps<typeof PopoverPrimitive.Root>): ReactNode {
  const root = usePortalPopupRoot({ open: controlled, defaultOpen, onOpenChange, modal });
  return (
    <PopoverContext.Provider value={root.context}>
      <PopoverPrimitive.Root
        {...props}
        modal={false}
        open={root.open}
        onOpenChange={root.onOpenChange}
      />
    </PopoverContext.Provider>
  );
}

/** The button that opens the popover (`aria-haspopup="dialog"`, `aria-expanded`); focus comes back to it on close. */
export function PopoverTrigger({ ref, ...props }: ComponentProps<typeof PopoverPrimitive.Trigger>): ReactNode {
  const { triggerRef } = usePopover('PopoverTrigger');
  const setRef = useMergedRef(triggerRef, ref);
  return <PopoverPrimitive.Trigger data-slot="popover-trigger" {...props} ref={setRef} />;
}

/** Props of `PopoverContent`: Radix's, plus where to portal to. */
export interface PopoverContentProps extends ComponentProps<typeof PopoverPrimitive.Content> {
  /** Where to portal to. Default `document.body`. */
  container?: HTMLElement | null;
}

/**
 * The popup (`role="dialog"`; name it with `aria-labelledby`), portaled and placed by its trigger: below and
 * start-aligned, 4 px away, flipped or shifted to stay 8 px inside the window
 * (`--radix-popover-content-available-height` is the room it has). Escape and a press outside close it.
 */
export function PopoverContent({ container, ref, ...props }: PopoverContentProps): ReactNode {
  const content = usePortalPopupContent(usePopover('PopoverContent'), props, ref);
  return (
    <PopoverPrimitive.Portal container={container}>
      <PopoverPrimitive.Content data-slot="popover-content" {...content} />
    </PopoverPrimitive.Portal>
  );
}
