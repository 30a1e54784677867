import * as Dialog from '@radix-ui/react-dialog';
import { useTicket } from '@ticketkit/react';
import type { ReactElement, ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { Direction } from '../ticket-detail/use-direction';
import type { TicketsUIMessages } from '../messages/messages';
import { VisuallyHidden } from '../parts/visually-hidden';
import type { TicketsPanelPart } from './tickets-panel';

/** Props of the drawer of `TicketsPanel`. */
export interface TicketDrawerProps {
  ticketId: string | null;
  /** The panel's text direction: the drawer is portaled out of it. */
  dir: Direction;
  onClose: () => void;
  /** Called after the drawer closed, to put focus back where the ticket was opened. */
  onClosed: () => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketsPanelPart>;
  /** Renders the detail; gets the wrapper that makes its subject the dialog's title. */
  children: (renderSubject: ((heading: ReactElement) => ReactNode) | undefined) => ReactNode;
}

const asTitle = (heading: ReactElement) => <Dialog.Title asChild>{heading}</Dialog.Title>;

/**
 * The open ticket in a modal drawer (Radix Dialog): titled by the ticket's subject, described, closed with Escape,
 * the close button or a click outside; focus stays inside while open and goes back to the ticket's row after.
 */
export function TicketDrawer({ ticketId, dir, onClose, onClosed, messages, slot, children }: TicketDrawerProps): ReactNode {
  const ticket = useTicket(ticketId);
  // Until the ticket is loaded its subject is not there: name the dialog after its ID meanwhile.
  const loaded = ticket.data !== undefined;
  return (
    <Dialog.Root open={ticketId !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay {...slot('overlay')} />
        <Dialog.Content
          {...slot('drawer', { defaults: 'tk-root' })}
          dir={dir}
          onCloseAutoFocus={(event) => {
            // The rows are not the dialog's trigger: Radix cannot return focus to them by itself.
            event.preventDefault();
            onClosed();
          }}
        >
          <div {...slot('drawer-bar')}>
            {!loaded && (
              <Dialog.Title asChild>
                <VisuallyHidden>{`${messages.panel.detailLabel} ${ticketId ?? ''}`}</VisuallyHidden>
              </Dialog.Title>
            )}
            <Dialog.Description asChild>
              <VisuallyHidden>{messages.panel.drawerDescription}</VisuallyHidden>
            </Dialog.Description>
            <Dialog.Close {...slot('close', { defaults: 'tk-button' })} data-variant="ghost" aria-label={messages.panel.close}>
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </div>
          <div {...slot('drawer-body')}>{children(loaded ? asTitle : undefined)}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
