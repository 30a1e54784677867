import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../test/axe';
import { Dialog, DialogContent, DialogTitle } from './dialog';
import { Menu, MenuContent, MenuItem, MenuTrigger } from './menu';

const FRUITS = ['Apple', 'Banana', 'Blueberry', 'Cherry', 'Date'];

/** A fruit picker: radio items, the chosen one checked, between two other buttons to tab to. */
function FruitMenu(props: { initial?: string | null; onPick?: (fruit: string) => void }): ReactNode {
  const [fruit, setFruit] = useState(props.initial ?? null);
  return (
    <>
      <button type="button">Before</button>
      <Menu>
        <MenuTrigger data-value={fruit ?? 'none'}>Fruit: {fruit ?? 'none'}</MenuTrigger>
        <MenuContent aria-label="Fruit">
          {FRUITS.map((name) => (
            <MenuItem
              key={name}
              checked={name === fruit}
              onSelect={() => {
                setFruit(name);
                props.onPick?.(name);
              }}
            >
              <span aria-hidden="true">{name === fruit && '✓'}</span>
              {name}
            </MenuItem>
          ))}
        </MenuContent>
      </Menu>
      <button type="button">After</button>
    </>
  );
}

const trigger = () => screen.getByRole('button', { name: /^Fruit/ });
const item = (name: string) => screen.getByRole('menuitemradio', { name });
const menu = () => screen.queryByRole('menu', { name: 'Fruit' });

async function openWith(key: string, initial?: string) {
  const user = userEvent.setup();
  const onPick = vi.fn();
  render(<FruitMenu initial={initial ?? null} onPick={onPick} />);
  trigger().focus();
  await user.keyboard(key);
  return { user, onPick };
}

