import { defaultTicketModel, type TicketAdapter, type TicketModel, type TicketPolicy, type Viewer } from '@ticketkit/core';
import { createContext, useContext } from 'react';
import type { SelectionStore } from './selection-store';
import type { UrlAdapter } from './url-adapter';

/** What `TicketsProvider` shares with every hook: the checked adapter, the viewer and how to show dates. */
export interface TicketsContextValue {
  /** The host's adapter, wrapped once with `withValidation`. */
  adapter: TicketAdapter;
  viewer: Viewer;
  /** The host's ticket model (statuses, priorities, custom fields); the seed's by default. */
  model: TicketModel;
  /** Decides what the viewer may do with each ticket; the seed's rule by default. */
  policy: TicketPolicy;
  /** BCP 47 locale for `Intl` formatting, e.g. `en-GB`. */
  locale: string;
  /** IANA time zone dates are shown and filtered in, e.g. `Europe/Paris`. */
  timeZone: string;
  /** Namespace of every query key (the viewer's ID by default), so one viewer never sees another's cache. */
  scope: string;
  /** Where list state kept in the URL is read and written: the provider's `url`, else the History API. */
  url: UrlAdapter;
  /** @internal The selected ticket when it is not kept in the URL. */
  selection: SelectionStore;
}

/** @internal */
export const TicketsContext = createContext<TicketsContextValue | null>(null);

/** The adapter, viewer, locale, time zone and key scope of the nearest `TicketsProvider`. */
export function useTicketsContext(): TicketsContextValue {
  const value = useContext(TicketsContext);
  if (!value) throw new Error('useTicketsContext: wrap the component in <TicketsProvider>.');
  return value;
}

/** The ticket model of the nearest `TicketsProvider`: the seed's when it was given none, or outside any provider. */
export function useTicketModel(): TicketModel {
  return useContext(TicketsContext)?.model ?? defaultTicketModel;
}
