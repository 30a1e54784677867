import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../test/axe';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from './dialog';

/** An owner keeping the state, with a trigger; it can refuse Escape the way a caller of `onEscapeKeyDown` does. */
function Owner(props: { initiallyOpen?: boolean; keepOnEscape?: boolean; children?: ReactNode }): ReactNode {
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  return (
    <>
      <button type="button">Before</button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger className="host-trigger">Pick a day</DialogTrigger>
        <DialogContent
          data-slot="test-dialog"
          className="host-dialog"
          overlayProps={{ className: 'host-overlay' }}
          onEscapeKeyDown={props.keepOnEscape ? (event) => event.preventDefault() : undefined}
        >
          <DialogTitle>Created between</DialogTitle>
          <DialogDescription>Or a preset.</DialogDescription>
          <button type="button">Today</button>
          {props.children}
          <DialogClose>Done</DialogClose>
        </DialogContent>
      </Dialog>
    </>
  );
}

describe('Dialog (Radix Dialog, wrapped)', () => {
  it('renders nothing while closed; open, it is a named, described dialog with its slots, state and classes', async () => {
    const user = userEvent.setup();
    render(<Owner />);
    expect(screen.queryByRole('dialog')).toBeNull();
    const trigger = screen.getByRole('button', { name: 'Pick a day' });
    expect(trigger).toHaveAttribute('data-slot', 'dialog-trigger');
    expect(trigger).toHaveAttribute('data-state', 'closed');
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Created between' });
    expect(dialog).toHaveAccessibleDescription('Or a preset.');
    expect(dialog).toHaveAttribute('data-slot', 'test-dialog');
    expect(dialog).toHaveAttribute('data-state', 'open');
    expect(dialog).toHaveClass('host-dialog');
    expect(trigger).toHaveAttribute('data-state', 'open');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const overlay = document.querySelector('[data-slot="dialog-overlay"]');
    expect(overlay).toHaveClass('host-overlay');
    expect(overlay).toHaveAttribute('data-state', 'open');
    expect(screen.getByText('Created between')).toHaveAttribute('data-slot', 'dialog-title');
    // Portaled: not inside the tree it was rendered from.
    expect(trigger.parentElement!.contains(dialog)).toBe(false);
  });

  it('takes the focus on its first focusable element and gives it back to the trigger as it closes', async () => {
    const user = userEvent.setup();
    render(<Owner />);
    await user.click(screen.getByRole('button', { name: 'Pick a day' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Today' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pick a day' })).toHaveFocus());
  });

  it('closes on Escape, unless the caller prevents it in onEscapeKeyDown', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Owner initiallyOpen />);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    unmount();
    render(<Owner initiallyOpen keepOnEscape />);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('closes only the topmost of nested dialogs on Escape', async () => {
    const user = userEvent.setup();
    render(
      <Owner initiallyOpen>
        <Owner />
      </Owner>,
    );
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Pick a day' }));
    // The outer one is hidden from assistive technology while the inner one is open: count the elements.
    const dialogs = () => document.querySelectorAll('[role="dialog"]');
    expect(dialogs()).toHaveLength(2);
    await user.keyboard('{Escape}');
    expect(dialogs()).toHaveLength(1);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('has no axe violation closed and open', async () => {
    const user = userEvent.setup();
    const { baseElement } = render(<Owner />);
    expect(await axeViolations(baseElement)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Pick a day' }));
    expect(await axeViolations(baseElement)).toEqual([]);
  });

  it('renders closed on a server', () => {
    const consoleError = vi.spyOn(console, 'error');
    expect(renderToString(<Owner initiallyOpen />)).not.toContain('role="dialog"');
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });
});
