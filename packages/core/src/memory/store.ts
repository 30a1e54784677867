import type { TicketChangeEvent } from '../adapter';
import { ValidationError } from '../errors';
import { canSeeAssistant } from '../permissions';
import { TICKET_SORT_FIELDS, type SortDirection, type StatusFilter, type TicketSortField } from '../query';
import type { MemoryData } from '../seed/generate';
import { TICKET_STATUSES, priorityRank, type Assistant, type Message, type Note, type TeamMember, type Ticket, type Viewer } from '../types';
import { IdempotencyKeys } from './idempotency';
import { SearchIndex } from './search-index';
import { SortIndex } from './sort-index';

/** What `MemoryStore.query` needs: filters already normalised, the date range already in instants. */
export interface StoreQuery {
  status: StatusFilter;
  from: number | null;
  to: number | null;
  words: string[];
  sort: TicketSortField;
  direction: SortDirection;
  offset: number;
  limit: number;
  viewer: Viewer;
}

type Listener = { viewer: Viewer; listener: (event: TicketChangeEvent) => void };

function sortKey(sort: TicketSortField, direction: SortDirection): string {
  return `${sort}:${direction}`;
}

/**
 * The data behind every memory adapter that shares it, with the indexes that make a list page cheap on 100,000
 * tickets: a token search index, numeric columns for the filters, and presorted orders per sort field and direction.
 */
export class MemoryStore {
  tickets: Ticket[] = [];
  messages: Message[][] = [];
  notes: Note[][] = [];
  teamMembers: TeamMember[] = [];
  assistants: Assistant[] = [];
  /** Keys of the replies and notes taken, so a retried send is stored once. */
  readonly idempotent = new IdempotencyKeys();
  private byId = new Map<string, number>();
  private created = new Float64Array(0);
  private updated = new Float64Array(0);
  private status = new Uint8Array(0);
  private priority = new Uint8Array(0);
  private owner = new Int32Array(0);
  private ownerCodes = new Map<string, number>();
  private search = new SearchIndex();
  private sorts = new Map<string, SortIndex>();
  private readonly listeners = new Set<Listener>();

  constructor(data: MemoryData) {
    this.load(data);
  }

  /** Replaces everything with `data` (already validated) and rebuilds the indexes. */
  load(data: MemoryData): void {
    const count = data.tickets.length;
    this.tickets = data.tickets.slice(); // writes replace entries; the caller's array stays as it was
    this.teamMembers = data.teamMembers;
    this.assistants = data.assistants;
    this.idempotent.clear();
    // Cheap integrity checks even for trusted data; `parseMemoryData` checks every field of untrusted data.
    this.byId = new Map();
    data.tickets.forEach((ticket, index) => {
      if (this.byId.has(ticket.id)) throw new ValidationError(`tickets[${index}].id`, `duplicate ticket ID ${JSON.stringify(ticket.id)}`);
      this.byId.set(ticket.id, index);
    });
    this.messages = Array.from({ length: count }, () => []);
    this.notes = Array.from({ length: count }, () => []);
    const owner = (ticketId: string, field: string): number => {
      const doc = this.byId.get(ticketId);
      if (doc === undefined) throw new ValidationError(field, `unknown ticket ${JSON.stringify(ticketId)}`);
      return doc;
    };
    data.messages.forEach((message, i) => this.messages[owner(message.ticketId, `messages[${i}].ticketId`)]!.push(message));
    data.notes.forEach((note, i) => this.notes[owner(note.ticketId, `notes[${i}].ticketId`)]!.push(note));
    for (const list of this.messages) if (!isSortedByTime(list)) list.sort(byCreatedAt);
    for (const list of this.notes) if (!isSortedByTime(list)) list.sort(byCreatedAt);
    this.created = new Float64Array(count);
    this.updated = new Float64Array(count);
    this.status = new Uint8Array(count);
    this.priority = new Uint8Array(count);
    this.owner = new Int32Array(count);
    this.ownerCodes = new Map();
    this.search = new SearchIndex();
    for (let doc = 0; doc < count; doc++) {
      const ticket = this.tickets[doc]!;
      this.created[doc] = Date.parse(ticket.createdAt);
      this.refreshColumns(doc);
      let code = this.ownerCodes.get(ticket.assistant.ownerId);
      if (code === undefined) this.ownerCodes.set(ticket.assistant.ownerId, (code = this.ownerCodes.size));
      this.owner[doc] = code;
      const r = ticket.requester;
      this.search.add(doc, `${ticket.id} ${ticket.subject} ${r.name} ${r.email}`);
      for (const message of this.messages[doc]!) this.search.add(doc, message.body, true);
    }
    this.search.seal();
    this.sorts = new Map();
    for (const field of TICKET_SORT_FIELDS) {
      for (const direction of ['asc', 'desc'] as const) {
        this.sorts.set(sortKey(field, direction), new SortIndex(count, this.comparator(field, direction)));
      }
    }
  }

