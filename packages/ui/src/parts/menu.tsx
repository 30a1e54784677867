import * as MenuPrimitive from '@radix-ui/react-dropdown-menu';
import { createContext, useContext, type ComponentProps, type ReactNode } from 'react';
import { usePortalPopupContent, usePortalPopupRoot, type PortalPopupContext } from '../lib/portal-popup';
import { useMergedRef } from '../lib/use-merged-ref';

/*
 * A thin wrapper over Radix DropdownMenu, the way shadcn/ui wraps it: every part that renders an element carries a
 * `data-slot` (the caller's own, from `createSlots`, wins) and Radix's `data-state`, and takes the caller's
 * `className` as given (the slot helpers put it last; the parts add no class of their own, so `unstyled` stays
 * unstyled). Radix does the rest: the menu-button pattern, roving focus and type-ahead, radio and checkbox items,
 * disabled items, collision handling and focus back on the trigger. `modal` (the default) means a press outside
 * closes the menu without reaching what is beneath; it is kept by `useOutsidePressGuard`, and Radix runs the menu
 * non-modal, which restyles nothing of the page behind as it opens and closes.
 */

const MenuContext = createContext<PortalPopupContext | null>(null);

function useMenu(part: string): PortalPopupContext {
  const menu = useContext(MenuContext);
  if (!menu) throw new Error(`<${part}> must be rendered inside <Menu>`);
  return menu;
}

/**
 * The menu's state: `open` and `onOpenChange` to control it (else it keeps its own). Its content is portaled to the
 * body and takes the theme in effect at the trigger (`data-theme`, `dir`, `lang`, density, `--tk-*` overrides), read
 * while it is open.
 */
export function Menu({ open: controlled, defaultOpen = false, onOpenChange, dir, modal = true, ...props }: ComponentProps<typeof MenuPrimitive.Root>): ReactNode {
  const root = usePortalPopupRoot({ open: controlled, defaultOpen, onOpenChange, modal });
  return (
    <MenuContext.Provider value={root.context}>
      <MenuPrimitive.Root
        {...props}
        modal={false}
        open={root.open}
        onOpenChange={root.onOpenChange}
        // Arrow keys of submenus follow the text direction where the menu is.
        dir={dir ?? root.context.theme.dir}
      />
    </MenuContext.Provider>
  );
}

/** The button that opens the menu (`aria-haspopup="menu"`, `aria-expanded`, `data-state="open|closed"`). */
export function MenuTrigger({ ref, ...props }: ComponentProps<typeof MenuPrimitive.Trigger>): ReactNode {
  const { triggerRef } = useMenu('MenuTrigger');
  const setRef = useMergedRef(triggerRef, ref);
  return <MenuPrimitive.Trigger data-slot="menu-trigger" {...props} ref={setRef} />;
}

/** Props of `MenuContent`: Radix's, plus where to portal to. */
export interface MenuContentProps extends ComponentProps<typeof MenuPrimitive.Content> {
  /** Where to portal to. Default `document.body`. */
  container?: HTMLElement | null;
}

/**
 * The popup (`role="menu"`), portaled and placed by its trigger: below and start-aligned, 4 px away, flipped or
 * shifted to stay 8 px inside the window (`--radix-dropdown-menu-content-available-height` is the room it has).
 * Arrows, Home, End and typed letters move between items; Enter or Space chooses; Escape closes.
 */
export function MenuContent({ container, ref, ...props }: MenuContentProps): ReactNode {
  const content = usePortalPopupContent(useMenu('MenuContent'), props, ref);
  return (
    <MenuPrimitive.Portal container={container}>
      <MenuPrimitive.Content data-slot="menu-content" {...content} />
    </MenuPrimitive.Portal>
  );
}

/** An item (`menuitem`): `onSelect` runs as it is chosen, then the menu closes (prevent the event's default to keep it open). */
export function MenuItem(props: ComponentProps<typeof MenuPrimitive.Item>): ReactNode {
  return <MenuPrimitive.Item data-slot="menu-item" {...props} />;
}

/** Single choice: `value` and `onValueChange`, holding `MenuRadioItem`s. */
export function MenuRadioGroup(props: ComponentProps<typeof MenuPrimitive.RadioGroup>): ReactNode {
  return <MenuPrimitive.RadioGroup data-slot="menu-radio-group" {...props} />;
}

/** One choice of a `MenuRadioGroup` (`menuitemradio`, `aria-checked`, `data-state="checked|unchecked"`). */
export function MenuRadioItem(props: ComponentProps<typeof MenuPrimitive.RadioItem>): ReactNode {
  return <MenuPrimitive.RadioItem data-slot="menu-radio-item" {...props} />;
}

/** An on/off item (`menuitemcheckbox`): `checked` and `onCheckedChange`. */
export function MenuCheckboxItem(props: ComponentProps<typeof MenuPrimitive.CheckboxItem>): ReactNode {
  return <MenuPrimitive.CheckboxItem data-slot="menu-checkbox-item" {...props} />;
}

/** Rendered inside a radio or checkbox item only while it is checked (the check mark). */
export function MenuItemIndicator(props: ComponentProps<typeof MenuPrimitive.ItemIndicator>): ReactNode {
  return <MenuPrimitive.ItemIndicator data-slot="menu-item-indicator" {...props} />;
}

/** Items that belong together (`role="group"`); name it with `aria-labelledby` pointing at a `MenuLabel`. */
export function MenuGroup(props: ComponentProps<typeof MenuPrimitive.Group>): ReactNode {
  return <MenuPrimitive.Group data-slot="menu-group" {...props} />;
}

/** A label inside the menu, not an item: it is skipped by the arrows. */
export function MenuLabel(props: ComponentProps<typeof MenuPrimitive.Label>): ReactNode {
  return <MenuPrimitive.Label data-slot="menu-label" {...props} />;
}

/** A line between groups of items (`role="separator"`). */
export function MenuSeparator(props: ComponentProps<typeof MenuPrimitive.Separator>): ReactNode {
  return <MenuPrimitive.Separator data-slot="menu-separator" {...props} />;
}
