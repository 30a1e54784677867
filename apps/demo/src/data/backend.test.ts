import type { MemoryData } from '@ticketkit/core/memory';
import { describe, expect, test, vi } from 'vitest';
import { createDemoBackend, type DemoStore } from './backend';

/** An in-memory stand-in for IndexedDB (the browser edge), holding one snapshot like the real store. */
function memoryStore(initial: MemoryData | null): DemoStore & { saved: MemoryData[]; cleared: number } {
  const store = {
    saved: [] as MemoryData[],
    cleared: 0,
    load: async () => initial,
    save: async (data: MemoryData) => void store.saved.push(data),
    clear: async () => void store.cleared++,
  };
  return store;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createDemoBackend', () => {
  test('a corrupt saved snapshot is set aside with its reason, the data generated afresh and saved over it', async () => {
    const fresh = await createDemoBackend({ store: memoryStore(null), bench: false });
    const snapshot = fresh.memory.exportState();
    await fresh.persister.stop();
    // A ticket whose ID another one already has: the store refuses it by position and field.
    const corrupt: MemoryData = { ...snapshot, tickets: [...snapshot.tickets, { ...snapshot.tickets[0]! }] };
    const store = memoryStore(corrupt);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const backend = await createDemoBackend({ store, bench: false });
      expect(backend.origin.kind).toBe('generated');
      expect(backend.origin.discarded).toMatch(/^tickets\[\d+\]\.id/);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('unusable'));
      expect(backend.viewers.some((viewer) => viewer.role === 'admin')).toBe(true);
      await settle(50);
      expect(store.saved).toHaveLength(1);
      expect(store.saved[0]!.tickets).toHaveLength(snapshot.tickets.length);
      await backend.persister.stop();
    } finally {
      warn.mockRestore();
    }
  });

  test('a sound snapshot is restored as it was saved', async () => {
    const first = await createDemoBackend({ store: memoryStore(null), bench: false });
    const snapshot = first.memory.exportState();
    await first.persister.stop();
    const restored = await createDemoBackend({ store: memoryStore(snapshot), bench: false });
    expect(restored.origin).toMatchObject({ kind: 'restored', tickets: snapshot.tickets.length });
    expect(restored.origin.discarded).toBeUndefined();
    await restored.persister.stop();
  });
});
