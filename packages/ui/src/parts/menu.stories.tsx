import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Menu, MenuContent, MenuItem, MenuTrigger } from './menu';

const FRUITS = ['Apple', 'Banana', 'Cherry', 'Damson', 'Elderberry', 'Fig'];

/** A menu button with one radio item per fruit, placed at the top or the bottom of the window. */
function MenuDemo({ at }: { at: 'top' | 'bottom' }): ReactNode {
  const [fruit, setFruit] = useState('Banana');
  return (
    <div className="tk-root" style={{ blockSize: '100vh', display: 'flex', alignItems: at === 'top' ? 'flex-start' : 'flex-end', padding: 16 }}>
      <Menu>
        <MenuTrigger className="tk-button">Fruit: {fruit}</MenuTrigger>
        <MenuContent aria-label="Fruits" className="tk-popover" style={{ minInlineSize: '10rem' }}>
          {FRUITS.map((name) => (
            <MenuItem key={name} checked={name === fruit} onSelect={() => setFruit(name)} style={{ padding: '4px 8px' }}>
              {name}
            </MenuItem>
          ))}
        </MenuContent>
      </Menu>
    </div>
  );
}

const meta = {
  title: 'Parts/Menu',
  component: MenuDemo,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof MenuDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * In Chromium, with real layout: Enter opens the menu under its trigger, start-aligned, with focus on the checked
 * item; ArrowDown and Enter choose the next one; focus goes back to the trigger.
 */
export const BelowTheTrigger: Story = {
  args: { at: 'top' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Fruit: Banana' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const menu = canvas.getByRole('menu', { name: 'Fruits' });
    await expect(canvas.getByRole('menuitemradio', { name: 'Banana' })).toHaveFocus();
    const box = trigger.getBoundingClientRect();
    const popup = menu.getBoundingClientRect();
    await expect(Math.round(popup.top - box.bottom)).toBe(4);
    await expect(Math.round(popup.left)).toBe(Math.round(box.left));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Fruit: Cherry' })).toHaveFocus());
    await expect(canvas.queryByRole('menu')).toBeNull();
  },
};

/** A trigger at the window's bottom edge: the menu opens above it, inside the window; Escape closes it. */
export const AboveTheTrigger: Story = {
  args: { at: 'bottom' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Fruit: Banana' });
    await userEvent.click(trigger);
    const popup = canvas.getByRole('menu', { name: 'Fruits' }).getBoundingClientRect();
    await expect(Math.round(trigger.getBoundingClientRect().top - popup.bottom)).toBe(4);
    await expect(popup.top).toBeGreaterThanOrEqual(0);
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('menu')).toBeNull();
    await expect(trigger).toHaveFocus();
  },
};
