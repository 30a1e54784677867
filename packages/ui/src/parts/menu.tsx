import {
  createContext,
  useContext,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';

/** Where focus goes as the menu opens: the checked (else first) item, the last item, or the popup itself (pointer). */
type OpenFocus = 'first' | 'last' | 'popup';

interface MenuContextValue {
  open: boolean;
  show: (focus: OpenFocus) => void;
  /** Closes; `returnFocus` false when the person went elsewhere (a pointer-down outside, focus moved out). */
  hide: (returnFocus?: boolean) => void;
  triggerRef: RefObject<HTMLButtonElement | null>;
  contentId: string;
  openFocusRef: RefObject<OpenFocus>;
  returnFocusRef: RefObject<boolean>;
  /** True from the popup's closing until the next task: a click then is the tail of the key that closed it. */
  closingRef: RefObject<boolean>;
  active: string | null;
  setActive: (id: string | null) => void;
}

const MenuContext = createContext<MenuContextValue | null>(null);

function useMenu(): MenuContextValue {
  const menu = useContext(MenuContext);
  if (!menu) throw new Error('Menu parts must be rendered inside <Menu>');
  return menu;
}

/** Props of `Menu`: its parts as children; `open` and `onOpenChange` to control it (else it keeps its own state). */
export interface MenuProps {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode;
}

/**
 * A menu button (WAI-ARIA menu-button pattern): `MenuTrigger`, then `MenuContent` holding `MenuItem`s. The popup is
 * rendered in place, not portaled, so it stays inside a surrounding dialog's focus trap, and is placed with
 * `position: fixed` from the trigger's box so a scrolling parent does not clip it.
 */
export function Menu({ open: controlled, onOpenChange, children }: MenuProps): ReactNode {
  const [own, setOwn] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const openFocusRef = useRef<OpenFocus>('popup');
  const returnFocusRef = useRef(true);
  const closingRef = useRef(false);
  const contentId = useId();
  const open = controlled ?? own;
  const setOpen = (next: boolean) => {
    setOwn(next);
    if (next !== open) onOpenChange?.(next);
  };
  const show = (focus: OpenFocus) => {
    openFocusRef.current = focus;
    returnFocusRef.current = true;
    setOpen(true);
  };
  const hide = (returnFocus = true) => {
    returnFocusRef.current = returnFocus;
    setOpen(false);
  };
  return (
    <MenuContext.Provider value={{ open, show, hide, triggerRef, contentId, openFocusRef, returnFocusRef, closingRef, active, setActive }}>
      {children}
    </MenuContext.Provider>
  );
}

/**
 * The button that opens the menu: a press opens it with focus on the popup; Enter, Space and ArrowDown on the checked
 * (else first) item, ArrowUp on the last; so does a click with no press before it (a screen reader's). Its pointer-down
 * and key-down handlers are the menu's own; an `onClick` passed runs first.
 */
export function MenuTrigger(props: ComponentProps<'button'>): ReactNode {
  const { open, show, hide, triggerRef, contentId, closingRef } = useMenu();
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={open}
      aria-controls={open ? contentId : undefined}
      data-state={open ? 'open' : 'closed'}
      {...props}
      ref={triggerRef}
      onPointerDown={(event) => {
        // Open on press, not on click: a press on the open menu's trigger is not "outside", and preventing the
        // default keeps focus from landing on the trigger, so the popup can take it.
        if (props.disabled || event.button !== 0 || event.ctrlKey) return;
        if (open) return hide();
        event.preventDefault();
        show('popup');
      }}
      onClick={(event) => {
        props.onClick?.(event);
        // A click no press came before (a screen reader's browse mode, voice control, `element.click()`) opens it as
        // Enter would: those send neither pointer-down nor key-down. A pointer's own click (detail ≥ 1) is done already.
        // Not the click an Enter sends to the trigger after a key-down elsewhere closed the menu and focus came back.
        if (event.detail === 0 && !open && !closingRef.current && !event.defaultPrevented) show('first');
      }}
      onKeyDown={(event) => {
        const focus = OPEN_KEYS[event.key];
        if (!focus) return;
        event.preventDefault();
        show(focus);
      }}
    />
  );
}

