import type { TicketQuery } from '@ticketkit/core';
import { useTicketExport } from '@ticketkit/react';
import type { ReactNode } from 'react';
import { downloadFile } from '../insights/download-button';
import { errorText } from '../lib/errors';
import { useFormat } from '../lib/format';
import { useSlots, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';

/** The parts of `ExportCsvButton`, for `classNames`. */
export type ExportCsvButtonPart = 'root' | 'button' | 'progress' | 'cancel' | 'status';

/** Props of `ExportCsvButton`. */
export interface ExportCsvButtonProps extends StyleProps<ExportCsvButtonPart> {
  /** The list query to export, or a function that reads it when the button is pressed (e.g. from the URL). */
  query: Partial<TicketQuery> | (() => Partial<TicketQuery>);
  /** The file's name. Default `tickets.csv`. */
  fileName?: string;
  /** Strings to override. */
  messages?: MessagesOverride;
}

/**
 * Exports every ticket of a list query as CSV: the list is read page by page, with a progress bar and a cancel, and
 * the file downloads when the last page is in. The status line tells screen readers how it went.
 */
export function ExportCsvButton({ query, fileName = 'tickets.csv', messages: override, ...style }: ExportCsvButtonProps): ReactNode {
  const text = useMessages(override);
  const m = text.insights;
  const format = useFormat();
  const slot = useSlots<ExportCsvButtonPart>('export-csv', style);
  const { state, start, cancel } = useTicketExport();
  const running = state.status === 'running';
  const run = async () => {
    const parts = await start(typeof query === 'function' ? query() : query);
    if (parts) downloadFile(fileName, parts);
  };
  const status =
    state.status === 'running'
      ? m.exporting(format.number(state.done), format.number(state.total))
      : state.status === 'done'
        ? m.exportDone(format.number(state.done), state.done)
        : state.status === 'cancelled'
          ? m.exportCancelled
          : state.status === 'error'
            ? m.exportFailed(errorText(state.error, text.common))
            : '';
  return (
    <div {...slot('root', { state: state.status })}>
      {running ? (
        <button type="button" {...slot('cancel', { defaults: 'tk-button' })} onClick={cancel}>
          {m.cancelExport}
        </button>
      ) : (
        <button type="button" {...slot('button', { defaults: 'tk-button' })} onClick={() => void run()}>
          {m.exportList}
        </button>
      )}
      {running && <progress {...slot('progress')} max={Math.max(1, state.total)} value={state.done} aria-label={status} />}
      <span {...slot('status')} role="status">
        {status}
      </span>
    </div>
  );
}
