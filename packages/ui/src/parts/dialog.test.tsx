import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useRef, useState, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from './dialog';

/** An owner keeping the state: a button opens it; `onOpenChange` is spied on, and can be told to refuse closing. */
function Owner(props: { initiallyOpen?: boolean; refuse?: boolean; onOpenChange?: (open: boolean) => void; onClosed?: () => void; focusDone?: boolean; children?: ReactNode }): ReactNode {
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  const done = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          props.onOpenChange?.(next);
          if (!props.refuse) setOpen(next);
        }}
        onClosed={props.onClosed}
        initialFocus={props.focusDone ? done : undefined}
        aria-labelledby="t"
        aria-describedby="d"
        data-slot="test-dialog"
      >
        <h2 id="t">Pick a day</h2>
        <p id="d">Or a preset.</p>
        <button type="button">Today</button>
        {props.children}
        <button type="button" ref={done} onClick={() => setOpen(false)}>
          Done
        </button>
      </Dialog>
    </>
  );
}

const dialog = () => screen.getByRole('dialog') as HTMLDialogElement;

async function openOwner(props: Parameters<typeof Owner>[0] = {}) {
  const user = userEvent.setup();
  render(<Owner {...props} />);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  return user;
}

/** Gives the dialog a box (jsdom has no layout): x 100–400, y 50–450. */
function boxAt() {
  vi.spyOn(dialog(), 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 100, y: 50, width: 300, height: 400 }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Dialog', () => {
  it('renders nothing while closed, then opens as a modal named by its title and described', async () => {
    render(<Owner />);
    expect(screen.queryByRole('dialog')).toBeNull();
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open' }));
    expect(showModal).toHaveBeenCalledOnce();
    expect(dialog()).toHaveAttribute('open');
    expect(dialog()).toHaveAccessibleName('Pick a day');
    expect(dialog()).toHaveAccessibleDescription('Or a preset.');
    expect(dialog()).toHaveAttribute('data-slot', 'test-dialog');
  });

  it('puts focus on its first focusable element, or on initialFocus', async () => {
    await openOwner();
    expect(screen.getByRole('button', { name: 'Today' })).toHaveFocus();
    render(<Owner focusDone />);
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Open' })[1]!);
    expect(screen.getAllByRole('button', { name: 'Done' })[1]).toHaveFocus();
  });

  it('on Escape or a cancel asks the owner, preventing the browser from closing it; stays open while the owner keeps it', async () => {
    const onOpenChange = vi.fn();
    await openOwner({ refuse: true, onOpenChange });
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    screen.getByRole('button', { name: 'Today' }).dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(true);
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    const cancel = new Event('cancel', { cancelable: true });
    dialog().dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(onOpenChange).toHaveBeenCalledTimes(2);
    expect(dialog()).toHaveAttribute('open');
  });

  it('closes only the topmost of nested dialogs on Escape', async () => {
    const outer = vi.fn();
    const user = userEvent.setup();
    render(
      <Dialog open onOpenChange={outer} aria-labelledby="o">
        <h2 id="o">Outer</h2>
        <Owner />
      </Dialog>,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('dialog', { name: 'Pick a day' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Pick a day' })).toBeNull();
    expect(outer).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(outer).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('closes on Escape with the owner agreeing, calls close() and gives focus back to where it was', async () => {
    const user = await openOwner();
    const close = vi.spyOn(dialog(), 'close');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(close).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('leaves the focus to onClosed when given', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    const user = await openOwner({ onClosed: () => outside.focus() });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(outside).toHaveFocus();
    outside.remove();
  });

  it('under StrictMode opens once and calls onClosed only when it really closes (not for the remount of its effects)', async () => {
    const onClosed = vi.fn();
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const close = vi.spyOn(HTMLDialogElement.prototype, 'close');
    const user = userEvent.setup();
    render(
      <StrictMode>
        <Owner onClosed={onClosed} />
      </StrictMode>,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(dialog()).toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Today' })).toHaveFocus();
    expect(showModal).toHaveBeenCalledOnce();
    expect(close).not.toHaveBeenCalled();
    expect(onClosed).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(close).toHaveBeenCalledOnce();
    expect(onClosed).toHaveBeenCalledOnce();
  });

  it('does not close on an Escape that a control inside used (a menu closing itself)', async () => {
    const onOpenChange = vi.fn();
    const user = await openOwner({
      onOpenChange,
      children: <input aria-label="Filter" onKeyDown={(event) => event.key === 'Escape' && event.preventDefault()} />,
    });
    await user.click(screen.getByRole('textbox', { name: 'Filter' }));
    await user.keyboard('{Escape}');
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(dialog()).toHaveAttribute('open');
  });

  it('closes on a press and release on the backdrop, not inside its box nor on a drag out of its content', async () => {
    const onOpenChange = vi.fn();
    await openOwner({ refuse: true, onOpenChange });
    boxAt();
    const today = screen.getByRole('button', { name: 'Today' });
    // On its own padding (the dialog element, inside its box).
    fireEvent.pointerDown(dialog(), { clientX: 120, clientY: 60 });
    fireEvent.click(dialog(), { clientX: 120, clientY: 60 });
    // A selection dragged from the content and let go on the backdrop: the click lands on the dialog.
    fireEvent.pointerDown(today, { clientX: 150, clientY: 100 });
    fireEvent.click(dialog(), { clientX: 20, clientY: 20 });
    fireEvent.click(today, { clientX: 150, clientY: 100 });
    expect(onOpenChange).not.toHaveBeenCalled();
    fireEvent.pointerDown(dialog(), { clientX: 20, clientY: 200 });
    fireEvent.click(dialog(), { clientX: 20, clientY: 200 });
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('tells the owner when the browser closed it without asking', async () => {
    const onOpenChange = vi.fn();
    await openOwner({ onOpenChange });
    act(() => dialog().close());
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('locks the page scroll while open, nested dialogs included, and restores the page style after', async () => {
    const root = document.documentElement;
    root.style.overflow = 'clip';
    function Two(props: { first: boolean; second: boolean }): ReactNode {
      return (
        <>
          <Dialog open={props.first} onOpenChange={() => {}} aria-labelledby="a">
            <h2 id="a">First</h2>
          </Dialog>
          <Dialog open={props.second} onOpenChange={() => {}} aria-labelledby="b">
            <h2 id="b">Second</h2>
          </Dialog>
        </>
      );
    }
    const { rerender } = render(<Two first={true} second={false} />);
    expect(root.style.overflow).toBe('hidden');
    rerender(<Two first={true} second={true} />);
    // A dialog closes at the end of the task that unmounted it (see the StrictMode test), which the async act waits for.
    await act(async () => rerender(<Two first={false} second={true} />));
    expect(root.style.overflow).toBe('hidden');
    await act(async () => rerender(<Two first={false} second={false} />));
    expect(root.style.overflow).toBe('clip');
    root.style.overflow = '';
  });

  it('renders closed on a server: no showModal there, it opens as the page hydrates', () => {
    const html = renderToString(
      <Dialog open onOpenChange={() => {}} aria-labelledby="t">
        <h2 id="t">Ticket</h2>
      </Dialog>,
    );
    expect(html).toMatch(/^<dialog aria-labelledby="t">/);
    expect(html).not.toMatch(/\bopen\b/);
  });
});
