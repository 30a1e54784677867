import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors';
import { PAGE_SIZE_BOUNDS, TICKET_SORT_FIELDS, normalizeQuery, type TicketQuery } from './query';
import { decodeQuery, encodeQuery, mergeQueryIntoParams } from './query-url';
import { TICKET_PRIORITIES, TICKET_STATUSES } from './types';

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Every valid query: any status, range, search text (unicode, symbols, spaces), sort, page and size. */
const validQuery: fc.Arbitrary<TicketQuery> = fc
  .record({
    status: fc.constantFrom('all' as const, ...TICKET_STATUSES),
    assignee: fc.constantFrom(null, 'me', 'unassigned', 'tm-4', 'user:42@example'),
    priorities: fc.subarray([...TICKET_PRIORITIES]),
    requester: fc.constantFrom(null, 'rq-1', 'c0ffee-12'),
    days: fc.tuple(fc.option(day, { nil: null }), fc.option(day, { nil: null })),
    search: fc.string({ unit: 'grapheme', maxLength: 40 }),
    sort: fc.constantFrom(...TICKET_SORT_FIELDS),
    direction: fc.constantFrom('asc' as const, 'desc' as const),
    page: fc.integer({ min: 1, max: 1_000_000 }),
    pageSize: fc.integer(PAGE_SIZE_BOUNDS),
  })
  .map(({ days: [a, b], ...rest }) => {
    const [createdFrom, createdTo] = a && b && b < a ? [b, a] : [a, b];
    return normalizeQuery({ ...rest, createdFrom, createdTo });
  });

describe('query URL codec', () => {
  it('decode(encode(q)) equals q for every valid query', () => {
    fc.assert(
      fc.property(validQuery, (query) => {
        expect(decodeQuery(encodeQuery(query))).toEqual(query);
        expect(decodeQuery(encodeQuery(query).toString())).toEqual(query);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips with a prefix and keeps the host parameters', () => {
    fc.assert(
      fc.property(validQuery, fc.string({ maxLength: 10 }), (query, hostValue) => {
        const host = new URLSearchParams({ tab: 'tickets', other: hostValue });
        const merged = mergeQueryIntoParams(host, query, { prefix: 'tk_' });
        expect(merged.get('tab')).toBe('tickets');
        expect(merged.get('other')).toBe(hostValue);
        expect(decodeQuery(merged, { prefix: 'tk_' })).toEqual(query);
      }),
      { numRuns: 200 },
    );
  });

  it('writes only what differs from the defaults', () => {
    expect(encodeQuery({}).toString()).toBe('');
    expect(encodeQuery({ status: 'open', page: 3 }).toString()).toBe('status=open&page=3');
    expect(encodeQuery({ search: 'José' }, { prefix: 'tk_' }).get('tk_q')).toBe('José');
  });

  it('merging replaces old query parameters and drops those back at their default', () => {
    const params = new URLSearchParams('tk_status=open&tk_page=4&view=list');
    expect(mergeQueryIntoParams(params, { page: 1 }, { prefix: 'tk_' }).toString()).toBe('view=list');
  });

  it('ignores unrelated parameters and rejects a bad one naming the field', () => {
    expect(decodeQuery('foo=bar&page=2').page).toBe(2);
    expect(() => decodeQuery('page=abc')).toThrow(ValidationError);
    try {
      decodeQuery('tk_size=500', { prefix: 'tk_' });
    } catch (error) {
      expect((error as ValidationError).field).toBe('pageSize');
    }
    expect.assertions(3);
  });

  it('writes assignee, priorities (one comma list, in the model order) and requester, and reads them back', () => {
    const params = encodeQuery({ assignee: 'me', priorities: ['urgent', 'low', 'urgent'], requester: 'rq-7' });
    expect(params.toString()).toBe('assignee=me&priority=low%2Curgent&requester=rq-7');
    expect(decodeQuery('assignee=unassigned&priority=high,normal&requester=rq-9')).toMatchObject({
      assignee: 'unassigned',
      priorities: ['normal', 'high'],
      requester: 'rq-9',
    });
    expect(decodeQuery('')).toMatchObject({ assignee: null, priorities: [], requester: null });
  });

  it.each([
    ['priority=low,bogus', 'priorities'],
    ['priority=low,,high', 'priorities'],
    ['assignee=two%20words', 'assignee'],
    ['requester=a%00b', 'requester'],
    [`requester=${'x'.repeat(101)}`, 'requester'],
  ])('refuses %s with a ValidationError on %s', (search, field) => {
    const error = (() => {
      try {
        decodeQuery(search);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
  });
});
