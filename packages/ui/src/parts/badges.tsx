import type { TicketPriority, TicketStatus } from '@ticketkit/core';
import type { ReactNode } from 'react';
import { cn } from '../lib/cn';
import { useMessages } from '../messages/context';

/** Props of `StatusBadge`. */
export interface StatusBadgeProps {
  status: TicketStatus;
  className?: string;
  unstyled?: boolean;
}

/** A ticket's status as text and colour (never colour alone). */
export function StatusBadge({ status, className, unstyled }: StatusBadgeProps): ReactNode {
  const messages = useMessages();
  return (
    <span data-slot="status-badge" data-status={status} className={cn(!unstyled && 'tk-badge', className) || undefined}>
      {messages.common.status[status]}
    </span>
  );
}

/** Props of `PriorityBadge`. */
export interface PriorityBadgeProps {
  priority: TicketPriority;
  className?: string;
  unstyled?: boolean;
}

/** A ticket's priority as text and colour (never colour alone). */
export function PriorityBadge({ priority, className, unstyled }: PriorityBadgeProps): ReactNode {
  const messages = useMessages();
  return (
    <span data-slot="priority-badge" data-priority={priority} className={cn(!unstyled && 'tk-badge', className) || undefined}>
      {messages.common.priority[priority]}
    </span>
  );
}
