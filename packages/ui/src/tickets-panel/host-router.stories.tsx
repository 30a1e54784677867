import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { TicketsProvider } from '@ticketkit/react';
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TicketsUIProvider } from '../messages/context';
import { useReactRouterUrl } from '../stories/react-router-url';
import { createStoryBackend } from '../stories/story-backend';
import { TicketsPanel } from './tickets-panel';

type MemoryRouter = ReturnType<typeof createMemoryRouter>;
/** The router of the story on screen, for the play function to navigate as the host app would. */
let hostRouter: MemoryRouter | null = null;

/** The host's page: its own location line, and the panel's provider with the React Router recipe as URL adapter. */
function HostPage({ children }: { children: ReactNode }): ReactNode {
  const location = useLocation();
  const [backend] = useState(() => createStoryBackend({ tickets: 120, faults: {} }, 'admin'));
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <>
      <p>
        Host location: <output data-testid="host-location">{location.pathname + location.search}</output>
      </p>
      <TicketsProvider adapter={backend.adapter} viewer={backend.viewer} queryClient={queryClient} timeZone="UTC" url={useReactRouterUrl()}>
        <TicketsUIProvider>{children}</TicketsUIProvider>
      </TicketsProvider>
    </>
  );
}

function HostApp({ story }: { story: ReactElement }): ReactNode {
  const [router] = useState(() => createMemoryRouter([{ path: '/tickets', element: <HostPage>{story}</HostPage> }], { initialEntries: ['/tickets'] }));
  useEffect(() => {
    hostRouter = router;
  }, [router]);
  return <RouterProvider router={router} />;
}

/** Story decorator: the host app's React Router (a memory router on `/tickets`) around the panel. */
const withReactRouter: Decorator = (Story) => <HostApp story={<Story />} />;

const meta = {
  title: 'Tickets panel/Under React Router',
  component: TicketsPanel,
  decorators: [withReactRouter],
  parameters: { layout: 'fullscreen' },
  args: { layout: 'drawer', urlState: true },
} satisfies Meta<typeof TicketsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const rows = (canvasElement: HTMLElement) => Array.from(canvasElement.querySelectorAll<HTMLTableRowElement>('tr[data-ticket-id]'));
const router = () => hostRouter!;
const routed = () => new URLSearchParams(router().state.location.search);
const body = () => within(document.body);
/** Navigates as the host app would (its own back button, a link): through the router, not the panel. */
const goBack = () => router().navigate(-1);

/**
 * The panel in a host app on React Router, with the README's recipe as its URL adapter: a sort, a page and the open
 * ticket go into the router's location (the host's own location line shows them); the router's back updates the
 * panel; closing the drawer replaces the router's entry, so back after closing does not reopen the ticket.
 */
export const UnderReactRouter: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(rows(canvasElement)).toHaveLength(25), { timeout: 5000 });

    await userEvent.click(within(canvas.getByRole('columnheader', { name: /Priority/ })).getByRole('button'));
    await waitFor(() => expect(routed().get('sort')).toBe('priority'));
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(routed().get('page')).toBe('2'));
    await expect(router().state.historyAction).toBe('PUSH');
    await expect(canvas.getByTestId('host-location')).toHaveTextContent(/^\/tickets\?.*page=2/);
    await canvas.findByText('26–50 of 120');

    // Open a ticket: a new entry in the router.
    const row = rows(canvasElement)[0]!;
    await userEvent.click(row);
    await body().findByRole('dialog', {}, { timeout: 5000 });
    await expect(routed().get('ticket')).toBe(row.dataset.ticketId);
    await expect(router().state.historyAction).toBe('PUSH');

    // The router goes back: the drawer closes, and back again shows page 1.
    await goBack();
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    await expect(routed().get('ticket')).toBeNull();
    await goBack();
    await canvas.findByText('1–25 of 120');
    await expect(routed().get('page')).toBeNull();
    await expect(routed().get('sort')).toBe('priority');

    // Open again and close with the close button: the entry is replaced, and back does not reopen the ticket.
    await userEvent.click(rows(canvasElement)[1]!);
    const dialog = await body().findByRole('dialog', {}, { timeout: 5000 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    await expect(router().state.historyAction).toBe('REPLACE');
    await expect(routed().get('ticket')).toBeNull();
    await goBack(); // to the entry the ticket was opened from
    await waitFor(() => expect(router().state.historyAction).toBe('POP'));
    await new Promise((resolve) => setTimeout(resolve, 300)); // a reopening drawer would be on its way by now
    await expect(body().queryByRole('dialog')).toBeNull();
    await expect(routed().get('ticket')).toBeNull();
    await expect(routed().get('sort')).toBe('priority');
  },
};
