import type { MemoryData } from '@ticketkit/core/memory';

// Raw IndexedDB, no wrapper library: the demo stores one record (the whole data set, ≈ 6 MB for 5,000 tickets),
// which is past what localStorage holds (≈ 5 MB per origin) but a single put/get for IndexedDB.
const DB_NAME = 'ticketkit-demo';
const STORE = 'state';
const KEY = 'data';
/** Bumped when the stored shape changes; an older record is ignored and the data regenerated. */
const FORMAT = 1;

interface StoredRecord {
  format: number;
  savedAt: string;
  data: MemoryData;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
  };
  return request(open);
}

async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase();
  try {
    const tx = db.transaction(STORE, mode);
    // Listen before the request runs, so the completion is never missed; resolve only once the transaction is
    // durable, so "saved" in the header means saved.
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    done.catch(() => undefined);
    const result = await request(work(tx.objectStore(STORE)));
    await done;
    return result;
  } finally {
    db.close();
  }
}

/** The saved demo data, or `null` when there is none (first visit, after a reset, or an outdated format). */
export async function loadStoredData(): Promise<MemoryData | null> {
  const record = (await withStore('readonly', (store) => store.get(KEY))) as StoredRecord | undefined;
  if (!record || record.format !== FORMAT) return null;
  return record.data;
}

/** Saves the whole data set, replacing what was there. */
export async function saveStoredData(data: MemoryData): Promise<void> {
  const record: StoredRecord = { format: FORMAT, savedAt: new Date().toISOString(), data };
  await withStore('readwrite', (store) => store.put(record, KEY));
}

/** Forgets the saved data; the next load generates it afresh. */
export async function clearStoredData(): Promise<void> {
  await withStore('readwrite', (store) => store.delete(KEY));
}
