import { useRouterUrlAdapter, type UrlAdapter } from '@ticketkit/react';
import { useLocation, useNavigate } from 'react-router';

/** The React Router recipe of `packages/react/README.md`, as the router story uses it: the panel's URL is the router's. */
export function useReactRouterUrl(): UrlAdapter {
  const { search } = useLocation();
  const navigate = useNavigate();
  return useRouterUrlAdapter(search, (next, { mode }) => navigate({ search: next }, { replace: mode === 'replace', preventScrollReset: true }));
}
