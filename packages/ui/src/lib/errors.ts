import { isTicketError, ValidationError } from '@ticketkit/core';
import type { CommonMessages } from '../messages/common';

/** The sentence to show for an adapter's error, chosen by its typed kind. */
export function errorText(error: unknown, messages: CommonMessages): string {
  if (error instanceof ValidationError) return messages.errors.validation(error.field);
  if (!isTicketError(error)) return messages.errors.unknown;
  switch (error.code) {
    case 'unavailable':
      return messages.errors.unavailable;
    case 'forbidden':
      return messages.errors.forbidden;
    case 'not_found':
      return messages.errors.notFound;
    case 'conflict':
      return messages.errors.conflict;
    default:
      return messages.errors.unknown;
  }
}
