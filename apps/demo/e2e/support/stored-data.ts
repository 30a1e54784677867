import type { Page } from 'playwright-core';

/** A ticket as the demo saved it in the browser, reduced to what the tests compare. */
export interface StoredTicket {
  id: string;
  createdAt: string;
  status: string;
  priority: string;
  subject: string;
  requesterName: string;
  requesterEmail: string;
  assistantOwnerId: string;
}

/**
 * The tickets the demo keeps in this browser's IndexedDB: the backend's own record, read to know what the list must
 * show (like a test that checks a server against its database). Newest first, the list's default order.
 */
export async function storedTickets(page: Page): Promise<StoredTicket[]> {
  const tickets = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('ticketkit-demo');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const record = await new Promise<{ data: { tickets: Array<Record<string, never>> } }>((resolve, reject) => {
      const get = db.transaction('state').objectStore('state').get('data');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    db.close();
    return record.data.tickets.map((ticket) => {
      const t = ticket as unknown as {
        id: string;
        createdAt: string;
        status: string;
        priority: string;
        subject: string;
        requester: { name: string; email: string };
        assistant: { ownerId: string };
      };
      return {
        id: t.id,
        createdAt: t.createdAt,
        status: t.status,
        priority: t.priority,
        subject: t.subject,
        requesterName: t.requester.name,
        requesterEmail: t.requester.email,
        assistantOwnerId: t.assistant.ownerId,
      };
    });
  });
  return tickets.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id, 'en', { numeric: true }));
}
