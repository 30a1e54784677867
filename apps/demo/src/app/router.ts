import type { UrlAdapter } from '@ticketkit/react';
import { useSyncExternalStore } from 'react';

/** The pages of the demo app, by path. */
export const ROUTES = [
  { path: '/tickets', label: 'Tickets' },
  { path: '/insights', label: 'Insights' },
  { path: '/assistants', label: 'Assistants' },
  { path: '/team', label: 'Team' },
] as const;
/** A page path of the demo app. */
export type RoutePath = (typeof ROUTES)[number]['path'];

// A router of a few lines: the app has three pages, and the ticket panel keeps its state in the query string, which
// it reads and writes through this router (`routerUrl`), so the two never disagree about the address.
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function currentPath(): RoutePath {
  const path = window.location.pathname.replace(/\/+$/, '');
  return ROUTES.find((route) => route.path === path)?.path ?? '/tickets';
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The page shown now; unknown paths show the tickets. */
export function useRoute(): RoutePath {
  return useSyncExternalStore(subscribe, currentPath, () => '/tickets');
}

/** Goes to another page of the app (dropping the page's query string). */
export function navigate(path: RoutePath): void {
  if (path === currentPath() && window.location.search === '') return;
  window.history.pushState(null, '', path);
  notify();
}

/** Goes to an address of the app with its query string (`/tickets?topic=login+code`): a link the panel made. */
export function navigateTo(href: string): void {
  window.history.pushState(null, '', href);
  notify();
}

/** The query string of the current page, as the panel's URL adapter (`TicketsProvider url`). */
export const routerUrl: UrlAdapter = {
  read: () => window.location.search,
  subscribe,
  write(search, { mode }) {
    const next = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', next);
    else window.history.replaceState(null, '', next);
    notify();
  },
};
