import type { Meta, StoryObj } from '@storybook/react-vite';
import { StrictMode, useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from './dialog';

/** A page taller than the window and a button that opens a dialog holding a text box. */
function DialogDemo(): ReactNode {
  const [fruit, setFruit] = useState('');
  return (
    <div className="tk-root" style={{ blockSize: '300vh', padding: 16 }}>
      <Dialog>
        <DialogTrigger className="tk-button">Pick a fruit</DialogTrigger>
        <DialogContent
          className="tk-popover"
          overlayProps={{ style: { position: 'fixed', inset: 0, zIndex: 50, background: 'rgb(0 0 0 / 0.25)' } }}
          // Centred as shadcn's dialog is.
          style={{ position: 'fixed', top: '50%', left: '50%', translate: '-50% -50%', padding: 16 }}
        >
          <DialogTitle>Fruit</DialogTitle>
          <DialogDescription>Name one.</DialogDescription>
          <label>
            Fruit <input value={fruit} onChange={(event) => setFruit(event.target.value)} />
          </label>{' '}
          <DialogClose className="tk-button">Done</DialogClose>
        </DialogContent>
      </Dialog>
    </div>
  );
}

const meta = {
  title: 'Parts/Dialog',
  component: DialogDemo,
} satisfies Meta<typeof DialogDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);

/**
 * The modal dialog in Chromium: focus is kept inside and the page does not scroll; Escape closes it, a press on the
 * overlay too (not one inside its box), and focus goes back to the button that opened it.
 */
export const Modal: Story = {
  play: async () => {
    const opener = body().getByRole('button', { name: 'Pick a fruit' });
    await userEvent.click(opener);
    const dialog = body().getByRole('dialog', { name: 'Fruit' });
    await expect(dialog).toHaveAccessibleDescription('Name one.');
    await expect(dialog).toHaveAttribute('data-state', 'open');
    const input = within(dialog).getByRole('textbox', { name: 'Fruit' });
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('Apple');
    await expect(input).toHaveValue('Apple');
    await expect(getComputedStyle(document.body).overflow).toBe('hidden');
    // Focus is trapped: the opener behind cannot keep it while the dialog is open.
    opener.focus();
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
    await expect(getComputedStyle(document.body).overflow).not.toBe('hidden');

    await userEvent.click(opener);
    const again = body().getByRole('dialog', { name: 'Fruit' });
    // A press inside its box, on its padding, keeps it open; one on the overlay closes it.
    const inside = again.getBoundingClientRect();
    await userEvent.pointer({ keys: '[MouseLeft]', target: again, coords: { clientX: inside.left + 4, clientY: inside.top + 4 } });
    await expect(again).toBeInTheDocument();
    const overlay = document.querySelector<HTMLElement>('[data-slot="dialog-overlay"]')!;
    await userEvent.pointer({ keys: '[MouseLeft]', target: overlay, coords: { clientX: 2, clientY: 2 } });
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
  },
};

/** Under StrictMode (development), which mounts effects twice: the dialog opens, stays open and closes once. */
export const InStrictMode: Story = {
  decorators: [
    (Story) => (
      <StrictMode>
        <Story />
      </StrictMode>
    ),
  ],
  play: async () => {
    const opener = body().getByRole('button', { name: 'Pick a fruit' });
    await userEvent.click(opener);
    const dialog = body().getByRole('dialog', { name: 'Fruit' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(dialog).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Fruit' })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
  },
};
