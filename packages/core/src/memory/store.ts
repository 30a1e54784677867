import type { SavedView, TicketActivity, TicketChangeEvent } from '../adapter';
import { ValidationError } from '../errors';
import { canSeeAssistant } from '../permissions';
import type { FieldDefinition, TicketModel } from '../model';
import { TICKET_SORT_FIELDS, fieldSort, sortedField, type AssigneeFilter, type FieldFilters, type SortDirection, type StatusFilter, type TicketSortField } from '../query';
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
  /** `'me'` (the viewer), `'unassigned'`, a team member's ID, or `null` for anyone. */
  assignee: AssigneeFilter | null;
  /** Priority IDs of the model, any of which passes; empty for any. */
  priorities: readonly string[];
  /** A requester's ID, or `null` for any. */
  requester: string | null;
  /** Also count the matches per status, ignoring the status filter. */
  countByStatus?: boolean;
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

/** Room for assignee codes in a tally key (`owner * TALLY_OWNER + assignee + 1`). */
const TALLY_OWNER = 1 << 20;

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
  /** Each ticket's history, oldest first. */
  activity: TicketActivity[][] = [];
  /** Saved list views by viewer ID, oldest first. Kept across `load`: they are the viewers', not the data's. */
  readonly savedViews = new Map<string, SavedView[]>();
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
  /** The assignee of each ticket as a code of `memberCodes`; -1 when unassigned. */
  private assignee = new Int32Array(0);
  private memberCodes = new Map<string, number>();
  /** The requester of each ticket as a code of `requesterCodes`. */
  private requester = new Int32Array(0);
  private requesterCodes = new Map<string, number>();
  private search = new SearchIndex();
  private sorts = new Map<string, SortIndex>();
  /**
   * Tickets per owner, assignee and status (key `owner * TALLY_OWNER + assignee + 1`, one count per status code):
   * a query filtered on nothing else (the queue's counts, an unfiltered list with its counts per status) reads its
   * total and counts here instead of walking every ticket, and walks the order only until its page is full.
   */
  private tally = new Map<number, Int32Array>();
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
    this.activity = Array.from({ length: count }, () => []);
    // History is kept only for the tickets there: data trimmed by spreading (`{ ...data, tickets: [] }`) would
    // otherwise be refused for a field it never thought of. (`parseMemoryData` still names such an entry.)
    for (const activity of data.activity ?? []) {
      const doc = this.byId.get(activity.ticketId);
      if (doc !== undefined) this.activity[doc]!.push(activity);
    }
    for (const list of this.activity) if (!isSortedByTime(list)) list.sort(byCreatedAt);
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
    this.assignee = new Int32Array(count);
    this.memberCodes = new Map();
    this.requester = new Int32Array(count);
    this.requesterCodes = new Map();
    this.search = new SearchIndex();
    for (let doc = 0; doc < count; doc++) {
      const ticket = this.tickets[doc]!;
      this.created[doc] = Date.parse(ticket.createdAt);
      this.refreshColumns(doc);
      let code = this.ownerCodes.get(ticket.assistant.ownerId);
      if (code === undefined) this.ownerCodes.set(ticket.assistant.ownerId, (code = this.ownerCodes.size));
      this.owner[doc] = code;
      const r = ticket.requester;
      let requesterCode = this.requesterCodes.get(r.id);
      if (requesterCode === undefined) this.requesterCodes.set(r.id, (requesterCode = this.requesterCodes.size));
      this.requester[doc] = requesterCode;
      this.search.add(doc, `${ticket.id} ${ticket.subject} ${r.name} ${r.email}`);
      for (const message of this.messages[doc]!) this.search.add(doc, message.body, true);
      for (const note of this.notes[doc]!) this.search.add(doc, note.body, true);
    }
    this.search.seal();
    this.tally = new Map();
    for (let doc = 0; doc < count; doc++) this.tallyDoc(doc, 1);
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
    this.assignee[doc] = ticket.assignee === null ? -1 : this.memberCode(ticket.assignee.id);
  }

  /** Adds `delta` to the tally of ticket `doc`'s owner, assignee and status, as its columns say now. */
  private tallyDoc(doc: number, delta: number): void {
    const key = this.owner[doc]! * TALLY_OWNER + this.assignee[doc]! + 1;
    let perStatus = this.tally.get(key);
    if (!perStatus) this.tally.set(key, (perStatus = new Int32Array(256)));
    perStatus[this.status[doc]!]! += delta;
  }

  /** The page, total and counts of a query filtered on status, owner and assignee only: from the tally. */
  private tallied(f: Scan): { docs: number[]; total: number; statusCounts: Int32Array | null } {
    let total = 0;
    for (const [key, perStatus] of this.tally) {
      if (f.ownerCode >= 0 && Math.floor(key / TALLY_OWNER) !== f.ownerCode) continue;
      if (f.assigneeCode !== -2 && (key % TALLY_OWNER) - 1 !== f.assigneeCode) continue;
      for (let code = 0; code < perStatus.length; code++) {
        const n = perStatus[code]!;
        if (n === 0) continue;
        if (f.counts !== null && code < f.counts.length) f.counts[code]! += n;
        if (f.allowed === null || f.allowed[code] === 1) total += n;
      }
    }
    const docs: number[] = [];
    let passed = 0;
    for (let i = 0; i < f.order.length && passed < f.end; i++) {
      const doc = f.order[i]!;
      if (f.allowed !== null && f.allowed[f.status[doc]!] !== 1) continue;
      if (f.ownerCode >= 0 && f.owner[doc] !== f.ownerCode) continue;
      if (f.assigneeCode !== -2 && f.assignee[doc] !== f.assigneeCode) continue;
      if (passed++ >= f.offset) docs.push(doc);
    }
    return { docs, total, statusCounts: f.counts };
  }

  /** The code of a team member ID in the assignee column, made on first use. */
  private memberCode(id: string): number {
    let code = this.memberCodes.get(id);
    if (code === undefined) this.memberCodes.set(id, (code = this.memberCodes.size));
    return code;
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
    const before = this.tickets[doc]!;
    this.tickets[doc] = ticket;
    this.tallyDoc(doc, -1);
    this.refreshColumns(doc);
    this.tallyDoc(doc, 1);
    for (const field of this.sortFields()) {
      if (field === 'createdAt' || !sortKeyChanged(field, before, ticket)) continue;
      for (const direction of ['asc', 'desc'] as const) this.sorts.get(sortKey(field, direction))!.reposition(doc);
    }
  }

  /** Appends a message to ticket `doc`'s conversation and makes its words searchable. */
  appendMessage(doc: number, message: Message): void {
    this.messages[doc]!.push(message);
    this.search.add(doc, message.body);
  }

  /** Appends a note to ticket `doc` and makes its words searchable (notes are searched: every viewer is on the team). */
  appendNote(doc: number, note: Note): void {
    this.notes[doc]!.push(note);
    this.search.add(doc, note.body);
  }

  /** The page of ticket indices, and the total, for a query; with `countByStatus`, the counts per status code too. */
  query(query: StoreQuery): { docs: number[]; total: number; statusCounts: Int32Array | null } {
    const statuses = this.model.statuses;
    const counts = query.countByStatus ? new Int32Array(statuses.length) : null;
    const none = { docs: [], total: 0, statusCounts: counts };
    // Which status codes pass: every one for `all`, those not done for `unsolved`, one otherwise.
    const allowed = query.status === 'all' ? null : Uint8Array.from(statuses, (status) =>
      query.status === 'unsolved' ? Number(status.category !== 'done') : Number(status.id === query.status));
    const fieldTests = Object.entries(query.fields).map(([id, value]) => fieldMatcher(this.model.field(id)!, value));
    const tickets = this.tickets;
    const fieldTest = fieldTests.length === 0 ? null : (doc: number) => fieldTests.every((test) => test(tickets[doc]!.fields[test.fieldId]));
    const extra = query.extraPass ?? null;
    const fieldsPass = extra === null ? fieldTest : fieldTest === null ? extra : (doc: number) => fieldTest(doc) && extra(doc);
    const ownerCode = query.viewer.role === 'admin' ? -1 : (this.ownerCodes.get(query.viewer.id) ?? -2);
    if (ownerCode === -2) return none;
    // -2: anyone; -1: unassigned; a member's code. A member no ticket was ever assigned to matches nothing.
    let assigneeCode = -2;
    if (query.assignee === 'unassigned') assigneeCode = -1;
    else if (query.assignee !== null) {
      const code = this.memberCodes.get(query.assignee === 'me' ? query.viewer.id : query.assignee);
      if (code === undefined) return none;
      assigneeCode = code;
    }
    let requesterCode = -1;
    if (query.requester !== null) {
      const code = this.requesterCodes.get(query.requester);
      if (code === undefined) return none;
      requesterCode = code;
    }
    const priorityAllowed = query.priorities.length === 0 ? null : Uint8Array.from(this.model.priorities, (priority) => Number(query.priorities.includes(priority.id)));
    const from = query.from ?? -Infinity;
    const to = query.to ?? Infinity;
    const wordCount = query.words.length;
    // Few candidates (an ID, an email): sort those. Many: walk the presorted order once.
    const found = wordCount > 0 ? this.search.match(query.words, this.tickets.length, this.tickets.length >> 5) : null;
    if (wordCount > 0 && found === null) return none;
    const sortIndex = this.sorts.get(sortKey(query.sort, query.direction))!;
    const filters: Scan = {
      order: sortIndex.docs,
      status: this.status,
      owner: this.owner,
      created: this.created,
      assignee: this.assignee,
      requester: this.requester,
      priority: this.priority,
      allowed,
      ownerCode,
      assigneeCode,
      requesterCode,
      priorityAllowed,
      hits: found ? found.marks : null,
      wordCount,
      from,
      to,
      fieldsPass,
      counts,
      offset: query.offset,
      end: query.offset + query.limit,
    };
    if (found?.docs) {
      // The candidates hold every word already.
      const few = { ...filters, hits: null };
      const kept = found.docs.filter((doc) => passesExceptStatus(few, doc) && countAndPassStatus(few, doc));
      kept.sort(sortIndex.compare);
      return { docs: kept.slice(query.offset, filters.end), total: kept.length, statusCounts: counts };
    }
    const onlyTallied = filters.hits === null && requesterCode < 0 && priorityAllowed === null && from === -Infinity && to === Infinity && fieldsPass === null;
    if (onlyTallied) return this.tallied(filters);
    return { ...scan(filters), statusCounts: counts };
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
  assignee: Int32Array;
  requester: Int32Array;
  priority: Uint8Array;
  /** 1 for each status code that passes; `null` for every status. */
  allowed: Uint8Array | null;
  /** The owner code a member sees; -1 for an admin. */
  ownerCode: number;
  /** -2 for anyone, -1 for unassigned, else the assignee code. */
  assigneeCode: number;
  /** -1 for any requester, else the requester code. */
  requesterCode: number;
  /** 1 for each priority rank that passes; `null` for every priority. */
  priorityAllowed: Uint8Array | null;
  hits: Int32Array | null;
  wordCount: number;
  from: number;
  to: number;
  /** `null` when no custom field is filtered on. */
  fieldsPass: ((doc: number) => boolean) | null;
  /** Matches per status code, ignoring the status filter; `null` when not asked for. */
  counts: Int32Array | null;
  offset: number;
  end: number;
}

