import { MAX_BODY_LENGTH, MAX_IDEMPOTENCY_KEY_LENGTH, MAX_SEARCH_LENGTH, PAGE_SIZE_BOUNDS } from '@ticketkit/core';

/**
 * Every limit the server enforces on a request, in one place: `openapi.test.ts` checks that the OpenAPI document
 * states each of them. Lengths are in characters (Unicode code points), as the document's `maxLength` counts.
 */
export const LIMITS = {
  /** Longest reply or note (core's rule, shared with the memory adapter). */
  bodyCharacters: MAX_BODY_LENGTH,
  /** Longest `search` parameter. */
  searchCharacters: MAX_SEARCH_LENGTH,
  /** Longest ticket or team member ID. */
  idCharacters: 100,
  /** Largest `page` (core's normalizeQuery: the largest exact integer of JavaScript). */
  page: Number.MAX_SAFE_INTEGER,
  /** Largest `pageSize`. */
  pageSize: PAGE_SIZE_BOUNDS.max,
  /** Largest `expectedVersion`: the largest value of the `integer` version column. */
  version: 2_147_483_647,
  /** Longest `Idempotency-Key`. */
  idempotencyKeyCharacters: MAX_IDEMPOTENCY_KEY_LENGTH,
  /**
   * Largest request body in bytes: room for the longest body written the longest way JSON allows, `\uXXXX\uXXXX`
   * (12 bytes) per character, 240,000 bytes. A smaller limit would refuse valid text, e.g. 20,000 emoji (80,000 bytes).
   */
  requestBytes: 256 * 1024,
  /**
   * The calendar days `createdFrom` and `createdTo` may name. Year 0 is not a year of the calendar PostgreSQL writes
   * dates in (1 BC comes before AD 1), and a range ends at the start of the day after its last day, which for
   * 9999-12-31 could not be written `YYYY-MM-DD`.
   */
  firstDay: '0001-01-01',
  lastDay: '9999-12-30',
} as const;