const OPEN_KEYS: Partial<Record<string, OpenFocus>> = { Enter: 'first', ' ': 'first', ArrowDown: 'first', ArrowUp: 'last' };
const ITEM = '[role^="menuitem"]';
const GAP = 4;
const MARGIN = 8;

/** Places `popup` under `trigger` (above when there is more room there), start-aligned, kept inside the viewport. */
function place(popup: HTMLElement, trigger: HTMLElement): void {
  const box = trigger.getBoundingClientRect();
  const below = innerHeight - box.bottom - GAP - MARGIN;
  const above = box.top - GAP - MARGIN;
  // Measure at the larger room first, then cap the popup (CSS reads the variable) to the side it goes on.
  popup.style.setProperty('--tk-menu-available-height', `${Math.max(above, below)}px`);
  const { offsetWidth: width, offsetHeight: height } = popup;
  const up = height > below && above > below;
  popup.style.setProperty('--tk-menu-available-height', `${up ? above : below}px`);
  // Rects are physical, so the coordinates are too: start-aligned means the right edges meet in right-to-left text.
  const start = getComputedStyle(popup).direction === 'rtl' ? box.right - width : box.left;
  const left = Math.max(MARGIN, Math.min(start, document.documentElement.clientWidth - width - MARGIN));
  const top = up ? box.top - GAP - Math.min(height, above) : box.bottom + GAP;
  popup.style.left = `${left}px`;
  popup.style.top = `${top}px`;
  // A host's transformed ancestor moves where `fixed` starts from: shift by what actually landed.
  const landed = popup.getBoundingClientRect();
  popup.style.left = `${2 * left - landed.left}px`;
  popup.style.top = `${2 * top - landed.top}px`;
}

/** The text an item is found by when typing: its label, without the hidden check mark. */
function textOf(item: HTMLElement): string {
  let text = item.textContent ?? '';
  for (const hidden of item.querySelectorAll('[aria-hidden="true"]')) text = text.replace(hidden.textContent ?? '', '');
  return text.trim().toLowerCase();
}

// Mounted only while open, so its effect runs once per opening and its cleanup as it closes, while focus is still inside.
function MenuPopup(props: ComponentProps<'div'>): ReactNode {
  const { hide, triggerRef, contentId, openFocusRef, returnFocusRef, closingRef } = useMenu();
  const ref = useRef<HTMLDivElement>(null);
  const typed = useRef({ text: '', at: 0 });
  const returningFocus = useRef(false);

  useLayoutEffect(() => {
    const popup = ref.current;
    const trigger = triggerRef.current;
    if (!popup || !trigger) return;
    const reposition = () => place(popup, trigger);
    reposition();
    const items = Array.from(popup.querySelectorAll<HTMLElement>(ITEM));
    const checked = items.find((item) => item.getAttribute('aria-checked') === 'true');
    const focus = openFocusRef.current;
    // An empty menu takes focus itself, so Escape and Tab still reach it and close it.
    (
      (focus === 'first' ? (checked ?? items[0]) : focus === 'last' ? items.at(-1) : popup) ?? popup
    ).focus({ preventScroll: true });
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!popup.contains(target) && !trigger.contains(target)) hide(false);
    };
    // Capturing on window runs before a surrounding dialog's own Escape listener on document, and preventDefault
    // tells it the key is used: Escape closes the menu, not the drawer around it.
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || !popup.contains(event.target as Node)) return;
      event.preventDefault();
      hide();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('keydown', onEscape, true);
    window.addEventListener('scroll', reposition, true);
    window.addEventListener('resize', reposition);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onEscape, true);
      window.removeEventListener('scroll', reposition, true);
      window.removeEventListener('resize', reposition);
      // Closing with focus inside (a choice, Escape, a pick from a filter box) hands it back to the trigger; the ref
      // is read now on purpose, since how the menu closed decides.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      if (returnFocusRef.current && popup.contains(document.activeElement)) {
        // The popup's blur handler must not read this as focus moving away: under StrictMode this cleanup also runs
        // right after the first mount, and that blur would close the menu the moment it opened.
        returningFocus.current = true;
        trigger.focus();
        returningFocus.current = false;
        closingRef.current = true;
        setTimeout(() => (closingRef.current = false));
      }
    };
    // Once per opening: the listeners read the popup and trigger, which stay the same while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const popup = ref.current!;
    if (event.key === 'Tab') {
      // Tab moves on from the trigger, so the next stop is the one after the menu button, as if it never opened.
      triggerRef.current?.focus();
      hide(false);
      return;
    }
    // An item handled the key (Enter or Space chose it).
    if (event.defaultPrevented) return;
    const items = Array.from(popup.querySelectorAll<HTMLElement>(ITEM));
    const target = event.target as HTMLElement;
    const at = items.indexOf(target);
    // Keys typed in another control inside the popup (a filter box) are that control's.
    if (at < 0 && target !== popup) return;
    const count = items.length;
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = (at + 1) % count;
    else if (event.key === 'ArrowUp') next = at <= 0 ? count - 1 : at - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Type-ahead: letters typed within a second add up; the same letter again steps through the items it starts.
      const search = typed.current;
      search.text = event.timeStamp - search.at < 1000 ? search.text + event.key.toLowerCase() : event.key.toLowerCase();
      search.at = event.timeStamp;
      const repeated = [...search.text].every((char) => char === search.text[0]);
      const prefix = repeated ? search.text[0]! : search.text;
      const from = repeated ? at + 1 : Math.max(at, 0);
      for (let step = 0; step < count && next === undefined; step++) {
        const index = (from + step) % count;
        if (textOf(items[index]!).startsWith(prefix)) next = index;
      }
    }
    if (next === undefined) return;
    event.preventDefault();
    items[next]?.focus();
  };

  return (
    <div
      id={contentId}
      role="menu"
      tabIndex={-1}
      data-state="open"
      {...props}
      ref={ref}
      style={{ position: 'fixed', ...props.style }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Focus moved elsewhere (a shortcut, a script): the menu is no longer what the person is using.
        const to = event.relatedTarget;
        if (to && !returningFocus.current && !event.currentTarget.contains(to)) hide(false);
      }}
    />
  );
}