/** Whether `doc` passes every filter but the status (for the few candidates of a rare search). */
function passesExceptStatus(f: Scan, doc: number): boolean {
  if (f.ownerCode >= 0 && f.owner[doc] !== f.ownerCode) return false;
  if (f.hits !== null && f.hits[doc] !== f.wordCount) return false;
  const at = f.created[doc]!;
  if (at < f.from || at >= f.to) return false;
  if (f.assigneeCode !== -2 && f.assignee[doc] !== f.assigneeCode) return false;
  if (f.requesterCode >= 0 && f.requester[doc] !== f.requesterCode) return false;
  if (f.priorityAllowed !== null && f.priorityAllowed[f.priority[doc]!] !== 1) return false;
  return f.fieldsPass === null || f.fieldsPass(doc);
}

/** Counts `doc` under its status when counting, then whether its status passes. */
function countAndPassStatus(f: Scan, doc: number): boolean {
  const code = f.status[doc]!;
  if (f.counts !== null) f.counts[code]!++;
  return f.allowed === null || f.allowed[code] === 1;
}

/**
 * Walks a presorted order once: the page's documents and the total of those that pass every filter, and (when
 * `counts` is given) the matches per status ignoring the status filter. The hot loop over every ticket: plain
 * typed-array reads, the cheapest and most selective tests first, no calls unless a custom field is filtered on.
 */
