import type { TicketActions } from '@ticketkit/react';
import { useId, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import type { TicketDetailPart } from './parts';

/**
 * Shown when a change hit a newer version of the ticket: nothing was saved. Offers to reload (see what changed,
 * the refused change is dropped) or to apply the change again on the fresh version.
 */
export function ConflictBanner(props: {
  actions: TicketActions;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketDetailPart>;
  unstyled: boolean;
}): ReactNode {
  const { actions, messages, slot, unstyled } = props;
  const titleId = useId();
  if (!actions.conflict) return null;
  const text = messages.detail;
  const reload = async () => {
    await actions.reload();
    actions.reset();
  };
  return (
    <div {...slot('conflict')} role="alert" aria-labelledby={titleId}>
      <p {...slot('conflict-title')} id={titleId}>
        {text.conflictTitle}
      </p>
      <p {...slot('conflict-body')}>{text.conflictBody}</p>
      <div {...slot('conflict-actions')}>
        <button type="button" className={unstyled ? undefined : 'tk-button'} disabled={actions.isPending} onClick={() => void reload()}>
          {text.conflictReload}
        </button>
        <button
          type="button"
          className={unstyled ? undefined : 'tk-button'}
          data-variant="primary"
          disabled={actions.isPending}
          onClick={() => void actions.reapply()}
        >
          {text.conflictReapply}
        </button>
      </div>
    </div>
  );
}
