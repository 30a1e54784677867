import type { Ticket } from '@ticketkit/core';
import { useState, type ReactNode } from 'react';

/**
 * The host's own button in the open ticket's header, as an admin app adds one with the panel's `actions` prop: it
 * would call the shop's refund API with the ticket's order number. The demo has no shop, so it says what it would send.
 */
export function RefundAction({ ticket }: { ticket: Ticket }): ReactNode {
  const [sent, setSent] = useState<{ ticketId: string; text: string } | null>(null);
  const orderId = ticket.fields.orderId;
  if (typeof orderId !== 'number') return null;
  return (
    <span className="refund-action">
      <button type="button" className="tk-button" onClick={() => setSent({ ticketId: ticket.id, text: `Refund of order ${orderId} requested (demo: nothing was sent).` })}>
        Refund order
      </button>
      {/* Polite: the agent pressed it and stays where they are. Bound to the ticket it was pressed on. */}
      <span role="status">{sent?.ticketId === ticket.id ? sent.text : ''}</span>
    </span>
  );
}
