import { describe, expect, it } from 'vitest';
import { validationFieldOf } from '../test/validation-field';
import { MAX_BODY_LENGTH, MAX_TICKET_ID_LENGTH, MAX_VERSION, characterCount, checkBody, checkIdempotencyKey, checkPatch, checkTicketId, checkVersion, newIdempotencyKey } from './input';


describe('input checks', () => {
  it('checkTicketId accepts an ID and refuses blanks and non-text', () => {
    expect(checkTicketId('TK-1001')).toBe('TK-1001');
    expect(validationFieldOf(() => checkTicketId('  '))).toBe('ticketId');
    expect(validationFieldOf(() => checkTicketId(42, 'id'))).toBe('id');
  });

  it('checkBody refuses blank, non-text and too-long text, and keeps the text as is', () => {
    expect(checkBody('  Hello <b>there</b>  ')).toBe('  Hello <b>there</b>  ');
    expect(validationFieldOf(() => checkBody(' \n '))).toBe('body');
    expect(validationFieldOf(() => checkBody(undefined))).toBe('body');
    expect(validationFieldOf(() => checkBody('x'.repeat(MAX_BODY_LENGTH + 1)))).toBe('body');
    expect(checkBody('x'.repeat(MAX_BODY_LENGTH))).toHaveLength(MAX_BODY_LENGTH);
  });

  it('checkBody counts characters, not UTF-16 units, as the OpenAPI maxLength does', () => {
    const emoji = '😀'.repeat(MAX_BODY_LENGTH); // 40,000 UTF-16 units, 20,000 characters
    expect(characterCount(emoji)).toBe(MAX_BODY_LENGTH);
    expect(checkBody(emoji)).toBe(emoji);
    expect(validationFieldOf(() => checkBody(`${emoji}x`))).toBe('body');
  });

  it('checkBody and checkTicketId refuse what no backend can store exactly: U+0000 and unpaired surrogates', () => {
    expect(validationFieldOf(() => checkBody('before\u0000after'))).toBe('body');
    expect(validationFieldOf(() => checkBody('lone \ud800 high'))).toBe('body');
    expect(validationFieldOf(() => checkBody('lone \udc00 low'))).toBe('body');
    expect(validationFieldOf(() => checkBody('ends high \ud83d'))).toBe('body');
    expect(validationFieldOf(() => checkTicketId('TK-1\u0000'))).toBe('ticketId');
    expect(checkTicketId('😀'.repeat(MAX_TICKET_ID_LENGTH))).toHaveLength(2 * MAX_TICKET_ID_LENGTH);
    expect(validationFieldOf(() => checkTicketId('x'.repeat(MAX_TICKET_ID_LENGTH + 1)))).toBe('ticketId');
    expect(checkBody('paired 😀 fine')).toBe('paired 😀 fine');
  });

  it('checkIdempotencyKey takes 1-128 safe characters, or nothing', () => {
    expect(checkIdempotencyKey(undefined)).toBeUndefined();
    expect(checkIdempotencyKey('3f1c-AB_9.x:y')).toBe('3f1c-AB_9.x:y');
    expect(checkIdempotencyKey('k'.repeat(128))).toHaveLength(128);
    for (const bad of ['', 'k'.repeat(129), 'has space', 'line\nbreak', 'é', 42, null]) {
      expect(validationFieldOf(() => checkIdempotencyKey(bad))).toBe('idempotencyKey');
    }
    const made = newIdempotencyKey();
    expect(checkIdempotencyKey(made)).toBe(made);
    expect(newIdempotencyKey()).not.toBe(made);
  });

  it('checkVersion wants a whole number of at least 0', () => {
    expect(checkVersion(0)).toBe(0);
    expect(validationFieldOf(() => checkVersion(-1))).toBe('expectedVersion');
    expect(validationFieldOf(() => checkVersion(1.5))).toBe('expectedVersion');
    expect(validationFieldOf(() => checkVersion('3'))).toBe('expectedVersion');
    expect(checkVersion(MAX_VERSION)).toBe(MAX_VERSION);
    expect(validationFieldOf(() => checkVersion(MAX_VERSION + 1))).toBe('expectedVersion');
  });

  it('checkPatch keeps known fields and refuses everything else naming the field', () => {
    expect(checkPatch({ status: 'closed', priority: 'high', assigneeId: null })).toEqual({ status: 'closed', priority: 'high', assigneeId: null });
    expect(checkPatch({ assigneeId: 'tm-2', status: undefined })).toEqual({ assigneeId: 'tm-2' });
    expect(validationFieldOf(() => checkPatch(null))).toBe('patch');
    expect(validationFieldOf(() => checkPatch([]))).toBe('patch');
    expect(validationFieldOf(() => checkPatch({}))).toBe('patch');
    expect(validationFieldOf(() => checkPatch({ subject: 'x' }))).toBe('patch.subject');
    expect(validationFieldOf(() => checkPatch({ status: 'archived' }))).toBe('patch.status');
    expect(validationFieldOf(() => checkPatch({ priority: 'asap' }))).toBe('patch.priority');
    expect(validationFieldOf(() => checkPatch({ assigneeId: '' }))).toBe('patch.assigneeId');
    expect(validationFieldOf(() => checkPatch({ assigneeId: 7 }))).toBe('patch.assigneeId');
  });
});
