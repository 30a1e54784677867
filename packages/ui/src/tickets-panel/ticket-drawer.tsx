import { useTicket } from '@ticketkit/react';
import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { Direction } from './use-direction';
import type { TicketsUIMessages } from '../messages/messages';
import { Dialog } from '../parts/dialog';
import { VisuallyHidden } from '../parts/visually-hidden';
import type { TicketsPanelPart } from './tickets-panel';

/** Props of the drawer of `TicketsPanel`. */
export interface TicketDrawerProps {
  ticketId: string | null;
  /** The panel's text direction: the drawer sits in the top layer, outside the panel's `dir` subtree. */
  dir: Direction;
  onClose: () => void;
  /** Called after the drawer closed, to put focus back where the ticket was opened. */
  onClosed: () => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketsPanelPart>;
  /** Renders the detail; gets the wrapper that makes its subject the dialog's title. */
  children: (renderSubject: ((heading: ReactElement) => ReactNode) | undefined) => ReactNode;
}

/**
 * The open ticket in a modal drawer (the `Dialog` part, a native `<dialog>`): titled by the ticket's subject,
 * described, closed with Escape, the close button or a click on the backdrop; the page behind is inert while it is
 * open, and focus goes back to the ticket's row after.
 */
export function TicketDrawer({ ticketId, dir, onClose, onClosed, messages, slot, children }: TicketDrawerProps): ReactNode {
  const ticket = useTicket(ticketId);
  const titleId = useId();
  const descriptionId = useId();
  // Until the ticket is loaded its subject is not there: name the dialog after its ID meanwhile.
  const loaded = ticket.data !== undefined;
  // The heading is an element (the detail's subject, or a hidden label): it takes the title's ID.
  const asTitle = (heading: ReactElement) => cloneElement(heading as ReactElement<{ id?: string }>, { id: titleId });
  return (
    <Dialog
      open={ticketId !== null}
      onOpenChange={(open) => !open && onClose()}
      // The rows are not the dialog's opener in every case (a link, the back button): the panel finds the row.
      onClosed={onClosed}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      {...slot('drawer', { defaults: 'tk-root', state: 'open' })}
      dir={dir}
    >
      <div {...slot('drawer-bar')}>
        {!loaded && <VisuallyHidden id={titleId}>{`${messages.panel.detailLabel} ${ticketId ?? ''}`}</VisuallyHidden>}
        <VisuallyHidden id={descriptionId}>{messages.panel.drawerDescription}</VisuallyHidden>
        <button type="button" {...slot('close', { defaults: 'tk-button' })} data-variant="ghost" aria-label={messages.panel.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div {...slot('drawer-body')}>{children(loaded ? asTitle : undefined)}</div>
    </Dialog>
  );
}
