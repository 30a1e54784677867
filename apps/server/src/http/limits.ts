import { CALENDAR_DAY_BOUNDS, MAX_BODY_LENGTH, MAX_IDEMPOTENCY_KEY_LENGTH, MAX_SEARCH_LENGTH, MAX_TICKET_ID_LENGTH, MAX_VERSION, PAGE_SIZE_BOUNDS } from '@ticketkit/core';

/**
 * Every limit the server enforces on a request, in one place: `openapi.test.ts` checks that the OpenAPI document
 * states each of them. Lengths are in characters (Unicode code points), as the document's `maxLength` counts.
 */
export const LIMITS = {
  /** Longest reply or note (core's rule, shared with the memory adapter). */
  bodyCharacters: MAX_BODY_LENGTH,
  /** Longest `search` parameter. */
  searchCharacters: MAX_SEARCH_LENGTH,
  /** Longest ticket or team member ID (core's rule for ticket IDs). */
  idCharacters: MAX_TICKET_ID_LENGTH,
  /** Largest `page` (core's normalizeQuery: the largest exact integer of JavaScript). */
  page: Number.MAX_SAFE_INTEGER,
  /** Largest `pageSize`. */
  pageSize: PAGE_SIZE_BOUNDS.max,
  /** Largest `expectedVersion`: the largest value of the `integer` version column (core's `MAX_VERSION`). */
  version: MAX_VERSION,
  /** Longest `Idempotency-Key`. */
  idempotencyKeyCharacters: MAX_IDEMPOTENCY_KEY_LENGTH,
  /**
   * Largest request body in bytes: room for the longest body written the longest way JSON allows, `\uXXXX\uXXXX`
   * (12 bytes) per character, 240,000 bytes. A smaller limit would refuse valid text, e.g. 20,000 emoji (80,000 bytes).
   */
  requestBytes: 256 * 1024,
  /** Most items of one bulk update; a client with more sends them in several requests. */
  bulkItems: 100,
  /** Longest name of a saved view (core's rule for every adapter's saved views). */
  viewNameCharacters: 80,
  /** Most columns a saved view names. */
  viewColumns: 50,
  /** The calendar days `createdFrom` and `createdTo` may name (core's `CALENDAR_DAY_BOUNDS`). */
  firstDay: CALENDAR_DAY_BOUNDS.first,
  lastDay: CALENDAR_DAY_BOUNDS.last,
} as const;
