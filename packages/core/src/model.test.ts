import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors';
import { checkPatch } from './input';
import { checkFieldValue, checkTicketFields, defaultTicketModel, defineTicketModel } from './model';
import { normalizeQuery } from './query';
import { decodeQuery, encodeQuery, mergeQueryIntoParams } from './query-url';
import { parseTicket } from './schema';
import { sampleHostModel } from './seed/sample-model';
import { generateTicketData } from './seed/generate';

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('defineTicketModel', () => {
  it('is the seed model without a definition', () => {
    expect(defaultTicketModel.statuses.map((s) => s.id)).toEqual(['open', 'in_progress', 'closed']);
    expect(defaultTicketModel.priorities.map((p) => p.id)).toEqual(['low', 'normal', 'high', 'urgent']);
    expect(defaultTicketModel.unsolvedStatuses).toEqual(['open', 'in_progress']);
    expect(defaultTicketModel.fields).toEqual([]);
  });

  it('ranks priorities in the order given, lowest first, and knows each status category', () => {
    expect(sampleHostModel.priorityRank('p4')).toBe(0);
    expect(sampleHostModel.priorityRank('p1')).toBe(3);
    expect(sampleHostModel.priorityRank('urgent')).toBe(-1);
    expect(sampleHostModel.categoryOf('pending_customer')).toBe('waiting');
    expect(sampleHostModel.unsolvedStatuses).toEqual(['new', 'working', 'pending_customer']);
  });

  it('refuses a broken definition, naming the part at fault', () => {
    expect(fieldOf(() => defineTicketModel({ statuses: [] }))).toBe('model.statuses');
    expect(fieldOf(() => defineTicketModel({ statuses: [{ id: 'a', label: 'A', category: 'later' as 'done' }] }))).toBe('model.statuses[0].category');
    expect(fieldOf(() => defineTicketModel({ priorities: [{ id: 'p1', label: 'P1' }, { id: 'p1', label: 'again' }] }))).toBe('model.priorities[1].id');
    expect(fieldOf(() => defineTicketModel({ fields: [{ id: '1st', label: 'x', type: 'text' }] }))).toBe('model.fields[0].id');
    expect(fieldOf(() => defineTicketModel({ fields: [{ id: 'tier', label: 'Tier', type: 'choice' }] }))).toBe('model.fields[0].options');
    expect(fieldOf(() => defineTicketModel({ fields: [{ id: 'n', label: 'N', type: 'number', options: [{ id: 'a', label: 'A' }] }] }))).toBe('model.fields[0].options');
    expect(fieldOf(() => defineTicketModel({ fields: [{ id: 'n', label: ' ', type: 'number' }] }))).toBe('model.fields[0].label');
    // The status filter's own choices are not status IDs.
    expect(fieldOf(() => defineTicketModel({ statuses: [{ id: 'new', label: 'New', category: 'active' }, { id: 'unsolved', label: 'Unsolved', category: 'active' }] }))).toBe('model.statuses[1].id');
    expect(fieldOf(() => defineTicketModel({ statuses: [{ id: 'all', label: 'All', category: 'done' }] }))).toBe('model.statuses[0].id');
  });
});

