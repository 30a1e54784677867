import { useTicket } from '@ticketkit/react';
import type { ReactElement, ReactNode } from 'react';
import type { PortalTheme } from '../lib/portal-theme';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle } from '../parts/dialog';
import { VisuallyHidden } from '../parts/visually-hidden';
import type { TicketsPanelPart } from './tickets-panel';

/** Props of the drawer of `TicketsPanel`. */
export interface TicketDrawerProps {
  ticketId: string | null;
  /** The panel's ID (`data-tk-panel`): what is inside the drawer belongs to the panel, for its keys. */
  panelId?: string;
  /** The panel's theme and direction: the drawer is portaled to the body, outside the panel's subtree. */
  theme: PortalTheme;
  onClose: () => void;
  /** Called after the drawer closed, to put focus back where the ticket was opened. */
  onClosed: () => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketsPanelPart>;
  /** Renders the detail; gets the wrapper that makes its subject the dialog's title. */
  children: (renderSubject: ((heading: ReactElement) => ReactNode) | undefined) => ReactNode;
}

/** Makes the detail's subject heading the dialog's title. */
const asTitle = (heading: ReactElement) => <DialogTitle asChild>{heading}</DialogTitle>;

/**
 * The open ticket in a modal drawer (the `Dialog` part, on Radix Dialog) at the inline end: titled by the ticket's
 * subject, described, closed with Escape, the close button or a press on the overlay; it is `aria-modal`, Tab stays
 * inside, the overlay takes every press meant for the page behind and the wheel does not scroll it, and focus goes
 * back to the ticket's row after.
 */
export function TicketDrawer({ ticketId, panelId, theme, onClose, onClosed, messages, slot, children }: TicketDrawerProps): ReactNode {
  const ticket = useTicket(ticketId);
  // Until the ticket is loaded its subject is not there: name the dialog after its ID meanwhile.
  const loaded = ticket.data !== undefined;
  return (
    // Light modal (see `LightModalOverlay`): Radix's modal mode restyled the whole page on every open and close.
    <Dialog modal={false} open={ticketId !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        lightModal
        {...theme}
        {...slot('drawer', { defaults: 'tk-root' })}
        data-tk-panel={panelId}
        overlayProps={slot('overlay')}
        // The rows are not the dialog's opener in every case (a link, the back button): the panel finds the row.
        // Escape in a field being edited cancels the edit only; Radix hears the key on the document first.
        onEscapeKeyDown={(event) => {
          // So does Escape in the composer while its saved replies are suggested.
          if (event.target instanceof Element && event.target.closest('[data-slot="ticket-detail-edit-form"], [data-escape-owned]')) event.preventDefault();
        }}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          onClosed();
        }}
      >
        <div {...slot('drawer-bar')}>
          {!loaded && (
            <VisuallyHidden>
              <DialogTitle asChild>
                <span>{`${messages.panel.detailLabel} ${ticketId ?? ''}`}</span>
              </DialogTitle>
            </VisuallyHidden>
          )}
          <VisuallyHidden>
            <DialogDescription asChild>
              <span>{messages.panel.drawerDescription}</span>
            </DialogDescription>
          </VisuallyHidden>
          <DialogClose {...slot('close', { defaults: 'tk-button' })} data-variant="ghost" aria-label={messages.panel.close}>
            <span aria-hidden="true">×</span>
          </DialogClose>
          {/* On a phone the drawer is the whole screen: a back control, in words, instead of the cross. */}
          <DialogClose {...slot('back', { defaults: 'tk-button' })} data-variant="ghost">
            <span aria-hidden="true" data-slot="tickets-panel-back-arrow">‹ </span>
            {messages.timeline.header.back}
          </DialogClose>
        </div>
        <div {...slot('drawer-body')}>{children(loaded ? asTitle : undefined)}</div>
      </DialogContent>
    </Dialog>
  );
}