describe('Menu', () => {
  it('is a menu button: haspopup, expanded, controls the labelled menu, data-state on trigger and menu', async () => {
    const { user } = await openWith('{Enter}', 'Cherry');
    const button = trigger();
    const popup = screen.getByRole('menu', { name: 'Fruit' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', popup.id);
    expect(button).toHaveAttribute('data-state', 'open');
    expect(popup).toHaveAttribute('data-state', 'open');
    expect(item('Cherry')).toHaveAttribute('aria-checked', 'true');
    expect(item('Cherry')).toHaveAttribute('data-state', 'checked');
    expect(item('Apple')).toHaveAttribute('aria-checked', 'false');
    expect(item('Apple')).toHaveAttribute('data-state', 'unchecked');
    await user.keyboard('{Escape}');
    expect(menu()).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('data-state', 'closed');
    expect(button).not.toHaveAttribute('aria-controls');
  });

  it.each([
    ['{Enter}', 'Cherry', 'Cherry'],
    [' ', 'Cherry', 'Cherry'],
    ['{ArrowDown}', 'Cherry', 'Cherry'],
    ['{Enter}', undefined, 'Apple'],
    ['{ArrowDown}', undefined, 'Apple'],
    ['{ArrowUp}', 'Cherry', 'Date'],
  ])('opens with %s on the checked, else the first, item; ArrowUp on the last (checked: %s)', async (key, initial, focused) => {
    await openWith(key, initial);
    expect(item(focused)).toHaveFocus();
  });

  it('moves with the arrows (wrapping), Home and End; only the active item is tabbable and highlighted', async () => {
    const { user } = await openWith('{ArrowDown}');
    const active = () => screen.getAllByRole('menuitemradio').filter((candidate) => candidate.tabIndex === 0);
    const highlighted = () => document.querySelectorAll('[data-highlighted]');
    expect(item('Apple')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Date')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Apple')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(item('Blueberry')).toHaveFocus();
    expect(active()).toEqual([item('Blueberry')]);
    expect(Array.from(highlighted())).toEqual([item('Blueberry')]);
    await user.keyboard('{End}');
    expect(item('Date')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('Apple')).toHaveFocus();
    expect(active()).toEqual([item('Apple')]);
  });

  it('jumps by typed letters: a prefix typed together, the same letter again steps on', async () => {
    const { user } = await openWith('{ArrowDown}', 'Banana');
    expect(item('Banana')).toHaveFocus();
    const pause = () => act(() => new Promise((resolve) => setTimeout(resolve, 1100)));
    // Typed within a second of each other, "bl" finds Blueberry, not Banana.
    await user.keyboard('bl');
    expect(item('Blueberry')).toHaveFocus();
    await pause();
    // Banana is found though its text starts with the (hidden) check mark.
    await user.keyboard('b');
    expect(item('Banana')).toHaveFocus();
    await user.keyboard('b');
    expect(item('Blueberry')).toHaveFocus();
    await user.keyboard('b');
    expect(item('Banana')).toHaveFocus();
    await user.keyboard('z');
    expect(item('Banana')).toHaveFocus();
    await pause();
    await user.keyboard('c');
    expect(item('Cherry')).toHaveFocus();
  });

  it.each(['{Enter}', ' '])('chooses with %s, closes and gives focus back to the trigger', async (key) => {
    const { user, onPick } = await openWith('{ArrowDown}', 'Apple');
    await user.keyboard(`{ArrowDown}${key}`);
    expect(onPick).toHaveBeenCalledExactlyOnceWith('Banana');
    expect(menu()).toBeNull();
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveAttribute('data-value', 'Banana');
  });

  it('closes with Escape, focus back on the trigger, telling outer layers the key is used', async () => {
    const seen: boolean[] = [];
    const outer = (event: KeyboardEvent) => event.key === 'Escape' && seen.push(event.defaultPrevented);
    document.addEventListener('keydown', outer, true);
    try {
      const { user, onPick } = await openWith('{ArrowDown}');
      await user.keyboard('{Escape}');
      expect(menu()).toBeNull();
      expect(trigger()).toHaveFocus();
      expect(onPick).not.toHaveBeenCalled();
      expect(seen).toEqual([true]);
    } finally {
      document.removeEventListener('keydown', outer, true);
    }
  });

  it('closes with Tab, moving on from the trigger to the next stop (Shift+Tab to the one before)', async () => {
    const { user } = await openWith('{ArrowDown}');
    await user.keyboard('{ArrowDown}{Tab}');
    expect(menu()).toBeNull();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    trigger().focus();
    await user.keyboard('{Enter}{Shift>}{Tab}{/Shift}');
    expect(menu()).toBeNull();
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
  });

  it('opens on a click with focus on the menu itself; a click chooses; a press outside closes and leaves focus there', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<FruitMenu onPick={onPick} />);
    await user.click(trigger());
    expect(menu()).toHaveFocus();
    expect(document.querySelector('[data-highlighted]')).toBeNull();
    // The trigger toggles: a second press closes.
    await user.click(trigger());
    expect(menu()).toBeNull();
    await user.click(trigger());
    await user.click(item('Date'));
    expect(onPick).toHaveBeenCalledExactlyOnceWith('Date');
    expect(trigger()).toHaveFocus();
    await user.click(trigger());
    await user.click(screen.getByRole('button', { name: 'After' }));
    expect(menu()).toBeNull();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    expect(onPick).toHaveBeenCalledTimes(1);
  });

  it('highlights the item under the mouse, and none once the mouse leaves it', async () => {
    const user = userEvent.setup();
    render(<FruitMenu />);
    await user.click(trigger());
    await user.hover(item('Banana'));
    expect(item('Banana')).toHaveFocus();
    expect(item('Banana')).toHaveAttribute('data-highlighted');
    await user.unhover(item('Banana'));
    expect(menu()).toHaveFocus();
    expect(document.querySelector('[data-highlighted]')).toBeNull();
  });

  it('does not open from a disabled trigger', async () => {
    const user = userEvent.setup();
    render(
      <Menu>
        <MenuTrigger disabled>Locked</MenuTrigger>
        <MenuContent aria-label="Locked">
          <MenuItem onSelect={() => {}}>One</MenuItem>
        </MenuContent>
      </Menu>,
    );
    await user.click(screen.getByRole('button', { name: 'Locked' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('stays open under StrictMode, whose extra effect run hands focus to the trigger and back', async () => {
    const user = userEvent.setup();
    render(
      <StrictMode>
        <FruitMenu initial="Banana" />
      </StrictMode>,
    );
    trigger().focus();
    await user.keyboard('{Enter}');
    expect(menu()).toBeInTheDocument();
    expect(item('Banana')).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(menu()).toBeNull();
    expect(trigger()).toHaveAttribute('data-value', 'Blueberry');
    expect(trigger()).toHaveFocus();
  });

  it('opens from a click no press came before, as a screen reader in browse mode sends, with focus on the chosen item', async () => {
    const onClick = vi.fn();
    render(<FruitMenu initial="Cherry" />);
    act(() => trigger().click());
    expect(menu()).toBeInTheDocument();
    expect(item('Cherry')).toHaveFocus();
    act(() => trigger().click());
    expect(menu()).toBeInTheDocument();
    cleanup();
    render(
      <Menu>
        <MenuTrigger onClick={onClick}>Fruit</MenuTrigger>
        <MenuContent aria-label="Fruit">
          <MenuItem onSelect={() => {}}>Apple</MenuItem>
        </MenuContent>
      </Menu>,
    );
    act(() => trigger().click());
    expect(onClick).toHaveBeenCalledOnce();
    expect(menu()).toBeInTheDocument();
  });

  it('takes focus itself when it has no items, so Escape still closes it', async () => {
    const user = userEvent.setup();
    render(
      <Menu>
        <MenuTrigger>Nobody</MenuTrigger>
        <MenuContent aria-label="Nobody" />
      </Menu>,
    );
    const button = screen.getByRole('button', { name: 'Nobody' });
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menu', { name: 'Nobody' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{Home}x');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('has plain items, and a popup that is a dialog holding a text box and a menu; closing it from outside returns focus', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    function Picker(): ReactNode {
      const [open, setOpen] = useState(false);
      return (
        <Menu
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            onOpenChange(next);
          }}
        >
          <MenuTrigger aria-haspopup="dialog">Assignee</MenuTrigger>
          <MenuContent role="dialog" aria-label="Assignee">
            <input aria-label="Find" onKeyDown={(event) => event.key === 'Enter' && setOpen(false)} />
            <div role="menu" aria-label="People">
              <MenuItem onSelect={() => {}}>Me</MenuItem>
            </div>
          </MenuContent>
        </Menu>
      );
    }
    const { baseElement } = render(<Picker />);
    await user.click(screen.getByRole('button', { name: 'Assignee' }));
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    const dialog = screen.getByRole('dialog', { name: 'Assignee' });
    expect(within(dialog).getByRole('menuitem', { name: 'Me' })).not.toHaveAttribute('aria-checked');
    expect(await axeViolations(baseElement)).toEqual([]);
    // Letters typed in the box stay there: no type-ahead jump to "Me".
    await user.click(within(dialog).getByRole('textbox', { name: 'Find' }));
    await user.keyboard('m');
    expect(within(dialog).getByRole('textbox')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Assignee' })).toHaveFocus();
  });

  it('inside a dialog, Escape closes the menu and not the dialog; the next Escape closes the dialog', async () => {
    const user = userEvent.setup();
    function Ticket(): ReactNode {
      const [open, setOpen] = useState(true);
      return (
        <Dialog open={open} onOpenChange={setOpen}>
          <DialogContent>
            <DialogTitle>Ticket</DialogTitle>
            <FruitMenu />
          </DialogContent>
        </Dialog>
      );
    }
    render(<Ticket />);
    trigger().focus();
    await user.keyboard('{ArrowDown}');
    expect(item('Apple')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menu()).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Ticket' })).toBeInTheDocument();
    expect(trigger()).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('has no axe violation open', async () => {
    const user = userEvent.setup();
    const { baseElement } = render(<FruitMenu initial="Banana" />);
    trigger().focus();
    await user.keyboard('{Enter}');
    expect(await axeViolations(baseElement)).toEqual([]);
  });
});

describe('Menu placement', () => {
  // jsdom has no layout: the trigger's box is given, and the popup lands where its style puts it.
  function layout(triggerBox: { top: number; bottom: number; left: number; right: number }, popupSize: { width: number; height: number }) {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      if (this.getAttribute('role') === 'menu') {
        const left = parseFloat(this.style.left) || 0;
        const top = parseFloat(this.style.top) || 0;
        return DOMRect.fromRect({ x: left, y: top, ...popupSize });
      }
      return DOMRect.fromRect({ x: triggerBox.left, y: triggerBox.top, width: triggerBox.right - triggerBox.left, height: triggerBox.bottom - triggerBox.top });
    });
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(popupSize.width);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(popupSize.height);
  }

  async function openAt(dir: 'ltr' | 'rtl' = 'ltr') {
    const user = userEvent.setup();
    render(
      <div dir={dir} style={{ direction: dir }}>
        <FruitMenu />
      </div>,
    );
    await user.click(trigger());
    return screen.getByRole('menu');
  }

  afterEach(() => vi.restoreAllMocks());

  it('sits fixed under the trigger, start-aligned, capped to the room below', async () => {
    layout({ top: 100, bottom: 130, left: 50, right: 150 }, { width: 200, height: 160 });
    const popup = await openAt();
    expect(popup.style.position).toBe('fixed');
    expect(popup.style.top).toBe('134px');
    expect(popup.style.left).toBe('50px');
    expect(popup.style.getPropertyValue('--tk-menu-available-height')).toBe(`${innerHeight - 130 - 4 - 8}px`);
  });

  it('flips above the trigger when the room below is too small', async () => {
    layout({ top: innerHeight - 60, bottom: innerHeight - 30, left: 50, right: 150 }, { width: 200, height: 160 });
    const popup = await openAt();
    expect(popup.style.top).toBe(`${innerHeight - 60 - 4 - 160}px`);
    expect(popup.style.getPropertyValue('--tk-menu-available-height')).toBe(`${innerHeight - 60 - 4 - 8}px`);
  });

  it('lines up end edges in right-to-left text, kept inside the viewport', async () => {
    const width = document.documentElement.clientWidth || 1024;
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(width);
    layout({ top: 100, bottom: 130, left: 300, right: 400 }, { width: 200, height: 100 });
    expect((await openAt('rtl')).style.left).toBe('200px');
    cleanup();
    layout({ top: 100, bottom: 130, left: width - 100, right: width - 20 }, { width: 200, height: 100 });
    expect((await openAt('ltr')).style.left).toBe(`${width - 200 - 8}px`);
  });

  it('follows the trigger when the page scrolls', async () => {
    const box = { top: 100, bottom: 130, left: 50, right: 150 };
    layout(box, { width: 200, height: 100 });
    const popup = await openAt();
    box.top = 40;
    box.bottom = 70;
    act(() => void window.dispatchEvent(new Event('scroll')));
    expect(popup.style.top).toBe('74px');
  });
});
