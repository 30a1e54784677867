import type { TicketChangeEvent } from '../adapter';
import { ValidationError } from '../errors';
import { canSeeAssistant } from '../permissions';
import type { FieldDefinition, TicketModel } from '../model';
import { TICKET_SORT_FIELDS, fieldSort, sortedField, type FieldFilters, type SortDirection, type StatusFilter, type TicketSortField } from '../query';
import type { MemoryData } from '../seed/generate';
import { conversationState } from '../conversation-state';
import { foldSearchText } from '../search-text';
import type { Assistant, Message, Note, TeamMember, Ticket, Viewer } from '../types';
import { IdempotencyKeys } from './idempotency';
import { SearchIndex } from './search-index';
import { SortIndex } from './sort-index';

/** What `MemoryStore.query` needs: filters already normalised, the date range already in instants. */
export interface StoreQuery {
  status: StatusFilter;
  /** Custom field filters, already checked against the model. */
  fields: FieldFilters;
  from: number | null;
  to: number | null;
  words: string[];
  sort: TicketSortField;
  direction: SortDirection;
  offset: number;
  limit: number;
  viewer: Viewer;
  /** A further test of each ticket (the insight filters), or `null`/absent for none. */
  extraPass?: ((doc: number) => boolean) | null;
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
  private lastMessage = new Float64Array(0);
  /** `waitingSince` as epoch ms; NaN when the ticket is not waiting. */
  private waiting = new Float64Array(0);
  private status = new Uint8Array(0);
  private priority = new Uint8Array(0);
  private owner = new Int32Array(0);
  private ownerCodes = new Map<string, number>();
  private search = new SearchIndex();
  private sorts = new Map<string, SortIndex>();
  private readonly listeners = new Set<Listener>();

  constructor(
    data: MemoryData,
    /** The statuses, priorities and custom fields the data follows. */
    readonly model: TicketModel,
  ) {
    this.load(data);
  }

  /** Every sort the model allows: the built-in ones and its sortable custom fields. */
  private sortFields(): TicketSortField[] {
    return [...TICKET_SORT_FIELDS, ...this.model.fields.filter((field) => field.sortable).map((field) => fieldSort(field.id))];
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
    // The waiting state follows from the conversation: made right here, whatever the data said.
    for (let doc = 0; doc < count; doc++) {
      const ticket = this.tickets[doc]!;
      const state = conversationState(ticket.createdAt, this.messages[doc]!);
      if (state.lastMessageAt !== ticket.lastMessageAt || state.waitingSince !== ticket.waitingSince) this.tickets[doc] = { ...ticket, ...state };
    }
    this.created = new Float64Array(count);
    this.updated = new Float64Array(count);
    this.lastMessage = new Float64Array(count);
    this.waiting = new Float64Array(count);
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
    for (const field of this.sortFields()) {
      for (const direction of ['asc', 'desc'] as const) {
        this.sorts.set(sortKey(field, direction), new SortIndex(count, this.comparator(field, direction)));
      }
    }
  }

  private refreshColumns(doc: number): void {
    const ticket = this.tickets[doc]!;
    this.updated[doc] = Date.parse(ticket.updatedAt);
    this.lastMessage[doc] = Date.parse(ticket.lastMessageAt);
    this.waiting[doc] = ticket.waitingSince === null ? Number.NaN : Date.parse(ticket.waitingSince);
    this.status[doc] = this.model.statuses.findIndex((status) => status.id === ticket.status);
    this.priority[doc] = this.model.priorityRank(ticket.priority);
  }

