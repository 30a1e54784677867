import { describe, expect, it } from 'vitest';
import { validationFieldOf } from '../test/validation-field';
import { DEFAULT_TICKET_QUERY, isCalendarDay, normalizeQuery, pageCount, queriesEqual, type TicketQuery } from './query';

function fieldOf(input: Record<string, unknown>): string | undefined {
  return validationFieldOf(() => normalizeQuery(input as Partial<TicketQuery>));
}

describe('normalizeQuery', () => {
  it('fills in the defaults', () => {
    expect(normalizeQuery()).toEqual(DEFAULT_TICKET_QUERY);
    expect(normalizeQuery({ status: undefined })).toEqual(DEFAULT_TICKET_QUERY);
  });

  it('trims and collapses the search text, and reads numbers written as text', () => {
    const query = normalizeQuery({ search: '  refund   order ', page: '3' as never, pageSize: '50' as never });
    expect(query).toMatchObject({ search: 'refund order', page: 3, pageSize: 50 });
  });

  it('treats empty dates as no bound', () => {
    expect(normalizeQuery({ createdFrom: '' as never, createdTo: null })).toMatchObject({ createdFrom: null, createdTo: null });
  });

  it.each([
    [{ status: 'archived' }, 'status'],
    [{ sort: 'subject' }, 'sort'],
    [{ direction: 'up' }, 'direction'],
    [{ page: 0 }, 'page'],
    [{ page: 1.5 }, 'page'],
    [{ page: 'abc' }, 'page'],
    [{ page: '0x10' }, 'page'],
    [{ page: '1e3' }, 'page'],
    [{ page: '2.0' }, 'page'],
    [{ page: ' 2' }, 'page'],
    [{ pageSize: '1e1' }, 'pageSize'],
    [{ pageSize: 0 }, 'pageSize'],
    [{ pageSize: 101 }, 'pageSize'],
    [{ search: 42 }, 'search'],
    [{ search: 'x'.repeat(201) }, 'search'],
    [{ createdFrom: '2026-02-30' }, 'createdFrom'],
    [{ createdTo: '01/02/2026' }, 'createdTo'],
    [{ createdFrom: '2026-03-02', createdTo: '2026-03-01' }, 'createdTo'],
  ])('rejects %j naming %s', (input, field) => {
    expect(fieldOf(input)).toBe(field);
  });

  it('counts the search in characters and refuses text no backend can search exactly', () => {
    expect(normalizeQuery({ search: '😀'.repeat(200) }).search).toHaveLength(400);
    expect(validationFieldOf(() => normalizeQuery({ search: '😀'.repeat(201) }))).toBe('search');
    expect(validationFieldOf(() => normalizeQuery({ search: 'refund\u0000' }))).toBe('search');
    expect(validationFieldOf(() => normalizeQuery({ search: 'lone \ud800' }))).toBe('search');
  });

  it('takes days from 0001-01-01 to 9999-12-30, the range databases and the URL can both write', () => {
    expect(normalizeQuery({ createdFrom: '0001-01-01', createdTo: '9999-12-30' })).toMatchObject({ createdFrom: '0001-01-01', createdTo: '9999-12-30' });
    expect(validationFieldOf(() => normalizeQuery({ createdFrom: '0000-12-31' }))).toBe('createdFrom');
    expect(validationFieldOf(() => normalizeQuery({ createdTo: '9999-12-31' }))).toBe('createdTo');
  });

  it('accepts a one-day range', () => {
    expect(normalizeQuery({ createdFrom: '2026-03-01', createdTo: '2026-03-01' })).toMatchObject({ createdFrom: '2026-03-01' });
  });
});

describe('query helpers', () => {
  it('isCalendarDay knows real days', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-1-01')).toBe(false);
    // Years 0–99 are years 0–99, not 1900–1999 (0 is a leap year in the proleptic Gregorian calendar; 1900 is not).
    expect(isCalendarDay('0050-01-01')).toBe(true);
    expect(isCalendarDay('0000-02-29')).toBe(true);
    expect(isCalendarDay('0099-12-31')).toBe(true);
  });

  it('pageCount is at least 1', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
  });

  it('queriesEqual compares every field', () => {
    const base = normalizeQuery();
    expect(queriesEqual(base, normalizeQuery())).toBe(true);
    expect(queriesEqual(base, { ...base, page: 2 })).toBe(false);
  });
});

describe('the queue filters', () => {
  it('default to anyone, any priority, any requester', () => {
    expect(DEFAULT_TICKET_QUERY).toMatchObject({ assignee: null, priorities: [], requester: null });
  });

  it('normalise priorities to the model order without repeats, from a list or a comma text', () => {
    expect(normalizeQuery({ priorities: ['urgent', 'low', 'urgent'] }).priorities).toEqual(['low', 'urgent']);
    expect(normalizeQuery({ priorities: 'high,normal' as never }).priorities).toEqual(['normal', 'high']);
    expect(normalizeQuery({ priorities: [] }).priorities).toBe(DEFAULT_TICKET_QUERY.priorities);
  });

  it('name the parameter of a bad value', () => {
    expect(fieldOf({ priorities: ['low', 'p0'] })).toBe('priorities');
    expect(fieldOf({ priorities: [3] })).toBe('priorities');
    expect(fieldOf({ assignee: 'has space' })).toBe('assignee');
    expect(fieldOf({ assignee: 42 })).toBe('assignee');
    expect(fieldOf({ requester: 'line\nbreak' })).toBe('requester');
    expect(fieldOf({ sort: 'waiting' })).toBe('sort');
  });

  it('accept the new sorts', () => {
    expect(normalizeQuery({ sort: 'waitingSince', direction: 'asc' })).toMatchObject({ sort: 'waitingSince', direction: 'asc' });
    expect(normalizeQuery({ sort: 'lastMessageAt' }).sort).toBe('lastMessageAt');
  });

  it('compare priorities by value in queriesEqual', () => {
    const a = normalizeQuery({ priorities: ['high', 'low'] });
    const b = normalizeQuery({ priorities: ['low', 'high'] });
    expect(queriesEqual(a, b)).toBe(true);
    expect(queriesEqual(a, normalizeQuery({ priorities: ['low'] }))).toBe(false);
    expect(queriesEqual(a, { ...a, assignee: 'me' })).toBe(false);
  });
});
