import type { TicketPriority, TicketStatus } from '@ticketkit/core';
import type { ReactNode } from 'react';
import { cn } from '../lib/cn';
import { useModelText } from '../lib/model-text';
import { useMessages } from '../messages/context';
import type { TicketsUIMessages } from '../messages/messages';

/** Props of `StatusBadge`. */
export interface StatusBadgeProps {
  status: TicketStatus;
  /** The messages to name it in; default: the nearest `TicketsUIProvider`'s. */
  messages?: TicketsUIMessages;
  className?: string;
  unstyled?: boolean;
}

/**
 * A ticket's status as text and colour (never colour alone). The colour follows the status's category in the model
 * (`data-category`: active, waiting, done); the seed's statuses keep their own (`data-status`).
 */
export function StatusBadge({ status, className, unstyled, messages }: StatusBadgeProps): ReactNode {
  const fromContext = useMessages();
  const text = useModelText(messages ?? fromContext);
  return (
    <span data-slot="status-badge" data-status={status} data-category={text.category(status)} className={cn(!unstyled && 'tk-badge', className) || undefined}>
      {text.status(status)}
    </span>
  );
}

/** Props of `PriorityBadge`. */
export interface PriorityBadgeProps {
  priority: TicketPriority;
  /** The messages to name it in; default: the nearest `TicketsUIProvider`'s. */
  messages?: TicketsUIMessages;
  className?: string;
  unstyled?: boolean;
}

/**
 * A ticket's priority as text and colour (never colour alone). The colour follows its rank in the model
 * (`data-level`: low, normal, high, urgent — a P1 of four is urgent).
 */
export function PriorityBadge({ priority, className, unstyled, messages }: PriorityBadgeProps): ReactNode {
  const fromContext = useMessages();
  const text = useModelText(messages ?? fromContext);
  return (
    <span data-slot="priority-badge" data-priority={priority} data-level={text.level(priority)} className={cn(!unstyled && 'tk-badge', className) || undefined}>
      {text.priority(priority)}
    </span>
  );
}
