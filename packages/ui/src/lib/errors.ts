import { isTicketError, ValidationError, type Permission, type TicketModel } from '@ticketkit/core';
import type { CommonMessages, FieldNames } from '../messages/common';

/**
 * The name in words of the field at `path` (as a `ValidationError` gives it), from `messages.fieldNames`: the path
 * itself (`createdTo`), else its last part (`patch.status` → `status`); a custom field of `model` by its label; `null` when neither has a name, so that a
 * message says "a value" rather than show an internal path.
 */
export function fieldName(path: string, messages: Pick<CommonMessages, 'fieldNames'>, model?: TicketModel): string | null {
  // A custom field of the model (`fields.orderId`, `patch.fields.orderId`) goes by its label.
  const custom = /(?:^|\.)fields\.([A-Za-z][A-Za-z0-9_]*)$/.exec(path);
  const label = custom ? model?.field(custom[1]!)?.label : undefined;
  if (label) return label;
  const names = messages.fieldNames;
  const known = (key: string): key is keyof FieldNames => Object.hasOwn(names, key);
  if (known(path)) return names[path];
  const last = path.split('.').pop()!.replace(/\[\d+\]$/, '');
  return known(last) ? names[last] : null;
}

/** The sentence to show for an adapter's error, chosen by its typed kind; a refused field is named in words. */
export function errorText(error: unknown, messages: CommonMessages, model?: TicketModel): string {
  if (error instanceof ValidationError) return messages.errors.validation(fieldName(error.field, messages, model));
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
  // Own keys only: a host's reason named like an object method (`constructor`) is not a message.
  const words = Object.hasOwn(messages.permissions, permission.reason) ? messages.permissions[permission.reason] : undefined;
  const values = { ...permission.values, assistant: permission.values?.assistant ?? '', verb: permission.values?.verb ?? 'change' };
  if (typeof words === 'function') return words(values);
  return words ?? permission.message;
}
