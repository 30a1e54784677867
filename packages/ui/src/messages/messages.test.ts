import { defaultMessages, mergeMessages } from './messages';

describe('mergeMessages', () => {
  it('overrides some strings at any depth and keeps the rest', () => {
    const merged = mergeMessages(defaultMessages, { list: { columns: { id: 'Nº' } }, common: { status: { open: 'Ouvert' } } });
    expect(merged.list.columns.id).toBe('Nº');
    expect(merged.list.columns.subject).toBe('Subject');
    expect(merged.common.status.open).toBe('Ouvert');
    expect(merged.common.status.closed).toBe('Closed');
    expect(defaultMessages.list.columns.id).toBe('ID');
  });

  it('replaces functions whole and lets later overrides win', () => {
    const merged = mergeMessages(
      defaultMessages,
      { pagination: { range: (a, b, c) => `${a}-${b}/${c}` } },
      { pagination: { first: 'Début' } },
    );
    expect(merged.pagination.range('1', '2', '3', 3)).toBe('1-2/3');
    expect(merged.pagination.first).toBe('Début');
  });
});
