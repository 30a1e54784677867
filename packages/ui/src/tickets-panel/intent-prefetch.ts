import { ticketMessagesOptions, useTicketsContext } from '@ticketkit/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, type SyntheticEvent } from 'react';

// A pointer (or the focus) resting this long on a row shows intent; one sweeping across the list fetches nothing.
const DWELL_MS = 80;

/** Handlers for the list pane, from `useIntentPrefetch`. */
export interface IntentPrefetchHandlers {
  onPointerOver: (event: SyntheticEvent) => void;
  onFocus: (event: SyntheticEvent) => void;
  onPointerLeave: () => void;
}

/**
 * Starts fetching a row's conversation once the pointer or the focus rests on the row, so a ticket a person is about
 * to open has its messages (often the biggest answer) on the way before the click. The messages stay fresh for 5 s,
 * so the opened ticket shows them without asking again; the ticket itself is fetched as it opens, for freshness.
 */
export function useIntentPrefetch(): IntentPrefetchHandlers {
  const client = useQueryClient();
  const source = useTicketsContext();
  const pending = useRef<{ id: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const handlers = useMemo<IntentPrefetchHandlers>(() => {
    const cancel = () => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
    };
    const onIntent = (event: SyntheticEvent) => {
      const row = (event.target as Element).closest?.<HTMLElement>('[data-ticket-id]');
      const id = row?.dataset.ticketId;
      if (id === pending.current?.id) return;
      cancel();
      if (!id) return;
      const timer = setTimeout(() => {
        pending.current = null;
        void client.prefetchQuery(ticketMessagesOptions(source, id));
      }, DWELL_MS);
      pending.current = { id, timer };
    };
    return { onPointerOver: onIntent, onFocus: onIntent, onPointerLeave: cancel };
  }, [client, source]);
  useEffect(() => handlers.onPointerLeave, [handlers]);
  return handlers;
}