/**
 * The popup, shown while open: `role="menu"` (pass `role="dialog"` for a popup that holds a `role="menu"` beside
 * other controls). ArrowUp/ArrowDown (wrapping), Home, End and typed letters move between items; Enter or Space
 * chooses; Escape closes and Tab moves on, closing it; so does a pointer-down outside.
 */
export function MenuContent(props: ComponentProps<'div'>): ReactNode {
  return useMenu().open ? <MenuPopup {...props} /> : null;
}

/** Props of `MenuItem`: `checked` makes it a radio item (`menuitemradio`); `onSelect` runs as it is chosen. */
export interface MenuItemProps extends Omit<ComponentProps<'div'>, 'onSelect'> {
  checked?: boolean;
  onSelect: () => void;
}

/**
 * One item of a menu; choosing it (click, Enter, Space) runs `onSelect` and closes the menu. Only the active item is
 * focusable (`data-highlighted`); a radio item says whether it is the chosen one in `aria-checked` and `data-state`.
 */
export function MenuItem({ checked, onSelect, ...props }: MenuItemProps): ReactNode {
  const { hide, active, setActive, contentId } = useMenu();
  const id = useId();
  const radio = checked !== undefined;
  const choose = () => {
    onSelect();
    hide();
  };
  return (
    <div
      role={radio ? 'menuitemradio' : 'menuitem'}
      aria-checked={checked}
      data-state={radio ? (checked ? 'checked' : 'unchecked') : undefined}
      data-highlighted={active === id ? '' : undefined}
      tabIndex={active === id ? 0 : -1}
      {...props}
      onClick={choose}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        choose();
      }}
      onFocus={() => setActive(id)}
      onBlur={() => setActive(null)}
      onPointerMove={(event) => {
        if (event.pointerType === 'mouse' && document.activeElement !== event.currentTarget) event.currentTarget.focus({ preventScroll: true });
      }}
      // The pointer leaving an item drops its highlight: focus goes back to the popup, as after a pointer opening.
      onPointerLeave={(event) => event.pointerType === 'mouse' && document.getElementById(contentId)?.focus({ preventScroll: true })}
    />
  );
}