  private refreshColumns(doc: number): void {
    const ticket = this.tickets[doc]!;
    this.updated[doc] = Date.parse(ticket.updatedAt);
    this.status[doc] = TICKET_STATUSES.indexOf(ticket.status);
    this.priority[doc] = priorityRank(ticket.priority);
  }

  private comparator(field: TicketSortField, direction: SortDirection): (a: number, b: number) => number {
    const key = field === 'createdAt' ? this.created : field === 'updatedAt' ? this.updated : this.priority;
    const sign = direction === 'asc' ? 1 : -1;
    // Ties: newest created first, then ID, so pages never overlap or skip.
    return (a, b) => {
      const primary = (key[a]! - key[b]!) * sign;
      if (primary !== 0) return primary;
      const created = this.created[b]! - this.created[a]!;
      if (created !== 0) return created;
      const idA = this.tickets[a]!.id;
      const idB = this.tickets[b]!.id;
      return idA < idB ? -1 : idA > idB ? 1 : 0;
    };
  }

  /** The index of a ticket, or `undefined`. */
  indexOf(ticketId: string): number | undefined {
    return this.byId.get(ticketId);
  }

  /** Replaces ticket `doc` after a write and keeps the columns and sort orders in step. */
  replaceTicket(doc: number, ticket: Ticket): void {
    this.tickets[doc] = ticket;
    this.refreshColumns(doc);
    for (const field of ['priority', 'updatedAt'] as const) {
      for (const direction of ['asc', 'desc'] as const) this.sorts.get(sortKey(field, direction))!.reposition(doc);
    }
  }

  /** Appends a message to ticket `doc`'s conversation and makes its words searchable. */
  appendMessage(doc: number, message: Message): void {
    this.messages[doc]!.push(message);
    this.search.add(doc, message.body);
  }

  /** The page of ticket indices, and the total, for a query. */
  query(query: StoreQuery): { docs: number[]; total: number } {
    const statusCode = query.status === 'all' ? -1 : TICKET_STATUSES.indexOf(query.status);
    const ownerCode = query.viewer.role === 'admin' ? -1 : (this.ownerCodes.get(query.viewer.id) ?? -2);
    const from = query.from ?? -Infinity;
    const to = query.to ?? Infinity;
    const wordCount = query.words.length;
    if (ownerCode === -2) return { docs: [], total: 0 };
    // Few candidates (an ID, an email): sort those. Many: walk the presorted order once.
    const found = wordCount > 0 ? this.search.match(query.words, this.tickets.length, this.tickets.length >> 5) : null;
    if (wordCount > 0 && found === null) return { docs: [], total: 0 };
    const sortIndex = this.sorts.get(sortKey(query.sort, query.direction))!;
    const { status, created, owner } = this;
    const end = query.offset + query.limit;
    if (found?.docs) {
      const kept = found.docs.filter((doc) => {
        const at = created[doc]!;
        return (statusCode < 0 || status[doc] === statusCode) && (ownerCode < 0 || owner[doc] === ownerCode) && at >= from && at < to;
      });
      kept.sort(sortIndex.compare);
      return { docs: kept.slice(query.offset, end), total: kept.length };
    }
    const hits = found ? found.marks : null;
    const order = sortIndex.docs;
    const docs: number[] = [];
    let total = 0;
    for (let i = 0; i < order.length; i++) {
      const doc = order[i]!;
      if (statusCode >= 0 && status[doc] !== statusCode) continue;
      if (ownerCode >= 0 && owner[doc] !== ownerCode) continue;
      if (hits !== null && hits[doc] !== wordCount) continue;
      const at = created[doc]!;
      if (at < from || at >= to) continue;
      if (total >= query.offset && total < end) docs.push(doc);
      total++;
    }
    return { docs, total };
  }

  /** Registers a listener that hears about changes to tickets `viewer` can see. */
  listen(viewer: Viewer, listener: (event: TicketChangeEvent) => void): () => void {
    const entry = { viewer, listener };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  /** Tells every listener whose viewer can see the ticket's assistant. `make` builds a fresh copy per listener. */
  emit(assistantOwnerId: string, make: () => TicketChangeEvent): void {
    for (const { viewer, listener } of [...this.listeners]) {
      if (!canSeeAssistant(viewer, assistantOwnerId)) continue;
      try {
        listener(make());
      } catch (error) {
        // One failing listener must not stop the others or the write that caused the event.
        console.error(error);
      }
    }
  }
}

function byCreatedAt(a: { createdAt: string }, b: { createdAt: string }): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

function isSortedByTime(list: { createdAt: string }[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.createdAt > list[i]!.createdAt) return false;
  return true;
}
