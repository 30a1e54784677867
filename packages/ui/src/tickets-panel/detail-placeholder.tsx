import type { ReactNode } from 'react';
import { createSlots } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
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
 * What the panel shows where the ticket detail goes while the detail's code is not there: the same markup and slots
 * as `TicketDetail`'s own empty, loading and error views, so the swap to the real detail neither jumps nor restyles,
 * and a server render of the split layout shows the empty view without the detail's code.
 */
export function DetailPlaceholder({ view, ticketId, messages, unstyled, retry }: DetailPlaceholderProps): ReactNode {
  const slot = createSlots<TicketDetailPart>('ticket-detail', { unstyled });
  const label = ticketId ? messages.detail.label(ticketId) : undefined;
  if (view === 'empty') {
    return (
      <section {...slot('root', { state: 'empty' })}>
        <p {...slot('state', { state: 'empty' })}>{messages.detail.noSelection}</p>
      </section>
    );
  }
  if (view === 'loading') {
    return (
      <section {...slot('root', { state: 'loading' })} aria-label={label}>
        <div {...slot('state', { state: 'loading' })} role="status">
          <span className={unstyled ? undefined : 'tk-skeleton'} aria-hidden="true" />
          {messages.detail.loading}
        </div>
      </section>
    );
  }
  return (
    <section {...slot('root', { state: 'error' })} aria-label={label}>
      <div {...slot('state', { state: 'error' })} role="alert">
        <p>{messages.detail.loadErrorTitle}</p>
        <p>{messages.panel.detailLoadFailed}</p>
        <button
          type="button"
          className={unstyled ? undefined : 'tk-button'}
          onClick={(event) => {
            // The button goes away with this alert: keep focus near, not on the page behind — in the drawer on its
            // first button (close), beside the list on the detail's pane, which stays while its content is swapped.
            const button = event.currentTarget;
            const holder = button.closest('dialog')?.querySelector('button') ?? button.closest<HTMLElement>('[data-slot="tickets-panel-detail-pane"]');
            holder?.focus();
            retry?.();
          }}
        >
          {messages.common.retry}
        </button>
      </div>
    </section>
  );
}
