import type { TicketPriority, TicketStatus } from '@ticketkit/core';
import type { ReactNode } from 'react';
import { cn } from '../lib/cn';
import { useModelText } from '../lib/model-text';
import { useMessages } from '../messages/context';

/** Props of `StatusBadge`. */
export interface StatusBadgeProps {
  status: TicketStatus;
  className?: string;
  unstyled?: boolean;
}

/**
 * A ticket's status as text and colour (never colour alone). The colour follows the status's category in the model
 * (`data-category`: active, waiting, done); the seed's statuses keep their own (`data-status`).
 */
export function StatusBadge({ status, className, unstyled }: StatusBadgeProps): ReactNode {
  const text = useModelText(useMessages());
  return (
    <span data-slot="status-badge" data-status={status} data-category={text.category(status)} className={cn(!unstyled && 'tk-badge', className) || undefined}>
      {text.status(status)}
    </span>
  );
}

/** Props of `PriorityBadge`. */
export interface PriorityBadgeProps {
  priority: TicketPriority;
  className?: string;
  unstyled?: boolean;
}

/**
 * A ticket's priority as text and colour (never colour alone). The colour follows its rank in the model
 * (`data-level`: low, normal, high, urgent — a P1 of four is urgent).
 */
export function PriorityBadge({ priority, className, unstyled }: PriorityBadgeProps): ReactNode {
  const text = useModelText(useMessages());
  return (
    <span data-slot="priority-badge" data-priority={priority} data-level={text.level(priority)} className={cn(!unstyled && 'tk-badge', className) || undefined}>
      {text.priority(priority)}
    </span>
  );
}
