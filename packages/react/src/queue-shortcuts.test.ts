import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_SHORTCUTS, isTypingTarget, resolveQueueShortcuts, shortcutAction } from './queue-shortcuts';

const press = (key: string, target: Element = document.body, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

describe('queue shortcuts', () => {
  it('map the default keys to their actions, and a host remaps or turns them off', () => {
    const keys = resolveQueueShortcuts(undefined)!;
    expect(['j', 'k', 'Enter', 'x', '/', 'r', 'e', '?'].map((key) => shortcutAction(press(key), keys))).toEqual(['next', 'previous', 'open', 'select', 'search', 'reply', 'close', 'help']);
    const remapped = resolveQueueShortcuts({ select: 's', help: false })!;
    expect(shortcutAction(press('s'), remapped)).toBe('select');
    expect(shortcutAction(press('x'), remapped)).toBeNull();
    expect(shortcutAction(press('?'), remapped)).toBeNull();
    expect(remapped.next).toBe(DEFAULT_QUEUE_SHORTCUTS.next);
    expect(resolveQueueShortcuts(false)).toBeNull();
    // A key the host gives to one action is taken from the action that had it by default.
    const moved = resolveQueueShortcuts({ help: 'r' })!;
    expect(shortcutAction(press('r'), moved)).toBe('help');
    expect(moved.reply).toBe(false);
    expect(shortcutAction(press('?'), moved)).toBeNull();
    expect(moved.close).toBe('e');
  });

  it('never act while typing in a field, or with Ctrl, Alt or Meta held', () => {
    const keys = resolveQueueShortcuts(true)!;
    document.body.innerHTML = '<input id="i"><textarea id="t"></textarea><select id="s"></select><div contenteditable="true"><b id="c">x</b></div><button id="b">b</button>';
    for (const id of ['i', 't', 's', 'c']) {
      expect(isTypingTarget(document.getElementById(id))).toBe(true);
      expect(shortcutAction(press('j', document.getElementById(id)!), keys)).toBeNull();
    }
    expect(shortcutAction(press('j', document.getElementById('b')!), keys)).toBe('next');
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) expect(shortcutAction(press('j', document.body, { [modifier]: true }), keys)).toBeNull();
    // Shift is how "?" is typed: it stays allowed, and Shift+J is not j.
    expect(shortcutAction(press('?', document.body, { shiftKey: true }), keys)).toBe('help');
    expect(shortcutAction(press('J', document.body, { shiftKey: true }), keys)).toBeNull();
  });
});