  private comparator(field: TicketSortField, direction: SortDirection): (a: number, b: number) => number {
    const custom = sortedField(field);
    const definition = custom === null ? undefined : this.model.field(custom);
    const columns: Record<string, Float64Array | Uint8Array> = {
      createdAt: this.created,
      updatedAt: this.updated,
      lastMessageAt: this.lastMessage,
      waitingSince: this.waiting,
      priority: this.priority,
    };
    const sign = direction === 'asc' ? 1 : -1;
    // A custom field: tickets without a value come last either way. So do tickets not waiting (NaN).
    const primaryOf = definition
      ? (a: number, b: number) => compareFieldValues(definition, this.tickets[a]!.fields[definition.id], this.tickets[b]!.fields[definition.id], sign)
      : field === 'waitingSince'
        ? (a: number, b: number) => {
            const keyA = this.waiting[a]!;
            const keyB = this.waiting[b]!;
            const emptyA = Number.isNaN(keyA);
            const emptyB = Number.isNaN(keyB);
            if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
            return (keyA - keyB) * sign;
          }
        : ((key: Float64Array | Uint8Array) => (a: number, b: number) => (key[a]! - key[b]!) * sign)(columns[field]!);
    // Ties: newest created first, then ID, so pages never overlap or skip.
    return (a, b) => {
      const primary = primaryOf(a, b);
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
    for (const field of this.sortFields()) {
      if (field === 'createdAt') continue;
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
    const statuses = this.model.statuses;
    // Which status codes pass: every one for `all`, those not done for `unsolved`, one otherwise.
    const allowed = query.status === 'all' ? null : Uint8Array.from(statuses, (status) =>
      query.status === 'unsolved' ? Number(status.category !== 'done') : Number(status.id === query.status));
    const fieldTests = Object.entries(query.fields).map(([id, value]) => fieldMatcher(this.model.field(id)!, value));
    const tickets = this.tickets;
    const fieldTest = fieldTests.length === 0 ? null : (doc: number) => fieldTests.every((test) => test(tickets[doc]!.fields[test.fieldId]));
    const extra = query.extraPass ?? null;
    const fieldsPass = extra === null ? fieldTest : fieldTest === null ? extra : (doc: number) => fieldTest(doc) && extra(doc);
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
        return (allowed === null || allowed[status[doc]!] === 1) && (ownerCode < 0 || owner[doc] === ownerCode) && at >= from && at < to && (fieldsPass === null || fieldsPass(doc));
      });
      kept.sort(sortIndex.compare);
      return { docs: kept.slice(query.offset, end), total: kept.length };
    }
    return scan({ order: sortIndex.docs, status, owner, created, allowed, ownerCode, hits: found ? found.marks : null, wordCount, from, to, fieldsPass, offset: query.offset, end });
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

type FieldTest = ((value: unknown) => boolean) & { fieldId: string };

/** A test of one ticket's value of `field` against a filter value (already checked against the field). */
function fieldMatcher(field: FieldDefinition, filter: string): FieldTest {
  let test: (value: unknown) => boolean;
  switch (field.type) {
    case 'number': {
      const wanted = Number(filter);
      test = (value) => value === wanted;
      break;
    }
    case 'multichoice':
      test = (value) => Array.isArray(value) && value.includes(filter);
      break;
    case 'date':
    case 'choice':
      test = (value) => value === filter;
      break;
    default: {
      const wanted = foldSearchText(filter);
      test = (value) => typeof value === 'string' && foldSearchText(value).includes(wanted);
    }
  }
  return Object.assign(test, { fieldId: field.id });
}

/** Orders two values of a custom field; an empty value comes last in either direction. */
function compareFieldValues(field: FieldDefinition, a: unknown, b: unknown, sign: number): number {
  const emptyA = a === undefined || a === null || (Array.isArray(a) && a.length === 0);
  const emptyB = b === undefined || b === null || (Array.isArray(b) && b.length === 0);
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (field.type === 'number') return ((a as number) - (b as number)) * sign;
  if (field.type === 'choice' || field.type === 'multichoice') {
    // Options in the model's order; for several, the first chosen one.
    const ids = (field.options ?? []).map((option) => option.id);
    const rank = (value: unknown) => ids.indexOf(String(Array.isArray(value) ? value[0] : value));
    return (rank(a) - rank(b)) * sign;
  }
  const textA = String(a).toLowerCase();
  const textB = String(b).toLowerCase();
  return (textA < textB ? -1 : textA > textB ? 1 : 0) * sign;
}

/** What `scan` walks and keeps: plain values, so the loop over every ticket stays one tight function. */
interface Scan {
  order: Int32Array;
  status: Uint8Array;
  owner: Int32Array;
  created: Float64Array;
  /** 1 for each status code that passes; `null` for every status. */
  allowed: Uint8Array | null;
  /** The owner code a member sees; -1 for an admin. */
  ownerCode: number;
  hits: Int32Array | null;
  wordCount: number;
  from: number;
  to: number;
  /** `null` when no custom field is filtered on. */
  fieldsPass: ((doc: number) => boolean) | null;
  offset: number;
  end: number;
}

/** Walks a presorted order once: the page's documents and the total of those that pass every filter. */
function scan({ order, status, owner, created, allowed, ownerCode, hits, wordCount, from, to, fieldsPass, offset, end }: Scan): { docs: number[]; total: number } {
  const docs: number[] = [];
  let total = 0;
  for (let i = 0; i < order.length; i++) {
    const doc = order[i]!;
    if (allowed !== null && allowed[status[doc]!] !== 1) continue;
    if (ownerCode >= 0 && owner[doc] !== ownerCode) continue;
    if (hits !== null && hits[doc] !== wordCount) continue;
    const at = created[doc]!;
    if (at < from || at >= to) continue;
    if (fieldsPass !== null && !fieldsPass(doc)) continue;
    if (total >= offset && total < end) docs.push(doc);
    total++;
  }
  return { docs, total };
}
