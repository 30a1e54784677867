import { isTicketError, ValidationError, type Permission } from '@ticketkit/core';
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

/** The sentence for a refused permission: the messages' words for its reason key, else the policy's own message. */
export function permissionText(permission: Permission, messages: CommonMessages): string | undefined {
  if (permission.allowed) return undefined;
  const words = messages.permissions[permission.reason];
  const values = { assistant: permission.values?.assistant ?? '', verb: permission.values?.verb ?? 'change' };
  if (typeof words === 'function') return words(values);
  return words ?? permission.message;
}