describe('custom field values', () => {
  const field = (id: string) => sampleHostModel.field(id)!;

  it('are checked by type', () => {
    expect(checkFieldValue(field('orderId'), 1042, 'f')).toBe(1042);
    expect(fieldOf(() => checkFieldValue(field('orderId'), '1042', 'f'))).toBe('f');
    expect(fieldOf(() => checkFieldValue(field('orderId'), Number.NaN, 'f'))).toBe('f');
    expect(checkFieldValue(field('plan'), 'pro', 'f')).toBe('pro');
    expect(fieldOf(() => checkFieldValue(field('plan'), 'gold', 'f'))).toBe('f');
    expect(checkFieldValue(field('tags'), ['vip', 'bug', 'vip'], 'f')).toEqual(['vip', 'bug']);
    expect(fieldOf(() => checkFieldValue(field('tags'), ['vip', 'nope'], 'f'))).toBe('f');
    expect(checkFieldValue(field('orderUrl'), 'https://shop.example.com/o/1', 'f')).toBe('https://shop.example.com/o/1');
    expect(fieldOf(() => checkFieldValue(field('orderUrl'), 'javascript:alert(1)', 'f'))).toBe('f');
    expect(checkFieldValue(field('orderId'), null, 'f')).toBeNull();
    const day = { id: 'due', label: 'Due', type: 'date' } as const;
    expect(checkFieldValue(day, '2026-02-28', 'f')).toBe('2026-02-28');
    expect(fieldOf(() => checkFieldValue(day, '2026-02-30', 'f'))).toBe('f');
    const email = { id: 'billing', label: 'Billing', type: 'email' } as const;
    expect(fieldOf(() => checkFieldValue(email, 'not an address', 'f'))).toBe('f');
    expect(checkFieldValue(email, 'ana.lópez@example.com', 'f')).toBe('ana.lópez@example.com');
    // What a mailto: link would read as headers or a second address is refused.
    for (const bad of ['a@b.com?bcc=evil@x.com', 'a@b.com&body=hi', 'a@b', 'a,b@c.com', 'a\u0000@b.com']) {
      expect(fieldOf(() => checkFieldValue(email, bad, 'f')), bad).toBe('f');
    }
    // Text no database stores faithfully, in any kind of value.
    const note = { id: 'note', label: 'Note', type: 'text' } as const;
    expect(fieldOf(() => checkFieldValue(note, 'half \ud800 a pair', 'f'))).toBe('f');
    expect(fieldOf(() => checkFieldValue(note, 'nul \u0000', 'f'))).toBe('f');
  });

  it('are kept by ticket validation, undeclared keys too, and a bad one is named', () => {
    const [ticket] = generateTicketData({ tickets: 1, model: sampleHostModel }).tickets;
    const raw = { ...ticket!, fields: { orderId: 17, tags: ['vip'], crmId: 'C-9' } };
    expect(parseTicket(raw, 'ticket', sampleHostModel).fields).toEqual({ orderId: 17, tags: ['vip'], crmId: 'C-9' });
    expect(parseTicket({ ...raw, fields: undefined }, 'ticket', sampleHostModel).fields).toEqual({});
    // Read leniently: a value that no longer fits its field (an option since removed) is kept as text, so one old value
    // never hides the ticket; an object is dropped; `__proto__` is never taken.
    expect(parseTicket({ ...raw, fields: { plan: 'legacy', orderId: { n: 1 } } }, 'ticket', sampleHostModel).fields).toEqual({ plan: 'legacy' });
    const sneaky = parseTicket({ ...raw, fields: JSON.parse('{"__proto__": {"plan": "gold"}}') }, 'ticket', sampleHostModel);
    expect(sneaky.fields.plan).toBeUndefined();
    // Checked strictly where it is written.
    expect(fieldOf(() => checkTicketFields(sampleHostModel, { orderId: 'seventeen' }, 'ticket.fields'))).toBe('ticket.fields.orderId');
    expect(fieldOf(() => parseTicket({ ...raw, status: 'open' }, 'ticket', sampleHostModel))).toBe('ticket.status');
    expect(parseTicket({ ...raw, status: 'pending_customer', priority: 'p1' }, 'ticket', sampleHostModel).status).toBe('pending_customer');
  });

  it('are changed through a patch only when editable', () => {
    expect(checkPatch({ fields: { plan: 'pro', tags: null } }, 'patch', sampleHostModel)).toEqual({ fields: { plan: 'pro', tags: null } });
    expect(fieldOf(() => checkPatch({ fields: { orderId: 5 } }, 'patch', sampleHostModel))).toBe('patch.fields.orderId');
    expect(fieldOf(() => checkPatch({ fields: { plan: 'gold' } }, 'patch', sampleHostModel))).toBe('patch.fields.plan');
    expect(fieldOf(() => checkPatch({ status: 'closed' }, 'patch', sampleHostModel))).toBe('patch.status');
    expect(checkPatch({ status: 'pending_customer', priority: 'p2' }, 'patch', sampleHostModel)).toEqual({ status: 'pending_customer', priority: 'p2' });
  });
});

describe('queries under a model', () => {
  it('take "unsolved", the model statuses, filterable fields and sortable fields', () => {
    const query = normalizeQuery({ status: 'unsolved', fields: { orderId: ' 10042 ', tags: 'vip' }, sort: 'fields.orderId' }, sampleHostModel);
    expect(query).toMatchObject({ status: 'unsolved', fields: { orderId: '10042', tags: 'vip' }, sort: 'fields.orderId' });
    expect(fieldOf(() => normalizeQuery({ status: 'open' }, sampleHostModel))).toBe('status');
    expect(fieldOf(() => normalizeQuery({ fields: { orderUrl: 'x' } }, sampleHostModel))).toBe('fields.orderUrl');
    expect(fieldOf(() => normalizeQuery({ fields: { orderId: 'abc' } }, sampleHostModel))).toBe('fields.orderId');
    expect(fieldOf(() => normalizeQuery({ fields: { plan: 'gold' } }, sampleHostModel))).toBe('fields.plan');
    expect(fieldOf(() => normalizeQuery({ sort: 'fields.tags' }, sampleHostModel))).toBe('sort');
    expect(fieldOf(() => normalizeQuery({ sort: 'fields.orderId' }))).toBe('sort');
  });

  it('keep field filters in the URL', () => {
    const query = normalizeQuery({ status: 'pending_customer', fields: { plan: 'pro', orderId: '10042' }, sort: 'fields.plan' }, sampleHostModel);
    const params = encodeQuery(query, { model: sampleHostModel, prefix: 'tk_' });
    expect(params.toString()).toBe('tk_status=pending_customer&tk_sort=fields.plan&tk_f.orderId=10042&tk_f.plan=pro');
    expect(decodeQuery(params, { model: sampleHostModel, prefix: 'tk_' })).toEqual(query);
    expect(fieldOf(() => decodeQuery('f.plan=gold', { model: sampleHostModel }))).toBe('fields.plan');
    // An `f.` parameter that is not a filterable field of the model is the host's: read past, and kept on a write.
    expect(decodeQuery('f.orderUrl=x&f.campaign=spring&f.plan=pro', { model: sampleHostModel }).fields).toEqual({ plan: 'pro' });
    const merged = mergeQueryIntoParams(new URLSearchParams('f.campaign=spring&f.plan=pro'), { fields: {} }, { model: sampleHostModel });
    expect(merged.toString()).toBe('f.campaign=spring');
  });
});
