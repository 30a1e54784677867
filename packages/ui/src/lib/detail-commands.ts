import type { QueueShortcutKeys } from '@ticketkit/react';
import { createContext, useContext, useEffect, useRef } from 'react';

/**
 * What the open ticket's parts do when the queue's keys ask (`r`, `e`): each returns whether it acted (the composer
 * refuses for a viewer who may not reply, Close for a closed ticket or one the viewer may not change). A host's own
 * `components.Header` without the detail's tools, or its own composer, offers nothing: the key then does nothing.
 */
export interface DetailCommands {
  /** Puts the composer in reply mode and focuses it. */
  reply?: () => boolean;
  /** Closes the ticket, as its one-click Close does. */
  close?: () => boolean;
}

/** @internal What a panel shares with its open ticket's parts for the `r` and `e` keys. */
export interface DetailCommandsBox {
  /** Filled in by the open ticket's parts while they are mounted. */
  readonly commands: DetailCommands;
  /** Whether `target` is inside this panel: its list, its pane or its drawer (another panel's keys are its own). */
  owns(target: Element): boolean;
  /** The queue's keys in effect (`null`: all off), for its handler and for `aria-keyshortcuts`. */
  keys: QueueShortcutKeys | null;
}

/** @internal Given by `TicketsPanel` around its queue and its detail; `null` outside a panel. */
export const DetailCommandsContext = createContext<DetailCommandsBox | null>(null);

/** @internal The panel's box, or `null` outside a panel. */
export function useDetailCommandsBox(): DetailCommandsBox | null {
  return useContext(DetailCommandsContext);
}

/**
 * @internal Offers `run` as the open ticket's `name` command while mounted (and only inside a panel). The latest
 * `run` is called, so it may close over the part's state.
 */
export function useDetailCommand(name: keyof DetailCommands, run: () => boolean): void {
  const box = useContext(DetailCommandsContext);
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (!box) return;
    const command = () => latest.current();
    box.commands[name] = command;
    return () => {
      if (box.commands[name] === command) delete box.commands[name];
    };
  }, [box, name]);
}
