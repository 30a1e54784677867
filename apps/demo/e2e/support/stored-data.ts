import type { Page } from 'playwright-core';
import { waitForSaved } from './demo';

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
  /** When the end user's oldest unanswered message was sent; `null` when the team spoke last. */
  waitingSince: string | null;
  assigneeId: string | null;
}

// Every test starts from the same freshly generated data (fixed seed, same day), so the first read serves the run.
let ticketsAtStart: Promise<StoredTicket[]> | null = null;
let peopleAtStart: Promise<StoredPeople> | null = null;

/**
 * The tickets the demo keeps in this browser's IndexedDB: the backend's own record, read to know what the list must
 * show (like a test that checks a server against its database). Newest first, the list's default order. As generated:
 * call it before the test changes anything (the result is shared by the run).
 */
export function storedTickets(page: Page): Promise<StoredTicket[]> {
  ticketsAtStart ??= readStoredTickets(page);
  return ticketsAtStart;
}

async function readStoredTickets(page: Page): Promise<StoredTicket[]> {
  await waitForSaved(page);
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
        waitingSince?: string | null;
        assignee: { id: string } | null;
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
        waitingSince: t.waitingSince ?? null,
        assigneeId: t.assignee?.id ?? null,
      };
    });
  });
  // The list's default order: newest first; equal times by ID, as the backend breaks ties.
  return tickets.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One ticket as stored, with its conversation and internal notes (bodies only, oldest first). */
export interface StoredTicketDetail {
  status: string;
  assigneeName: string | null;
  messages: { kind: string; body: string }[];
  notes: string[];
}

/** A ticket's stored state, conversation and notes: what a reload must show. */
export async function storedTicketDetail(page: Page, ticketId: string): Promise<StoredTicketDetail> {
  await waitForSaved(page);
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('ticketkit-demo');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    type Data = {
      tickets: { id: string; status: string; assignee: { name: string } | null }[];
      messages: { ticketId: string; author: { kind: string }; body: string }[];
      notes: { ticketId: string; body: string }[];
    };
    const record = await new Promise<{ data: Data }>((resolve, reject) => {
      const get = db.transaction('state').objectStore('state').get('data');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    db.close();
    const ticket = record.data.tickets.find((t) => t.id === id);
    if (!ticket) throw new Error(`No stored ticket ${id}`);
    return {
      status: ticket.status,
      assigneeName: ticket.assignee?.name ?? null,
      messages: record.data.messages.filter((m) => m.ticketId === id).map((m) => ({ kind: m.author.kind, body: m.body })),
      notes: record.data.notes.filter((n) => n.ticketId === id).map((n) => n.body),
    };
  }, ticketId);
}

/** The demo's team members and assistants. */
export interface StoredPeople {
  teamMembers: { id: string; name: string; role: string }[];
  assistants: { id: string; name: string; ownerId: string }[];
}

/** The demo's people: who is who, and which assistants each member owns (as generated, shared by the run). */
export function storedPeople(page: Page): Promise<StoredPeople> {
  peopleAtStart ??= readStoredPeople(page);
  return peopleAtStart;
}

async function readStoredPeople(page: Page): Promise<StoredPeople> {
  await waitForSaved(page);
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('ticketkit-demo');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const record = await new Promise<{ data: StoredPeople }>((resolve, reject) => {
      const get = db.transaction('state').objectStore('state').get('data');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    db.close();
    return { teamMembers: record.data.teamMembers, assistants: record.data.assistants };
  });
}
