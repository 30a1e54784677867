import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  Menu,
  MenuCheckboxItem,
  MenuContent,
  MenuGroup,
  MenuItem,
  MenuItemIndicator,
  MenuLabel,
  MenuRadioGroup,
  MenuRadioItem,
  MenuSeparator,
  MenuTrigger,
} from './menu';

const FRUITS = ['Apple', 'Banana', 'Cherry', 'Damson', 'Elderberry', 'Fig'];
const item = { display: 'flex', gap: 8, padding: '4px 8px', cursor: 'default' } as const;

/** Props of the demo: where the trigger sits, and what a press on the row under the menu does. */
interface MenuDemoProps {
  at: 'top' | 'bottom';
  /**
   * A host's container that clips and stacks (the menu must not be cut off or covered), with its own theme,
   * direction and a `--tk-bg` override (the portaled menu must wear them).
   */
  clipped?: boolean;
  onRowClick?: () => void;
  /** Told each time the menu opens or closes. */
  onOpenChange?: (open: boolean) => void;
}

/**
 * A menu button with one radio item per fruit, a checkbox item, a disabled item and a separator, at the top or the
 * bottom of the window, with a clickable row under where the menu opens.
 */
function MenuDemo({ at, clipped = false, onRowClick, onOpenChange }: MenuDemoProps): ReactNode {
  const [fruit, setFruit] = useState('Banana');
  const [ripe, setRipe] = useState(false);
  return (
    <div className="tk-root" style={{ blockSize: '100vh', display: 'flex', flexDirection: 'column', justifyContent: at === 'top' ? 'flex-start' : 'flex-end', padding: 16 }}>
      <div
        data-testid="host-box"
        {...(clipped && { 'data-theme': 'dark', dir: 'rtl' })}
        style={clipped ? ({ overflow: 'hidden', blockSize: 48, position: 'relative', zIndex: 0, '--tk-bg': 'rgb(10, 20, 30)' } as CSSProperties) : undefined}
      >
        <Menu onOpenChange={onOpenChange}>
          <MenuTrigger className="tk-button">Fruit: {fruit}</MenuTrigger>
          <MenuContent className="tk-popover" style={{ minInlineSize: '10rem' }}>
            <MenuRadioGroup value={fruit} onValueChange={setFruit}>
              {FRUITS.map((name) => (
                <MenuRadioItem key={name} value={name} textValue={name} style={item}>
                  <span aria-hidden="true" style={{ inlineSize: '1em' }}>
                    <MenuItemIndicator>✓</MenuItemIndicator>
                  </span>
                  {name}
                </MenuRadioItem>
              ))}
            </MenuRadioGroup>
            <MenuSeparator style={{ blockSize: 1, background: 'var(--tk-border)', margin: '4px 0' }} />
            <MenuGroup aria-labelledby="fruit-more">
              <MenuLabel id="fruit-more" style={{ padding: '4px 8px', fontWeight: 600 }}>
                More
              </MenuLabel>
              <MenuCheckboxItem checked={ripe} onCheckedChange={setRipe} style={item}>
                Ripe only
              </MenuCheckboxItem>
              <MenuItem disabled style={{ ...item, opacity: 0.55 }}>
                Out of season
              </MenuItem>
            </MenuGroup>
          </MenuContent>
        </Menu>
      </div>
      <button type="button" onClick={onRowClick} style={{ marginBlockStart: at === 'top' ? 48 : 0, order: at === 'top' ? 1 : -1, blockSize: 120 }}>
        A row under the menu
      </button>
    </div>
  );
}

const meta = {
  title: 'Parts/Menu',
  component: MenuDemo,
  parameters: { layout: 'fullscreen' },
  args: { at: 'top', onRowClick: fn(), onOpenChange: fn() },
} satisfies Meta<typeof MenuDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);

/**
 * In Chromium, with real layout: Enter opens the menu under its trigger (4 px away), start-aligned, with focus on
 * the first item (the WAI-ARIA menu-button pattern); the arrows skip the separator, the label and the disabled item;
 * Enter on a radio item chooses it and focus goes back to the trigger.
 */
