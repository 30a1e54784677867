import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors';
import { MAX_BODY_LENGTH, checkBody, checkPatch, checkTicketId, checkVersion } from './input';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).field;
  }
  return undefined;
}

describe('input checks', () => {
  it('checkTicketId accepts an ID and refuses blanks and non-text', () => {
    expect(checkTicketId('TK-1001')).toBe('TK-1001');
    expect(fieldOf(() => checkTicketId('  '))).toBe('ticketId');
    expect(fieldOf(() => checkTicketId(42, 'id'))).toBe('id');
  });

  it('checkBody refuses blank, non-text and too-long text, and keeps the text as is', () => {
    expect(checkBody('  Hello <b>there</b>  ')).toBe('  Hello <b>there</b>  ');
    expect(fieldOf(() => checkBody(' \n '))).toBe('body');
    expect(fieldOf(() => checkBody(undefined))).toBe('body');
    expect(fieldOf(() => checkBody('x'.repeat(MAX_BODY_LENGTH + 1)))).toBe('body');
    expect(checkBody('x'.repeat(MAX_BODY_LENGTH))).toHaveLength(MAX_BODY_LENGTH);
  });

  it('checkVersion wants a whole number of at least 0', () => {
    expect(checkVersion(0)).toBe(0);
    expect(fieldOf(() => checkVersion(-1))).toBe('expectedVersion');
    expect(fieldOf(() => checkVersion(1.5))).toBe('expectedVersion');
    expect(fieldOf(() => checkVersion('3'))).toBe('expectedVersion');
  });

  it('checkPatch keeps known fields and refuses everything else naming the field', () => {
    expect(checkPatch({ status: 'closed', priority: 'high', assigneeId: null })).toEqual({ status: 'closed', priority: 'high', assigneeId: null });
    expect(checkPatch({ assigneeId: 'tm-2', status: undefined })).toEqual({ assigneeId: 'tm-2' });
    expect(fieldOf(() => checkPatch(null))).toBe('patch');
    expect(fieldOf(() => checkPatch([]))).toBe('patch');
    expect(fieldOf(() => checkPatch({}))).toBe('patch');
    expect(fieldOf(() => checkPatch({ subject: 'x' }))).toBe('patch.subject');
    expect(fieldOf(() => checkPatch({ status: 'archived' }))).toBe('patch.status');
    expect(fieldOf(() => checkPatch({ priority: 'asap' }))).toBe('patch.priority');
    expect(fieldOf(() => checkPatch({ assigneeId: '' }))).toBe('patch.assigneeId');
    expect(fieldOf(() => checkPatch({ assigneeId: 7 }))).toBe('patch.assigneeId');
  });
});
