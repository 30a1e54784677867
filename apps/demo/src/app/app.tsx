import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { DemoBackend } from '../data/backend';
import { useSettings } from '../data/settings';
import { AppHeader } from './app-header';
import { AssistantsPage } from './assistants-page';
import { InsightsPage } from './insights-page';
import { DemoBar } from './demo-bar';
import { ROUTES, useRoute } from './router';
import { SideNav } from './side-nav';
import { TeamPage } from './team-page';
import { TicketsPage } from './tickets-page';
import { useTheme } from './use-theme';

/** The host admin app: its own header, navigation and pages, with the ticket panel on the Tickets page. */
export function App({ backend }: { backend: DemoBackend }): ReactNode {
  const settings = useSettings();
  useTheme(settings.theme);
  // The host's one QueryClient; the panel uses it rather than making a second cache.
  const [queryClient] = useState(() => new QueryClient());
  const route = useRoute();
  useEffect(() => {
    document.title = `${ROUTES.find((r) => r.path === route)?.label ?? 'Tickets'} · Acme Console`;
  }, [route]);
  const viewer = backend.viewers.find((person) => person.id === settings.viewerId) ?? backend.viewers[0]!;

  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader viewer={viewer} />
      <DemoBar backend={backend} viewer={viewer} settings={settings} />
      <div className="app-body">
        <SideNav route={route} />
        <main id="main" className="app-main" tabIndex={-1}>
          {route === '/tickets' && <TicketsPage key={viewer.id} backend={backend} viewer={viewer} layout={settings.layout} />}
          {route === '/insights' && <InsightsPage key={viewer.id} backend={backend} viewer={viewer} />}
          {route === '/assistants' && <AssistantsPage backend={backend} viewer={viewer} />}
          {route === '/team' && <TeamPage backend={backend} />}
        </main>
      </div>
    </QueryClientProvider>
  );
}
