import type { ReactNode } from 'react';
import { createSlots } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { DetailState } from '../ticket-detail/detail-state';
import type { TicketDetailPart } from '../ticket-detail/parts';

/** Props of `DetailPlaceholder`. */
export interface DetailPlaceholderProps {
  /** `empty`: nothing selected. `loading`: the detail's code is on its way. `failed`: it could not be downloaded. */
  view: 'empty' | 'loading' | 'failed';
  ticketId: string | null;
  messages: TicketsUIMessages;
  unstyled: boolean;
  /** Loads the detail's code again (`failed` only). */
  retry?: () => void;
}

/**
 * What the panel shows where the ticket detail goes while the detail's code is not there: `TicketDetail`'s own empty,
 * loading and error views (`DetailState`, light, outside the detail's chunk), so the swap to the real detail neither
 * jumps nor restyles, and a server render of the split layout shows the empty view without the detail's code.
 */
export function DetailPlaceholder({ view, ticketId, messages, unstyled, retry }: DetailPlaceholderProps): ReactNode {
  return (
    <DetailState
      view={view === 'failed' ? 'error' : view}
      ticketId={ticketId}
      body={messages.panel.detailLoadFailed}
      retry={(event) => {
        // The button goes away with this alert: keep focus near, not on the page behind — in the drawer on its
        // first button (close), beside the list on the detail's pane, which stays while its content is swapped.
        const button = event.currentTarget;
        const holder = button.closest('[role="dialog"]')?.querySelector('button') ?? button.closest<HTMLElement>('[data-slot="tickets-panel-detail-pane"]');
        holder?.focus();
        retry?.();
      }}
      messages={messages}
      slot={createSlots<TicketDetailPart>('ticket-detail', { unstyled })}
      unstyled={unstyled}
    />
  );
}
