import type { Meta, StoryObj } from '@storybook/react-vite';
import * as Popover from '@radix-ui/react-popover';
import { useId, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createSlots } from '../lib/slots';
import { useMessages } from '../messages/context';
import { STORY_TICKET_ID } from '../stories/detail-data';
import { withTickets, type StoryTicketsParameters } from '../stories/with-tickets';
import { TicketDetail } from '../ticket-detail/ticket-detail';
import { TicketDrawer } from './ticket-drawer';
import type { TicketsPanelPart } from './tickets-panel';

/**
 * A host's own control, as a host on shadcn/ui writes one: a Radix Popover, portaled to `document.body` (outside the
 * drawer), with a text box and a button; what was saved shows beside it.
 */
function HostSnooze(): ReactNode {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const inputId = useId();
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBlock: 8 }}>
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger className="tk-button">Snooze…</Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            aria-label="Snooze this ticket"
            sideOffset={4}
            align="start"
            // Styled the way such hosts do (shadcn's popover: z-50, its own surface), nothing ticketkit-specific.
            style={{ zIndex: 50, background: 'white', color: 'black', border: '1px solid #888', borderRadius: 6, padding: 12, display: 'grid', gap: 8 }}
          >
            <label htmlFor={inputId}>Snooze until</label>
            <input id={inputId} value={draft} onChange={(event) => setDraft(event.target.value)} />
            <button
              type="button"
              onClick={() => {
                setSaved(draft);
                setOpen(false);
              }}
            >
              Save snooze
            </button>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      {saved !== null && <output>Snoozed until {saved}</output>}
    </div>
  );
}

/** A host page: a button opens the ticket in ticketkit's drawer, whose detail the host extends with its control. */
function HostPage(): ReactNode {
  const [ticketId, setTicketId] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const messages = useMessages();
  const slot = useMemo(() => createSlots<TicketsPanelPart>('tickets-panel', {}), []);
  return (
    <div className="tk-root" style={{ padding: 16 }}>
      <button type="button" className="tk-button" ref={opener} onClick={() => setTicketId(STORY_TICKET_ID)}>
        Open {STORY_TICKET_ID}
      </button>
      <TicketDrawer ticketId={ticketId} theme={{ dir: 'ltr' }} onClose={() => setTicketId(null)} onClosed={() => opener.current?.focus()} messages={messages} slot={slot}>
        {(renderSubject) => (
          <TicketDetail
            ticketId={ticketId}
            // The host's extension point: its control goes right under the subject heading.
            renderSubject={(heading: ReactElement) => (
              <>
                {renderSubject ? renderSubject(heading) : heading}
                <HostSnooze />
              </>
            )}
          />
        )}
      </TicketDrawer>
    </div>
  );
}

const meta = {
  title: 'Tickets panel/Host popover in the drawer',
  component: HostPage,
  decorators: [withTickets],
  parameters: { ticketkit: { tickets: 40, listState: false } satisfies StoryTicketsParameters, layout: 'fullscreen' },
} satisfies Meta<typeof HostPage>;
export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);

/**
 * A host popover opened from inside the open drawer is drawn above it and takes the pointer and the keyboard: the
 * point at its centre is the popover's (not the drawer's overlay), its text box takes typing, its button saves, and
 * the drawer stays open through it all. Escape closes the popover first, then the drawer.
 */
export const HostPopoverInDrawer: Story = {
  play: async () => {
    await userEvent.click(body().getByRole('button', { name: `Open ${STORY_TICKET_ID}` }));
    const drawer = await body().findByRole('dialog', { name: /.+/ }, { timeout: 5000 });
    await waitFor(() => expect(drawer.querySelector('[data-slot="ticket-detail"]')).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });

    await userEvent.click(within(drawer).getByRole('button', { name: 'Snooze…' }));
    const popover = await body().findByRole('dialog', { name: 'Snooze this ticket' });
    // Portaled to the body, outside the drawer, as a host's popover is.
    await expect(drawer.contains(popover)).toBe(false);
    await waitFor(() => expect(popover.getBoundingClientRect().width).toBeGreaterThan(0));
    const box = popover.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    await expect(popover.contains(hit)).toBe(true);

    const input = within(popover).getByLabelText('Snooze until');
    await userEvent.click(input);
    await expect(input).toHaveFocus();
    await userEvent.keyboard('Monday 9:00');
    await expect(input).toHaveValue('Monday 9:00');
    await userEvent.click(within(popover).getByRole('button', { name: 'Save snooze' }));
    await waitFor(() => expect(body().queryByRole('dialog', { name: 'Snooze this ticket' })).toBeNull());
    await expect(within(drawer).getByText('Snoozed until Monday 9:00')).toBeVisible();
    await expect(drawer).toBeInTheDocument();
    await expect(body().getByRole('dialog')).toBe(drawer);

    // Escape: first the popover, then the drawer.
    await userEvent.click(within(drawer).getByRole('button', { name: 'Snooze…' }));
    await body().findByRole('dialog', { name: 'Snooze this ticket' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body().queryByRole('dialog', { name: 'Snooze this ticket' })).toBeNull());
    await expect(drawer).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull());
    await expect(body().getByRole('button', { name: `Open ${STORY_TICKET_ID}` })).toHaveFocus();
  },
};
