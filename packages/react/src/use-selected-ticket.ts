import { useCallback, useSyncExternalStore } from 'react';
import { useTicketsContext } from './context';
import { urlPrefix } from './query-source';
import { readSearch, subscribeToUrl, writeSearch } from './url-store';

/** Options of `useSelectedTicket`. */
export interface SelectedTicketOptions {
  /** Keep the selection in the URL as `?ticket=TK-1001` (with the list's prefix, if any); back closes the ticket. */
  url?: boolean | { prefix?: string };
}

/** URL parameter of the selected ticket, before any prefix. */
export const SELECTED_TICKET_PARAM = 'ticket';

/**
 * The open ticket's ID and a setter, shared by every component under the provider. Only components that read it
 * re-render when it changes: typing a search does not re-render an open ticket.
 */
export function useSelectedTicket(options: SelectedTicketOptions = {}): [string | null, (ticketId: string | null) => void] {
  const { selection } = useTicketsContext();
  const prefix = urlPrefix(options.url);
  const param = `${prefix ?? ''}${SELECTED_TICKET_PARAM}`;
  const inUrl = prefix !== null;

  const subscribe = inUrl ? subscribeToUrl : selection.subscribe;
  const read = useCallback(
    () => (inUrl ? new URLSearchParams(readSearch()).get(param) : selection.get()),
    [inUrl, param, selection],
  );
  const selected = useSyncExternalStore(subscribe, read, () => (inUrl ? null : selection.get()));

  const select = useCallback(
    (ticketId: string | null) => {
      if (!inUrl) return selection.set(ticketId);
      const params = new URLSearchParams(readSearch());
      if (ticketId === null) params.delete(param);
      else params.set(param, ticketId);
      writeSearch(params, 'push');
    },
    [inUrl, param, selection],
  );
  return [selected, select];
}
