import type { MouseEvent, ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import type { TicketDetailPart } from './parts';

/** What the detail shows as a whole: `data-state` of its root. */
export type TicketDetailViewState = 'empty' | 'loading' | 'forbidden' | 'not-found' | 'error' | 'ready';

/** Props of `DetailState`. */
export interface DetailStateProps {
  view: Exclude<TicketDetailViewState, 'ready'>;
  ticketId: string | null;
  /** The alert's explanation, under its title (the error views). */
  body?: string;
  /** The `error` view's retry button. */
  retry?: (event: MouseEvent<HTMLButtonElement>) => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketDetailPart>;
  unstyled: boolean;
}

/**
 * The detail's root when there is no ticket to show: nothing selected, loading, or an alert (forbidden, not found,
 * failed with a retry). A module of its own, light, so the panel can show the same views while the detail's code
 * loads, and the swap to the real detail neither jumps nor restyles.
 */
export function DetailState({ view, ticketId, body, retry, messages, slot, unstyled }: DetailStateProps): ReactNode {
  const text = messages.detail;
  let content: ReactNode;
  if (view === 'empty') content = <p {...slot('state', { state: view })}>{text.noSelection}</p>;
  else if (view === 'loading') {
    content = (
      <div {...slot('state', { state: view })} role="status">
        <span className={unstyled ? undefined : 'tk-skeleton'} aria-hidden="true" />
        {text.loading}
      </div>
    );
  } else {
    const title = view === 'forbidden' ? text.forbiddenTitle : view === 'not-found' ? text.notFoundTitle : text.loadErrorTitle;
    content = (
      <div {...slot('state', { state: view })} role="alert">
        <p>{title}</p>
        <p>{body}</p>
        {view === 'error' && retry && (
          <button type="button" className={unstyled ? undefined : 'tk-button'} onClick={retry}>
            {messages.common.retry}
          </button>
        )}
      </div>
    );
  }
  return (
    <section {...slot('root', { state: view })} aria-label={ticketId ? text.label(ticketId) : undefined}>
      {content}
    </section>
  );
}
