import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { decodeQuery, type TicketAdapter } from '@ticketkit/core';
import { createMemoryAdapter, generateTicketData } from '@ticketkit/core/memory';
import { TicketsProvider } from '@ticketkit/react';
import { useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ar } from '../messages/ar';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { TicketInsights } from './ticket-insights';

// The generated data ends on 1 November 2026: the periods end the day before, so every story shows the same figures.
const TODAY = '2026-10-31';

const meta = {
  title: 'Insights/TicketInsights',
  component: TicketInsights,
  decorators: [withTickets],
  args: { today: TODAY },
  parameters: { ticketkit: { tickets: 1_500, listState: false, faults: { latency: { min: 40, max: 80 } } } satisfies StoryTicketsParameters },
} satisfies Meta<typeof TicketInsights>;
export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-slot="ticket-insights"]');
const settled = (canvasElement: HTMLElement, state = 'ready') =>
  waitFor(() => expect(root(canvasElement)?.dataset.state).toBe(state), { timeout: 10_000 });

/** Figures, the chart, recurring issues and handoff questions; every group's link is a list query of its tickets. */
export const Ready: Story = {
  play: async ({ canvasElement, id }) => {
    await settled(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Recurring issues' })).toBeVisible();
    const { memory } = storyBackend(id);
    const insights = await memory.getInsights({ createdFrom: '2026-10-02', createdTo: TODAY, timeZone: 'UTC' });
    const first = insights.recurringIssues[0]!;
    const link = canvas.getByRole('link', { name: `${first.phrase}: show the ${first.count} tickets` });
    const query = decodeQuery(new URL(link.getAttribute('href')!, 'https://host.example').searchParams);
    await expect(query).toMatchObject({ topic: first.phrase, createdFrom: '2026-10-02', createdTo: TODAY });
    await expect((await memory.listTickets({ ...query, timeZone: 'UTC' })).total).toBe(first.count);
    await expect(canvas.getByRole('img', { name: /tickets in the period/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show as table' }));
    await expect(canvas.getByRole('table')).toBeVisible();
    await expect(canvas.getAllByRole('row')).toHaveLength(31);
  },
};

/** One assistant: its figures and handoff questions only. */
export const OneAssistant: Story = {
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const canvas = within(canvasElement);
    const picker = canvas.getByRole('combobox', { name: 'Assistant' });
    const option = within(picker).getAllByRole('option')[1]!;
    await userEvent.selectOptions(picker, option);
    await settled(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('heading', { level: 4 })).toHaveLength(1));
  },
};

/** While the insights load. */
export const Loading: Story = {
  parameters: { ticketkit: { faults: { latency: 60_000 } } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'loading');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading insights…');
  },
};

/** No ticket in the period. */
export const Empty: Story = {
  parameters: { ticketkit: { tickets: 0 } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'empty');
    await expect(within(canvasElement).getByText('No tickets were raised in this period.')).toBeVisible();
  },
};

/** The backend fails: the reason, and a retry. */
export const LoadError: Story = {
  parameters: { ticketkit: { faults: { failMethods: { getInsights: 'unavailable' } } } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'error');
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('The insights could not be loaded');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** A provider whose adapter has no `getInsights`. */
function WithoutInsights({ children }: { children: ReactNode }): ReactNode {
  const [setup] = useState(() => {
    const { getInsights: _none, ...adapter } = createMemoryAdapter({ data: generateTicketData({ tickets: 20, seed: 2 }) });
    return { adapter: adapter as TicketAdapter, client: new QueryClient() };
  });
  return (
    <TicketsProvider adapter={setup.adapter} viewer={{ id: 'tm-1', name: 'Alex Morgan', role: 'admin' }} queryClient={setup.client} timeZone="UTC">
      {children}
    </TicketsProvider>
  );
}

const withoutInsights: Decorator = (Story) => (
  <WithoutInsights>
    <Story />
  </WithoutInsights>
);

/** The backend has no insights: said plainly, no request made. */
export const NoCapability: Story = {
  decorators: [withoutInsights],
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'unsupported');
    await expect(within(canvasElement).getByText('This backend does not provide insights.')).toBeVisible();
  },
};

/** A member sees only the assistants they own. */
export const Member: Story = {
  globals: { viewer: 'member' },
  play: async ({ canvasElement, id }) => {
    await settled(canvasElement);
    const { data, viewer } = storyBackend(id);
    const own = data.assistants.filter((assistant) => assistant.ownerId === viewer.id).map((assistant) => assistant.name);
    const options = within(within(canvasElement).getByRole('combobox', { name: 'Assistant' })).getAllByRole('option').slice(1);
    await expect(options.map((option) => option.textContent).sort()).toEqual(own.sort());
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => settled(canvasElement),
};

/** Right to left, in Arabic. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  parameters: { ticketkit: { messages: ar } },
  play: async ({ canvasElement }) => settled(canvasElement),
};
