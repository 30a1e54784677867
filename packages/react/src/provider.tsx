import {
  checkTimeZone,
  defaultTicketModel,
  ownerPolicy,
  ValidationError,
  withValidation,
  type TicketAdapter,
  type TicketModel,
  type TicketPolicy,
  type Viewer,
} from '@ticketkit/core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { TicketsContext, type TicketsContextValue } from './context';
import { subscribeToChanges } from './live-updates';
import { createSelectionStore } from './selection-store';
import { historyUrlAdapter, type UrlAdapter } from './url-adapter';

/** Props of `TicketsProvider`. */
export interface TicketsProviderProps {
  /** The host's backend. It is wrapped once with `withValidation`; pass a stable object (not a new one each render). */
  adapter: TicketAdapter;
  /** Who is looking; decides permissions and the cache scope. */
  viewer: Viewer;
  /**
   * The host's ticket model from `defineTicketModel`: its statuses, priorities and custom fields, shared with the
   * adapter. Everything the adapter returns is checked against it; menus, filters and columns follow it. Default:
   * the seed's model. Pass a stable object (made once, outside render).
   */
  model?: TicketModel;
  /**
   * Decides each action for the viewer and a ticket: read-only auditors, members who see everything but change only
   * their own… Default: the seed's rule (`ownerPolicy`). It decides what the UI offers; the backend still enforces
   * scope. Pass a stable function.
   */
  policy?: TicketPolicy;
  /** The host's QueryClient. Without one, the client already in context is used, else one is created. */
  queryClient?: QueryClient;
  /** BCP 47 locale for dates and numbers. Default `en-US`. */
  locale?: string;
  /** IANA time zone for dates and date filters. Default: the runtime's own zone (pass it explicitly when rendering on a server). */
  timeZone?: string;
  /** Namespace of the query keys. Default: the viewer's ID. */
  scope?: string;
  /**
   * Where list state kept in the URL (`url` of the hooks, `urlState` of the panel) is read and written: an adapter
   * over the host's router (`useRouterUrlAdapter`). Default: the History API (`historyUrlAdapter`). Pass a stable object.
   */
  url?: UrlAdapter;
  children?: ReactNode;
}

function runtimeTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

// A mistyped locale or zone would otherwise surface as a bare RangeError from `Intl` deep inside a component.
function checkLocale(locale: string): string {
  try {
    Intl.getCanonicalLocales(locale);
  } catch (cause) {
    throw new ValidationError('locale', `expected a BCP 47 language tag, got ${JSON.stringify(locale)}`, { cause });
  }
  return locale;
}

/**
 * Gives the ticket hooks their adapter, viewer, locale and time zone. Uses the host's QueryClient (the prop, or the
 * one in context) so the app keeps one cache; creates its own only when there is none.
 * @throws ValidationError naming `timeZone` or `locale` when either is not one `Intl` knows.
 */
export function TicketsProvider(props: TicketsProviderProps): ReactNode {
  const { adapter, viewer, locale = 'en-US', url = historyUrlAdapter, model = defaultTicketModel, policy = ownerPolicy, children } = props;
  const contextClient = useContext(QueryClientContext);
  const [ownClient] = useState(() => ((props.queryClient ?? contextClient) ? null : new QueryClient()));
  const client = props.queryClient ?? contextClient ?? ownClient;

  const checkedAdapter = useMemo(() => withValidation(adapter, model), [adapter, model]);
  const [selection] = useState(() => createSelectionStore());
  const [defaultTimeZone] = useState(runtimeTimeZone);
  const timeZone = useMemo(() => checkTimeZone(props.timeZone ?? defaultTimeZone), [props.timeZone, defaultTimeZone]);
  checkLocale(locale);
  const scope = props.scope ?? viewer.id;
  // The viewer is often an inline object: key the memo on its fields so consumers do not re-render needlessly.
  const stableViewer = useMemo<Viewer>(
    () => ({ id: viewer.id, name: viewer.name, role: viewer.role }),
    [viewer.id, viewer.name, viewer.role],
  );
  const value = useMemo<TicketsContextValue>(
    () => ({ adapter: checkedAdapter, viewer: stableViewer, model, policy, locale, timeZone, scope, url, selection }),
    [checkedAdapter, stableViewer, model, policy, locale, timeZone, scope, url, selection],
  );

  useEffect(() => {
    if (!client) return;
    return subscribeToChanges(client, scope, checkedAdapter);
  }, [client, scope, checkedAdapter]);

  const tree = <TicketsContext.Provider value={value}>{children}</TicketsContext.Provider>;
  // Render a QueryClientProvider only for our own client, or when the host passed a client not yet in context.
  if (client && client !== contextClient) return <QueryClientProvider client={client}>{tree}</QueryClientProvider>;
  return tree;
}
