import { DEFAULT_TICKET_QUERY, NotFoundError, ValidationError } from '@ticketkit/core';
import { describe, expect, it } from 'vitest';
import { createBrowserSavedViewStore, type SavedViewStorage } from './saved-view-storage';

function memoryStorage(): SavedViewStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

const { page: _page, ...query } = DEFAULT_TICKET_QUERY;

describe('createBrowserSavedViewStore', () => {
  it('creates, lists, renames and removes views under its key, and a second store on the same storage sees them', async () => {
    const storage = memoryStorage();
    const store = createBrowserSavedViewStore({ key: 'views:me', storage, now: () => new Date('2026-12-04T10:00:00Z') });
    const view = await store.create({ name: '  Urgent  ', query: { ...query, priorities: ['urgent'] }, columns: ['subject', 'waiting'], density: 'compact' });
    expect(view).toMatchObject({ name: 'Urgent', columns: ['subject', 'waiting'], density: 'compact', createdAt: '2026-12-04T10:00:00.000Z' });
    const again = createBrowserSavedViewStore({ key: 'views:me', storage });
    expect((await again.list()).map((v) => v.name)).toEqual(['Urgent']);
    await again.update(view.id, { name: 'Urgent ones' });
    expect((await store.list())[0]).toMatchObject({ id: view.id, name: 'Urgent ones', query: { priorities: ['urgent'] } });
    await store.remove(view.id);
    expect(await again.list()).toEqual([]);
    expect(createBrowserSavedViewStore({ key: 'views:other', storage }).list()).resolves.toEqual([]);
  });

  it('refuses a blank name and an unknown view with errors that name them', async () => {
    const store = createBrowserSavedViewStore({ key: 'k', storage: memoryStorage() });
    await expect(store.create({ name: '   ', query })).rejects.toThrow(ValidationError);
    await expect(store.create({ name: '   ', query })).rejects.toMatchObject({ field: 'name' });
    await expect(store.update('nope', { name: 'x' })).rejects.toThrow(NotFoundError);
    await expect(store.remove('nope')).rejects.toThrow(NotFoundError);
  });

  it('reads storage edited by hand as no views, and keeps views in memory where there is no storage', async () => {
    const storage = memoryStorage();
    storage.items.set('k', '{not json');
    expect(await createBrowserSavedViewStore({ key: 'k', storage }).list()).toEqual([]);
    storage.items.set('k', JSON.stringify([{ id: 1 }, { id: 'a', name: 'A', query }]));
    expect((await createBrowserSavedViewStore({ key: 'k', storage }).list()).map((v) => v.id)).toEqual(['a']);
    const none = createBrowserSavedViewStore({ key: 'k', storage: null });
    await none.create({ name: 'Kept', query });
    expect((await none.list()).map((v) => v.name)).toEqual(['Kept']);
  });
});
