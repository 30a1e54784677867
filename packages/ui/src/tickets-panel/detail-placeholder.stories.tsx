import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { defaultMessages } from '../messages/messages';
import { DetailPlaceholder } from './detail-placeholder';

const meta = {
  title: 'Tickets panel/Detail placeholder',
  component: DetailPlaceholder,
  args: { view: 'loading', ticketId: 'TK-1001', messages: defaultMessages, unstyled: false },
  decorators: [
    (Story) => (
      <div className="tk-root" style={{ inlineSize: 480 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DetailPlaceholder>;
export default meta;
type Story = StoryObj<typeof meta>;

/** While the detail's code downloads (the panel prefetches it, so this is rare): the detail's own loading view. */
export const Loading: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading the ticket…');
  },
};

/** The detail's code could not be downloaded (offline, or a new deploy removed the chunk): an alert and a retry. */
export const Failed: Story = {
  args: { view: 'failed', retry: fn() },
  play: async ({ canvasElement, args }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('The ticket view could not be downloaded');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.retry).toHaveBeenCalledOnce();
  },
};

/** Nothing selected (split layout): rendered without the detail's code, also on a server. */
export const Empty: Story = {
  args: { view: 'empty', ticketId: null },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Select a ticket to see its conversation.');
  },
};
