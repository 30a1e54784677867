import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useTicketsContext } from './context';
import { prefetchTicketDetail } from './query-options';
import { useSelectedTicket, type SelectedTicketOptions } from './use-selected-ticket';
import { settledWithinTask } from './within-task';

/**
 * Opens tickets the way the panel does: asks for the ticket, its messages, notes and history first, and selects it
 * (`useSelectedTicket`) once they are in the cache, if that happens within the current task (a local backend, a warm
 * cache): the detail is then drawn once, complete, in the frame of the press, with no loading view in between. A
 * backend that needs the network does not hold it back: the ticket is selected in the next task and shows its
 * loading view meanwhile. When another ticket is opened before, only the later one is selected.
 *
 * @returns `open(ticketId)`, whose promise resolves once the ticket is selected (`false` when a later `open`
 * superseded it).
 */
export function useOpenTicket(options: SelectedTicketOptions = {}): (ticketId: string) => Promise<boolean> {
  const client = useQueryClient();
  const source = useTicketsContext();
  const [, select] = useSelectedTicket(options);
  const opening = useRef<string | null>(null);
  return useCallback(
    async (ticketId: string) => {
      opening.current = ticketId;
      await settledWithinTask(prefetchTicketDetail(client, source, ticketId));
      if (opening.current !== ticketId) return false;
      opening.current = null;
      select(ticketId);
      return true;
    },
    [client, source, select],
  );
}