function scan({ order, status, owner, created, assignee, requester, priority, allowed, ownerCode, assigneeCode, requesterCode, priorityAllowed, hits, wordCount, from, to, fieldsPass, counts, offset, end }: Scan): { docs: number[]; total: number } {
  const docs: number[] = [];
  let total = 0;
  // Counting needs every status: the status test moves after the others.
  const statusFirst = counts === null ? allowed : null;
  for (let i = 0; i < order.length; i++) {
    const doc = order[i]!;
    if (statusFirst !== null && statusFirst[status[doc]!] !== 1) continue;
    if (ownerCode >= 0 && owner[doc] !== ownerCode) continue;
    if (hits !== null && hits[doc] !== wordCount) continue;
    if (assigneeCode !== -2 && assignee[doc] !== assigneeCode) continue;
    if (requesterCode >= 0 && requester[doc] !== requesterCode) continue;
    if (priorityAllowed !== null && priorityAllowed[priority[doc]!] !== 1) continue;
    const at = created[doc]!;
    if (at < from || at >= to) continue;
    if (fieldsPass !== null && !fieldsPass(doc)) continue;
    if (counts !== null) {
      const code = status[doc]!;
      counts[code]!++;
      if (allowed !== null && allowed[code] !== 1) continue;
    }
    if (total >= offset && total < end) docs.push(doc);
    total++;
  }
  return { docs, total };
}

/** Whether a write changed the value a sort orders by, so that its order must move the ticket. */
function sortKeyChanged(field: TicketSortField, before: Ticket, after: Ticket): boolean {
  switch (field) {
    case 'createdAt':
      return before.createdAt !== after.createdAt;
    case 'updatedAt':
      return before.updatedAt !== after.updatedAt;
    case 'priority':
      return before.priority !== after.priority;
    case 'lastMessageAt':
      return before.lastMessageAt !== after.lastMessageAt;
    case 'waitingSince':
      return before.waitingSince !== after.waitingSince;
    default: {
      const id = sortedField(field)!;
      return before.fields[id] !== after.fields[id];
    }
  }
}
