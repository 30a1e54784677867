import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageSchema, parseMessage, parseRecord } from './schema';

/** What a parse did: the output, or the field and text of the error it threw. */
function outcome(run: () => unknown): unknown {
  try {
    return { ok: run() };
  } catch (error) {
    return { error: String(error), field: (error as { field?: unknown }).field };
  }
}

// Values near the edges of each rule: empty and non-string ids, real and impossible days, odd objects.
const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, 0, 1, true, '', 'x', [], {}, Number.NaN),
  fc.string({ maxLength: 4 }),
  fc.integer(),
);
const stringish = fc.oneof(fc.constantFrom('', 'a', 'm-1'), fc.string({ maxLength: 6 }), anyValue);
const dateTime = fc.oneof(
  fc.date({ min: new Date(-62_000_000_000_000), max: new Date(300_000_000_000_000), noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('T00:00:00Z', 'T10:00', 'T25:00:00Z', 'Tx', 'T', 'T12:00:00.000+02:00'))
    .map(([y, m, d, rest]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${rest}`),
  anyValue,
);
const author = fc.oneof(
  fc.record(
    { kind: fc.oneof(fc.constantFrom('end_user', 'assistant', 'team', 'admin', 'toString'), anyValue), id: stringish, name: stringish, extra: anyValue },
    { requiredKeys: [] },
  ),
  anyValue,
);
const record = fc.record({ id: stringish, ticketId: stringish, author, body: stringish, createdAt: dateTime, extra: anyValue }, { requiredKeys: [] });
// Fields inherited rather than own (a class instance's getters, say) count for both, since both read with `in`/`[]`.
const message = fc.oneof(record, record.map((fields) => Object.create(fields) as unknown), anyValue);

describe('parseMessage fast path', () => {
  it('accepts, returns and rejects exactly as messageSchema does', () => {
    fc.assert(
      fc.property(message, (value) => {
        expect(outcome(() => parseMessage(value))).toEqual(outcome(() => parseRecord(messageSchema, value, 'message')));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees over a run of calls, whichever day the previous record had', () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 8 }), (values) => {
        for (const value of values) expect(outcome(() => parseMessage(value))).toEqual(outcome(() => parseRecord(messageSchema, value, 'message')));
      }),
    );
  });
});
