import { exportTicketsCsv, isAbortError, type ExportProgress, type TicketQuery } from '@ticketkit/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTicketsContext } from './context';

/** Where a list export stands. */
export type TicketExportState =
  | { status: 'idle' }
  | ({ status: 'running' } & ExportProgress)
  | ({ status: 'done'; parts: string[] } & ExportProgress)
  | ({ status: 'cancelled' } & ExportProgress)
  | { status: 'error'; error: Error };

/** What `useTicketExport` returns. */
export interface TicketExport {
  state: TicketExportState;
  /** Exports every ticket `query` matches (filters, search and sort; the page is ignored), page by page. Resolves to the CSV parts, or `null` when cancelled or failed. */
  start(query: Partial<TicketQuery>): Promise<string[] | null>;
  /** Stops a running export between pages (and aborts the page on its way). */
  cancel(): void;
}

/**
 * Exports a list query as CSV through the provider's adapter, with progress and a cancel; the export stops when the
 * component unmounts. In the provider's time zone, as the list reads its date filter.
 */
export function useTicketExport(): TicketExport {
  const { adapter, timeZone } = useTicketsContext();
  const [state, setState] = useState<TicketExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (query: Partial<TicketQuery>): Promise<string[] | null> => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      let progress: ExportProgress = { done: 0, total: 0 };
      setState({ status: 'running', ...progress });
      try {
        const parts = await exportTicketsCsv(adapter, { ...query, timeZone }, {
          signal: own.signal,
          onProgress: (next) => {
            progress = next;
            if (!own.signal.aborted) setState({ status: 'running', ...next });
          },
        });
        setState({ status: 'done', parts, ...progress });
        return parts;
      } catch (error) {
        if (own.signal.aborted || isAbortError(error)) setState({ status: 'cancelled', ...progress });
        else setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
        return null;
      } finally {
        if (controller.current === own) controller.current = null;
      }
    },
    [adapter, timeZone],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
