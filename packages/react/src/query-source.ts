import {
  decodeQuery,
  DEFAULT_TICKET_QUERY,
  mergeQueryIntoParams,
  normalizeQuery,
  ValidationError,
  type TicketModel,
  type TicketQuery,
} from '@ticketkit/core';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useTicketsContext } from './context';
import { writeUrlParams, type HistoryMode } from './url-adapter';

/** Where the list's query lives: given by the host, kept by the hook, or kept in the URL. */
export interface QuerySourceOptions {
  /** Controlled mode: the query to show. Use with `onQueryChange`. */
  query?: Partial<TicketQuery>;
  /** Called with the next query, in every mode. In controlled mode, the host stores it. */
  onQueryChange?: (query: TicketQuery) => void;
  /** Uncontrolled mode: the query to start from. */
  defaultQuery?: Partial<TicketQuery>;
  /**
   * Keep the query in the URL (`?status=open&page=3`), with an optional parameter prefix such as `tk_`. The URL is
   * read and written through the provider's `url` adapter (the History API unless the host gives its router's).
   */
  url?: boolean | { prefix?: string };
}

/** @internal The current query, how to change it, and the error of a URL that could not be read. */
export interface QuerySource {
  query: TicketQuery;
  urlError: ValidationError | null;
  commit(next: TicketQuery, history: HistoryMode): void;
}

/** The URL parameter prefix when URL mode is on, else `null`. */
export function urlPrefix(url: QuerySourceOptions['url']): string | null {
  if (!url) return null;
  return url === true ? '' : (url.prefix ?? '');
}

function decodeSafely(search: string, prefix: string, model: TicketModel): { query: TicketQuery; error: ValidationError | null } {
  try {
    return { query: decodeQuery(search, { prefix, model }), error: null };
  } catch (error) {
    // A hand-edited or stale URL must not crash the panel: fall back to the defaults and report why.
    const typed = error instanceof ValidationError ? error : new ValidationError('url', String(error));
    return { query: { ...DEFAULT_TICKET_QUERY }, error: typed };
  }
}

/** @internal Reads and writes the query from the mode the options choose. */
export function useQuerySource(options: QuerySourceOptions): QuerySource {
  const prefix = urlPrefix(options.url);
  const inUrl = prefix !== null;
  const { url, model } = useTicketsContext();
  const subscribe = useCallback((listener: () => void) => (inUrl ? url.subscribe(listener) : () => {}), [inUrl, url]);
  const read = useCallback(() => (inUrl ? url.read() : ''), [inUrl, url]);
  const readOnServer = useCallback(() => (inUrl ? (url.readOnServer?.() ?? '') : ''), [inUrl, url]);
  const search = useSyncExternalStore(subscribe, read, readOnServer);
  const [ownQuery, setOwnQuery] = useState<TicketQuery>(() => normalizeQuery(options.defaultQuery, model));
  const controlled = options.query;
  const controlledKey = controlled ? JSON.stringify(controlled) : null;

  const { query: decoded, urlError } = useMemo(() => {
    if (prefix !== null) {
      const decoded = decodeSafely(search, prefix, model);
      return { query: decoded.query, urlError: decoded.error };
    }
    if (controlledKey !== null) return { query: normalizeQuery(JSON.parse(controlledKey), model), urlError: null };
    return { query: ownQuery, urlError: null };
  }, [prefix, search, controlledKey, ownQuery, model]);
  // The same query keeps its identity when the URL changes elsewhere (the open ticket, a host's own parameter), so
  // the list, its counts and its controls do not render again for nothing as a ticket opens or closes.
  const queryKey = JSON.stringify(decoded);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value on purpose
  const query = useMemo(() => decoded, [queryKey]);

  const { onQueryChange } = options;
  const commit = useCallback(
    (next: TicketQuery, history: HistoryMode) => {
      if (prefix !== null) writeUrlParams(url, mergeQueryIntoParams(new URLSearchParams(url.read()), next, { prefix, model }), history);
      else if (controlledKey === null) setOwnQuery(next);
      onQueryChange?.(next);
    },
    [prefix, url, controlledKey, onQueryChange, model],
  );

  return { query, urlError, commit };
}
