import { ConflictError, ValidationError } from '@ticketkit/core';
import { defaultMessages } from '../messages/messages';
import { errorText, fieldName } from './errors';

const common = defaultMessages.common;

describe('fieldName', () => {
  it('names a known field, also at the end of a path', () => {
    expect(fieldName('createdTo', common)).toBe('end date');
    expect(fieldName('pageSize', common)).toBe('number per page');
    expect(fieldName('patch.assigneeId', common)).toBe('assignee');
    expect(fieldName('request.tickets[2].status', common)).toBe('status');
  });

  it('gives null for a field without a name, never an inherited property', () => {
    expect(fieldName('tickets[3].id', common)).toBeNull();
    expect(fieldName('response', common)).toBeNull();
    expect(fieldName('constructor', common)).toBeNull();
    expect(fieldName('patch.__proto__', common)).toBeNull();
  });
});

describe('errorText', () => {
  it('names a refused field in words, or says "a value" for an unknown one', () => {
    expect(errorText(new ValidationError('createdFrom', 'expected a calendar day'), common)).toBe(
      'The request was refused: the start date is not valid.',
    );
    expect(errorText(new ValidationError('listMessages.messages', 'expected a list'), common)).toBe(
      'The request was refused: a value is not valid.',
    );
  });

  it('keeps the sentence of each other kind', () => {
    expect(errorText(new ConflictError('stale', { expectedVersion: 1 }), common)).toBe(common.errors.conflict);
    expect(errorText(new Error('boom'), common)).toBe(common.errors.unknown);
  });
});
