import { useRef, type ComponentProps, type ReactNode, type RefObject } from 'react';
import { useClientLayoutEffect } from '../lib/use-client-layout-effect';

/** Props of `Dialog`: the `<dialog>` element's own props, plus its state and where focus goes. */
export interface DialogProps extends Omit<ComponentProps<'dialog'>, 'open' | 'onClose' | 'onCancel'> {
  open: boolean;
  /** Asked to close (`false`) on Escape, a click on the backdrop, or when the browser closed it by itself. */
  onOpenChange: (open: boolean) => void;
  /** The ID of the dialog's title: a modal dialog must be named. */
  'aria-labelledby': string;
  /** Takes the focus as the dialog opens, instead of its first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Runs after it closed, to put focus somewhere; without it focus goes back to where it was before opening. */
  onClosed?: () => void;
}

/** The modal dialogs open now, the topmost last. */
const modals: HTMLDialogElement[] = [];
let saved = { overflow: '', scrollbarGutter: '' };

/**
 * Puts `dialog` on the stack of open modals. The first one locks the page's scroll (nested modals share the lock;
 * the last to close restores the page).
 */
function push(dialog: HTMLDialogElement): () => void {
  const root = document.documentElement;
  if (modals.push(dialog) === 1) {
    saved = { overflow: root.style.overflow, scrollbarGutter: root.style.scrollbarGutter };
    // Keep the scrollbar's room, so the page does not shift sideways as the bar goes.
    if (innerWidth > root.clientWidth) root.style.scrollbarGutter = 'stable';
    root.style.overflow = 'hidden';
  }
  return () => {
    modals.splice(modals.indexOf(dialog), 1);
    if (modals.length === 0) Object.assign(root.style, saved);
  };
}

/** What an opening reads of the latest render. */
interface Handlers {
  onOpenChange: (open: boolean) => void;
  onClosed: (() => void) | undefined;
}

/** Opens `dialog` as a modal and listens for ways to close it; returns the teardown that closes it. */
function openModal(dialog: HTMLDialogElement, initialFocus: RefObject<HTMLElement | null> | undefined, latest: RefObject<Handlers>): () => void {
  const before = document.activeElement as HTMLElement | null;
  // The platform does the rest: the top layer, the page behind inert, focus moved in.
  dialog.showModal();
  initialFocus?.current?.focus();
  const pop = push(dialog);
  const close = () => latest.current.onOpenChange(false);
  // Escape is handled here rather than left to the browser's `cancel`: the owner decides, so its state stays the
  // truth; a key a control inside used (a menu closing itself prevents the default) is left alone; and it works
  // the same for scripted keys. This listener runs after React's (its root is below the document), and preventing
  // the default stops the browser's own close request.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || modals.at(-1) !== dialog) return;
    event.preventDefault();
    close();
  };
  // Other close requests (a phone's back gesture): ask the owner too.
  const onCancel = (event: Event) => {
    event.preventDefault();
    close();
  };
  // The browser may close it without asking (a close request it does not let a page cancel, such as a back gesture
  // repeated with no click in between, or a `<form method="dialog">`): tell the owner.
  const onClose = close;
  const outside = (event: MouseEvent) => {
    const box = dialog.getBoundingClientRect();
    const { clientX: x, clientY: y } = event;
    return event.target === dialog && (x < box.left || x > box.right || y < box.top || y > box.bottom);
  };
  // A press and a release both on the backdrop: a text selection dragged out of the content does not close it.
  let pressedOutside = false;
  const onPointerDown = (event: PointerEvent) => (pressedOutside = outside(event));
  const onClick = (event: MouseEvent) => pressedOutside && outside(event) && close();
  document.addEventListener('keydown', onKeyDown);
  dialog.addEventListener('cancel', onCancel);
  dialog.addEventListener('close', onClose);
  dialog.addEventListener('pointerdown', onPointerDown);
  dialog.addEventListener('click', onClick);
  return () => {
    document.removeEventListener('keydown', onKeyDown);
    dialog.removeEventListener('cancel', onCancel);
    dialog.removeEventListener('close', onClose);
    dialog.removeEventListener('pointerdown', onPointerDown);
    dialog.removeEventListener('click', onClick);
    dialog.close();
    pop();
    const { onClosed: closed } = latest.current;
    if (closed) closed();
    else before?.focus();
  };
}

// Mounted only while open, so its effect runs once per opening and its cleanup as it closes.
function OpenDialog({ onOpenChange, initialFocus, onClosed, children, ...props }: Omit<DialogProps, 'open'>): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  // The handlers of the last render, for the listeners set up once per opening.
  const latest = useRef<Handlers>({ onOpenChange, onClosed });
  useClientLayoutEffect(() => {
    latest.current = { onOpenChange, onClosed };
  });

  // The opening in force: its teardown. A cleanup only schedules it, for the end of the commit's task: StrictMode
  // (development) runs a mounting effect's cleanup and then the effect again at once, and the dialog must not close
  // then (the owner's `onClosed` would move focus out, and the browser's `close` event a task later would close it).
  const opening = useRef<(() => void) | null>(null);
  // Bumped by every run of the effect and every cleanup: a scheduled teardown runs only if nothing came after it.
  const turn = useRef(0);
  useClientLayoutEffect(() => {
    turn.current++;
    opening.current ??= openModal(ref.current!, initialFocus, latest);
    return () => {
      const mine = ++turn.current;
      queueMicrotask(() => {
        if (turn.current !== mine) return;
        const teardown = opening.current;
        opening.current = null;
        teardown?.();
      });
    };
    // Once per opening: the handlers are read through `latest`, and `initialFocus` only counts as it opens.
  }, []);

  return (
    <dialog {...props} ref={ref}>
      {children}
    </dialog>
  );
}

/**
 * A modal dialog on the platform's `<dialog>` (`showModal()`): it sits in the top layer with the page behind it inert,
 * takes the focus (its first focusable element, or `initialFocus`), and asks `onOpenChange(false)` on Escape and on
 * a click on its backdrop (style it with `::backdrop`). The page does not scroll while it is open. Rendered only while
 * `open`; a server render shows it closed, and it opens as the page hydrates. Name it with `aria-labelledby`.
 */
export function Dialog({ open, ...props }: DialogProps): ReactNode {
  return open ? <OpenDialog {...props} /> : null;
}
