import { describe, expect, it } from 'vitest';
import { validationFieldOf } from '../test/validation-field';
import { MAX_BODY_LENGTH, checkBody, checkPatch, checkTicketId, checkVersion } from './input';


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

  it('checkVersion wants a whole number of at least 0', () => {
    expect(checkVersion(0)).toBe(0);
    expect(validationFieldOf(() => checkVersion(-1))).toBe('expectedVersion');
    expect(validationFieldOf(() => checkVersion(1.5))).toBe('expectedVersion');
    expect(validationFieldOf(() => checkVersion('3'))).toBe('expectedVersion');
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
