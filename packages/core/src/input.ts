import { ValidationError } from './errors';
import { checkFieldValue, defaultTicketModel, type FieldValue, type TicketModel } from './model';
import type { TicketPatch } from './types';

/** Longest reply or note accepted, in characters. */
export const MAX_BODY_LENGTH = 20_000;

/** Longest ticket ID accepted, in characters. */
export const MAX_TICKET_ID_LENGTH = 100;

/** Largest version a write may carry: versions are 32-bit integers on the reference server (and in most databases). */
export const MAX_VERSION = 2_147_483_647;

/** Longest idempotency key accepted, in characters. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 128;

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]+$/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a text cannot be stored exactly as sent, or `null`. U+0000 has no place in PostgreSQL text, and an unpaired
 * surrogate has no UTF-8 form: a backend would change either, so they are refused rather than rewritten.
 */
export function unstorableText(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the character U+0000';
  if (UNPAIRED_SURROGATE.test(text)) return 'must not contain an unpaired surrogate (text that is not valid Unicode)';
  return null;
}

/** The length of a text in characters (Unicode code points), as JSON Schema's `maxLength` counts. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}

/** Checks a ticket ID given to an adapter call. @throws ValidationError on `field`. */
export function checkTicketId(ticketId: unknown, field = 'ticketId'): string {
  if (typeof ticketId !== 'string' || ticketId.trim() === '') {
    throw new ValidationError(field, `expected a ticket ID, got ${JSON.stringify(ticketId)}`);
  }
  const problem = unstorableText(ticketId) ?? (characterCount(ticketId) > MAX_TICKET_ID_LENGTH ? `must be at most ${MAX_TICKET_ID_LENGTH} characters` : null);
  if (problem) throw new ValidationError(field, problem);
  return ticketId;
}

/**
 * Checks the text of a reply or note: not blank, at most `MAX_BODY_LENGTH` characters, storable exactly as sent.
 * Returns it unchanged. @throws ValidationError on `field`.
 */
export function checkBody(body: unknown, field = 'body'): string {
  if (typeof body !== 'string') throw new ValidationError(field, `expected text, got ${typeof body}`);
  if (body.trim() === '') throw new ValidationError(field, 'must not be empty');
  if (body.length > MAX_BODY_LENGTH && characterCount(body) > MAX_BODY_LENGTH) {
    throw new ValidationError(field, `must be at most ${MAX_BODY_LENGTH.toLocaleString('en-US')} characters`);
  }
  const problem = unstorableText(body);
  if (problem) throw new ValidationError(field, problem);
  return body;
}

/**
 * Checks the idempotency key of a reply or note (see `TextInput`): absent, or 1–128 characters from
 * `A–Z a–z 0–9 _ - . :`. @throws ValidationError on `field`.
 */
export function checkIdempotencyKey(key: unknown, field = 'idempotencyKey'): string | undefined {
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !IDEMPOTENCY_KEY.test(key)) {
    throw new ValidationError(field, `expected 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters from A-Z a-z 0-9 _ - . :, got ${JSON.stringify(key)}`);
  }
  return key;
}

/** Makes a fresh idempotency key: one per press of send, reused by every retry of that send. */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Old browsers over plain HTTP lack randomUUID; getRandomValues is there wherever crypto is.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Checks the version a write carries. @throws ValidationError on `expectedVersion`. */
export function checkVersion(version: unknown, field = 'expectedVersion'): number {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0 || version > MAX_VERSION) {
    throw new ValidationError(field, `expected a whole number from 0 to ${MAX_VERSION}, got ${JSON.stringify(version)}`);
  }
  return version;
}

/**
 * Checks a ticket patch against `model` (the seed's by default): known keys only, a status and priority of the
 * model, editable custom fields with values of their type, at least one change.
 * @throws ValidationError naming the field, e.g. `patch.status` or `patch.fields.orderId`.
 */
export function checkPatch(patch: unknown, field = 'patch', model: TicketModel = defaultTicketModel): TicketPatch {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new ValidationError(field, 'expected an object with status, priority, assigneeId or fields');
  }
  const raw = patch as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!['status', 'priority', 'assigneeId', 'fields'].includes(key)) {
      throw new ValidationError(`${field}.${key}`, 'is not a field that can be changed');
    }
  }
  const result: TicketPatch = {};
  if (raw.status !== undefined) {
    if (typeof raw.status !== 'string' || !model.status(raw.status)) {
      throw new ValidationError(`${field}.status`, `expected one of ${model.statuses.map((s) => s.id).join(', ')}, got ${JSON.stringify(raw.status)}`);
    }
    result.status = raw.status;
  }
  if (raw.priority !== undefined) {
    if (typeof raw.priority !== 'string' || !model.priority(raw.priority)) {
      throw new ValidationError(`${field}.priority`, `expected one of ${model.priorities.map((p) => p.id).join(', ')}, got ${JSON.stringify(raw.priority)}`);
    }
    result.priority = raw.priority;
  }
  if (raw.assigneeId !== undefined) {
    if (raw.assigneeId !== null && (typeof raw.assigneeId !== 'string' || raw.assigneeId === '')) {
      throw new ValidationError(`${field}.assigneeId`, `expected a team member ID or null, got ${JSON.stringify(raw.assigneeId)}`);
    }
    result.assigneeId = raw.assigneeId as string | null;
  }
  if (raw.fields !== undefined) {
    if (typeof raw.fields !== 'object' || raw.fields === null || Array.isArray(raw.fields)) {
      throw new ValidationError(`${field}.fields`, 'expected an object of field values');
    }
    const fields: Record<string, FieldValue> = {};
    for (const [id, value] of Object.entries(raw.fields as Record<string, unknown>)) {
      if (value === undefined) continue;
      const definition = model.field(id);
      if (!definition?.editable) throw new ValidationError(`${field}.fields.${id}`, 'is not an editable field of the model');
      fields[id] = checkFieldValue(definition, value, `${field}.fields.${id}`);
    }
    if (Object.keys(fields).length > 0) result.fields = fields;
  }
  if (Object.keys(result).length === 0) throw new ValidationError(field, 'changes nothing');
  return result;
}
