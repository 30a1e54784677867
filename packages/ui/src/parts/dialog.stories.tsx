import type { Meta, StoryObj } from '@storybook/react-vite';
import { StrictMode, useRef, useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Dialog } from './dialog';
import { Menu, MenuContent, MenuItem, MenuTrigger } from './menu';

/** A page taller than the window, a button that opens a dialog holding a menu, and a note of what was picked. */
function DialogDemo(): ReactNode {
  const [open, setOpen] = useState(false);
  const [fruit, setFruit] = useState('none');
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <div className="tk-root" style={{ blockSize: '300vh', padding: 16 }}>
      <button type="button" className="tk-button" ref={opener} onClick={() => setOpen(true)}>
        Pick a fruit
      </button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        onClosed={() => opener.current?.focus()}
        aria-labelledby="fruit-title"
        aria-describedby="fruit-description"
        className="tk-popover"
        // Moved as a host's stylesheet might (a translate makes it the containing block of its fixed menu).
        style={{ padding: 16, translate: '0 24px' }}
      >
        <h2 id="fruit-title">Fruit</h2>
        <p id="fruit-description">Choose one from the menu.</p>
        <Menu>
          <MenuTrigger className="tk-button">Fruit: {fruit}</MenuTrigger>
          <MenuContent aria-label="Fruits" className="tk-popover">
            {['Apple', 'Banana', 'Cherry'].map((name) => (
              <MenuItem key={name} checked={name === fruit} onSelect={() => setFruit(name)}>
                {name}
              </MenuItem>
            ))}
          </MenuContent>
        </Menu>{' '}
        <button type="button" className="tk-button" onClick={() => setOpen(false)}>
          Done
        </button>
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
 * The native modal dialog in Chromium: the page behind is inert and does not scroll, Escape in its menu closes only
 * the menu (placed under its trigger from the top layer), the next Escape closes the dialog, a click on the backdrop
 * too, and focus goes back to the button that opened it.
 */
export const NativeModal: Story = {
  play: async () => {
    const opener = body().getByRole('button', { name: 'Pick a fruit' });
    await userEvent.click(opener);
    const dialog = body().getByRole('dialog', { name: 'Fruit' });
    await expect(dialog).toHaveAccessibleDescription('Choose one from the menu.');
    await expect(dialog.matches(':modal')).toBe(true);
    const trigger = within(dialog).getByRole('button', { name: /^Fruit:/ });
    await expect(trigger).toHaveFocus();
    await expect(getComputedStyle(document.documentElement).overflow).toBe('hidden');
    // Inert behind: the opener cannot take the focus while the dialog is open.
    opener.focus();
    await expect(trigger).toHaveFocus();

    await userEvent.keyboard('{ArrowDown}');
    const menu = body().getByRole('menu', { name: 'Fruits' });
    await expect(within(menu).getByRole('menuitemradio', { name: 'Apple' })).toHaveFocus();
    // Fixed inside a translated dialog in the top layer: the menu still lands just under its trigger.
    const box = trigger.getBoundingClientRect();
    await expect(Math.round(menu.getBoundingClientRect().top - box.bottom)).toBe(4);
    await userEvent.keyboard('{Escape}');
    await expect(body().queryByRole('menu')).toBeNull();
    await expect(dialog).toHaveAttribute('open');
    await expect(trigger).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
    await expect(getComputedStyle(document.documentElement).overflow).not.toBe('hidden');

    await userEvent.click(opener);
    const again = body().getByRole('dialog', { name: 'Fruit' });
    // A click inside its box, on its padding, keeps it open; one on the backdrop closes it.
    const inside = again.getBoundingClientRect();
    await userEvent.pointer({ keys: '[MouseLeft]', target: again, coords: { clientX: inside.left + 4, clientY: inside.top + 4 } });
    await expect(again).toHaveAttribute('open');
    await userEvent.pointer({ keys: '[MouseLeft]', target: again, coords: { clientX: 2, clientY: 2 } });
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
  },
};

/**
 * Under StrictMode (development), which runs the opening effect, its cleanup and the effect again: the dialog stays
 * open, also after the task in which the browser would deliver the `close` event of a close made by that cleanup.
 */
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
    await expect(dialog).toHaveAttribute('open');
    await expect(dialog.matches(':modal')).toBe(true);
    await expect(within(dialog).getByRole('button', { name: /^Fruit:/ })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
  },
};
