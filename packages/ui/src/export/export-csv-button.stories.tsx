import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyBackend, withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { ExportCsvButton } from './export-csv-button';

const meta = {
  title: 'Insights/ExportCsvButton',
  component: ExportCsvButton,
  decorators: [withTickets],
  args: { query: { status: 'open' }, fileName: 'open-tickets.csv' },
  parameters: { ticketkit: { tickets: 400, listState: false } satisfies StoryTicketsParameters },
} satisfies Meta<typeof ExportCsvButton>;
export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-slot="export-csv"]');

/** Before anything is exported. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Export CSV' })).toBeVisible();
    await expect(root(canvasElement)?.dataset.state).toBe('idle');
  },
};

/** Exporting: every page of the query is read, then the status says how many tickets the file holds. */
export const Exports: Story = {
  parameters: { ticketkit: { faults: { latency: { min: 10, max: 20 } } } },
  play: async ({ canvasElement, id }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(root(canvasElement)?.dataset.state).toBe('done'), { timeout: 10_000 });
    const { memory, adapter } = storyBackend(id);
    const { total } = await memory.listTickets({ status: 'open' } as never);
    await expect(canvas.getByRole('status')).toHaveTextContent(`Exported ${total} tickets.`);
    await expect(adapter.calls.filter((call) => call.method === 'listTickets').length).toBe(Math.ceil(total / 100));
  },
};

/** A slow backend: progress shows, and Cancel stops the export. */
export const Cancelled: Story = {
  parameters: { ticketkit: { faults: { latency: 1_500 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Export CSV' }));
    await expect(await canvas.findByRole('progressbar')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel export' }));
    await waitFor(() => expect(root(canvasElement)?.dataset.state).toBe('cancelled'));
    await expect(canvas.getByRole('status')).toHaveTextContent('Export cancelled.');
  },
};

/** The backend fails: the reason is said. */
export const Failed: Story = {
  parameters: { ticketkit: { faults: { failMethods: { listTickets: 'unavailable' } } } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(root(canvasElement)?.dataset.state).toBe('error'));
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('The export failed.');
  },
};

/** Dark theme, right to left. */
export const DarkRightToLeft: Story = {
  globals: { theme: 'dark', direction: 'rtl', locale: 'ar-EG' },
};
