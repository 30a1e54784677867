import { createContext, useContext, useEffect, useRef } from 'react';

/**
 * What the open ticket's parts can do when the queue's keys ask (`r`, `e`): each returns whether it acted. A part
 * that is not shown (no composer for a viewer who may not reply, no Close for a closed ticket) leaves its command out.
 */
export interface DetailCommands {
  /** Puts the composer in reply mode and focuses it. */
  reply?: () => boolean;
  /** Closes the ticket, as its one-click Close does. */
  close?: () => boolean;
}

/** @internal The open ticket's commands, filled in by its parts; given by the panel around its queue and its detail. */
export const DetailCommandsContext = createContext<{ current: DetailCommands } | null>(null);

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
    box.current[name] = command;
    return () => {
      if (box.current[name] === command) delete box.current[name];
    };
  }, [box, name]);
}
