import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { defaultMessages, mergeMessages, type MessagesOverride, type TicketsUIMessages } from './messages';

const MessagesContext = createContext<TicketsUIMessages>(defaultMessages);

/** Props of `TicketsUIProvider`. */
export interface TicketsUIProviderProps {
  /** Strings to override, at any depth; the rest stay English (or the outer provider's). */
  messages?: MessagesOverride;
  children?: ReactNode;
}

/** Gives every `@ticketkit/ui` component below it the host's strings. Providers nest: inner overrides win. */
export function TicketsUIProvider({ messages, children }: TicketsUIProviderProps): ReactNode {
  const outer = useContext(MessagesContext);
  const merged = useMemo(() => mergeMessages(outer, messages), [outer, messages]);
  return <MessagesContext.Provider value={merged}>{children}</MessagesContext.Provider>;
}

/**
 * The messages in effect: the nearest provider's, with a component's own `messages` prop laid over them.
 * Pass a stable (memoised or module-level) override to avoid re-merging on every render.
 */
export function useMessages(override?: MessagesOverride): TicketsUIMessages {
  const fromContext = useContext(MessagesContext);
  return useMemo(() => (override ? mergeMessages(fromContext, override) : fromContext), [fromContext, override]);
}
