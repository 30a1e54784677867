import { useEffect, useRef } from 'react';

/**
 * The queue's keyboard actions. `reply` (focus the composer, in reply mode) and `close` (close the ticket, as its
 * one-click Close does) act on the open ticket and do nothing while none is open.
 */
export type QueueShortcutAction = 'next' | 'previous' | 'open' | 'select' | 'search' | 'reply' | 'close' | 'help';

/** The key of each action, as `KeyboardEvent.key` reports it (`'j'`, `'Enter'`, `'?'`); `false` turns one off. */
export type QueueShortcutKeys = Record<QueueShortcutAction, string | false>;

/**
 * The default keys: `j`/`k` next and previous, `Enter` opens, `x` selects, `/` searches, `r` replies to the open
 * ticket, `e` closes it, `?` lists them all.
 */
export const DEFAULT_QUEUE_SHORTCUTS: Readonly<QueueShortcutKeys> = Object.freeze({
  next: 'j',
  previous: 'k',
  open: 'Enter',
  select: 'x',
  search: '/',
  reply: 'r',
  close: 'e',
  help: '?',
});

/**
 * What a host gives to turn the shortcuts off (`false`) or remap some of them (`{ select: 's', help: false }`); the
 * actions it leaves out keep their default keys, unless the host gave that key to another action (`{ help: 'r' }`
 * takes `r` from reply, which then has no key).
 */
export type QueueShortcutsOption = boolean | Partial<QueueShortcutKeys>;

/** The keys in effect for an option: `null` when the shortcuts are off. */
export function resolveQueueShortcuts(option: QueueShortcutsOption | undefined): QueueShortcutKeys | null {
  if (option === false) return null;
  if (option === true || option === undefined) return { ...DEFAULT_QUEUE_SHORTCUTS };
  const given = new Set(Object.values(option).filter((key): key is string => typeof key === 'string'));
  const keys = { ...DEFAULT_QUEUE_SHORTCUTS };
  for (const action of Object.keys(keys) as QueueShortcutAction[]) {
    const key = keys[action];
    if (!(action in option) && key !== false && given.has(key)) keys[action] = false;
  }
  return { ...keys, ...option };
}

/**
 * Whether a key press happened while typing: in an input, a text area, a select or editable content. Shortcuts never
 * act on those keys.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

/** The action a key press asks for under `keys`, or `null`: never while typing, never with Ctrl, Alt or Meta held. */
export function shortcutAction(event: KeyboardEvent, keys: QueueShortcutKeys): QueueShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return null;
  if (isTypingTarget(event.target)) return null;
  for (const action of Object.keys(keys) as QueueShortcutAction[]) {
    if (keys[action] !== false && keys[action] === event.key) return action;
  }
  return null;
}

/**
 * Listens for the queue's shortcuts on the document while mounted and calls `onAction` with the action; the handler
 * returns `true` when it acted (the key's default is then prevented). `keys: null` listens to nothing.
 */
export function useQueueShortcuts(keys: QueueShortcutKeys | null, onAction: (action: QueueShortcutAction, event: KeyboardEvent) => boolean): void {
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  const signature = keys ? JSON.stringify(keys) : '';
  useEffect(() => {
    if (!signature) return;
    const active = JSON.parse(signature) as QueueShortcutKeys;
    const listener = (event: KeyboardEvent) => {
      const action = shortcutAction(event, active);
      if (action && handler.current(action, event)) event.preventDefault();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [signature]);
}
