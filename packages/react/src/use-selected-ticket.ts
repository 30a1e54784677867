import { useCallback, useSyncExternalStore } from 'react';
import { useTicketsContext } from './context';
import { urlPrefix } from './query-source';
import { writeUrlParams } from './url-adapter';

/** Options of `useSelectedTicket`. */
export interface SelectedTicketOptions {
  /**
   * Keep the selection in the URL as `?ticket=TK-1001` (with the list's prefix, if any), through the provider's `url`
   * adapter. Opening a ticket adds a history step, so back closes it; closing replaces the step, so back does not
   * open it again.
   */
  url?: boolean | { prefix?: string };
}

/** URL parameter of the selected ticket, before any prefix. */
export const SELECTED_TICKET_PARAM = 'ticket';

/**
 * The open ticket's ID and a setter, shared by every component under the provider. Only components that read it
 * re-render when it changes: typing a search does not re-render an open ticket.
 */
export function useSelectedTicket(options: SelectedTicketOptions = {}): [string | null, (ticketId: string | null) => void] {
  const { selection, url } = useTicketsContext();
  const prefix = urlPrefix(options.url);
  const param = `${prefix ?? ''}${SELECTED_TICKET_PARAM}`;
  const inUrl = prefix !== null;

  const subscribe = useCallback((listener: () => void) => (inUrl ? url.subscribe(listener) : selection.subscribe(listener)), [inUrl, url, selection]);
  // The parameter, not the whole query string: a change of the list's parameters does not re-render the reader.
  const read = useCallback(() => (inUrl ? new URLSearchParams(url.read()).get(param) : selection.get()), [inUrl, url, param, selection]);
  const readOnServer = useCallback(
    () => (inUrl ? new URLSearchParams(url.readOnServer?.() ?? '').get(param) : selection.get()),
    [inUrl, url, param, selection],
  );
  const selected = useSyncExternalStore(subscribe, read, readOnServer);

  const select = useCallback(
    (ticketId: string | null) => {
      if (!inUrl) return selection.set(ticketId);
      const params = new URLSearchParams(url.read());
      if (ticketId === null) params.delete(param);
      else params.set(param, ticketId);
      // Opening is a step back can undo; closing is not one back should undo (that would reopen the ticket).
      writeUrlParams(url, params, ticketId === null ? 'replace' : 'push');
    },
    [inUrl, url, param, selection],
  );
  return [selected, select];
}
