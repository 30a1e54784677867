import { createSlots } from './slots';

describe('createSlots', () => {
  it('names parts after the component, adds the default class, then the caller\'s classes last', () => {
    const slot = createSlots<'root' | 'row'>('ticket-list', { className: 'host-root', classNames: { row: 'host-row', root: 'mapped' } });
    expect(slot('root')).toEqual({ 'data-slot': 'ticket-list', className: 'tk-root tk-ticket-list mapped host-root' });
    expect(slot('row', { defaults: 'tk-button' }).className).toBe('tk-ticket-list-row tk-button host-row');
    expect(slot('row', { state: 'selected' })).toEqual({
      'data-slot': 'ticket-list-row',
      'data-state': 'selected',
      className: 'tk-ticket-list-row host-row',
    });
  });

  it('drops the default classes in unstyled mode but keeps slots, states and the host\'s classes', () => {
    const slot = createSlots<'root' | 'row'>('pagination', { unstyled: true, classNames: { row: 'mine' } });
    expect(slot('root')).toEqual({ 'data-slot': 'pagination', className: undefined });
    expect(slot('row', { state: 'on', defaults: 'tk-button' })).toEqual({ 'data-slot': 'pagination-row', 'data-state': 'on', className: 'mine' });
  });
});