export const BelowTheTrigger: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Fruit: Banana' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await body().findByRole('menu', { name: 'Fruit: Banana' });
    await waitFor(() => expect(body().getByRole('menuitemradio', { name: 'Apple' })).toHaveFocus());
    await expect(body().getByRole('menuitemradio', { name: 'Banana' })).toHaveAttribute('aria-checked', 'true');
    await waitFor(() => expect(Math.round(menu.getBoundingClientRect().top - trigger.getBoundingClientRect().bottom)).toBe(4));
    await expect(Math.round(menu.getBoundingClientRect().left)).toBe(Math.round(trigger.getBoundingClientRect().left));
    // From the last fruit, down past the separator and label to the checkbox; the disabled item is skipped.
    await userEvent.keyboard('{End}');
    await expect(body().getByRole('menuitemcheckbox', { name: 'Ripe only' })).toHaveFocus();
    await expect(body().getByRole('menuitem', { name: 'Out of season' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Home}{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Fruit: Cherry' })).toHaveFocus());
    await expect(body().queryByRole('menu')).toBeNull();
  },
};

/** A trigger at the window's bottom edge: the menu flips above it, inside the window; Escape closes it. */
export const AboveTheTrigger: Story = {
  args: { at: 'bottom' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Fruit: Banana' });
    await userEvent.click(trigger);
    const menu = await body().findByRole('menu', { name: 'Fruit: Banana' });
    await waitFor(() => expect(Math.round(trigger.getBoundingClientRect().top - menu.getBoundingClientRect().bottom)).toBe(4));
    await expect(menu.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    await expect(menu).toHaveAttribute('data-side', 'top');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body().queryByRole('menu')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

/**
 * The menu is modal: a press outside closes it and does not reach what is under the pointer (the row beneath is
 * neither clicked nor focused); focus goes back to the trigger.
 */
export const PressOutsideCloses: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole('button', { name: 'A row under the menu' });
    await userEvent.click(canvas.getByRole('button', { name: 'Fruit: Banana' }));
    await body().findByRole('menu', { name: 'Fruit: Banana' });
    await userEvent.click(row);
    await waitFor(() => expect(body().queryByRole('menu')).toBeNull());
    await expect(args.onRowClick).not.toHaveBeenCalled();
    // Closed once: the guard's close and Radix's own dismissal of the same press are one change.
    await expect(args.onOpenChange).toHaveBeenNthCalledWith(1, true);
    await expect(args.onOpenChange).toHaveBeenNthCalledWith(2, false);
    await expect(args.onOpenChange).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Fruit: Banana' })).toHaveFocus());
    // The guard lasts one press: the next one reaches the row.
    await userEvent.click(row);
    await expect(args.onRowClick).toHaveBeenCalledTimes(1);
  },
};

/**
 * In a host's box that clips (`overflow: hidden`) and makes its own stacking context: the menu is portaled to the
 * body, so it is drawn whole and on top, and still wears the theme and direction of where its trigger is.
 */
export const PortaledOutOfAClippingBox: Story = {
  args: { clipped: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByTestId('host-box');
    const trigger = canvas.getByRole('button', { name: 'Fruit: Banana' });
    await userEvent.click(trigger);
    const menu = await body().findByRole('menu', { name: 'Fruit: Banana' });
    await expect(box.contains(menu)).toBe(false);
    await waitFor(() => expect(menu.getBoundingClientRect().bottom).toBeGreaterThan(box.getBoundingClientRect().bottom));
    const rect = menu.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.bottom - 6);
    await expect(menu.contains(hit)).toBe(true);
    // The theme, direction and variables in effect at the trigger reach the portaled menu.
    await waitFor(() => expect(menu).toHaveAttribute('data-theme', 'dark'));
    await expect(getComputedStyle(menu).direction).toBe('rtl');
    await expect(getComputedStyle(menu).backgroundColor).toBe('rgb(10, 20, 30)');
    // Start-aligned in right-to-left text: the right edges meet.
    await expect(rect.right).toBeCloseTo(trigger.getBoundingClientRect().right, 0);
    await userEvent.keyboard('{Escape}');
  },
};
