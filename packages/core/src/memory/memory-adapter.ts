import type {
  ActivityChange,
  BulkUpdateItem,
  BulkUpdateOutcome,
  CallOptions,
  ListTicketsRequest,
  ReplyResult,
  SavedView,
  SavedViewInput,
  SavedViewStore,
  SearchSnippet,
  TicketActivity,
  TicketAdapter,
  TicketChangeEvent,
  TicketPage,
} from '../adapter';
import { checkTimeZone, dayRangeToInstants } from '../dates';
import { ForbiddenError, NotFoundError, ConflictError, TicketError, ValidationError, throwIfAborted, toTicketError } from '../errors';
import { checkBody, checkIdempotencyKey, checkPatch, checkTicketId, checkVersion } from '../input';
import { can, canSeeAssistant, type TicketAction } from '../permissions';
import { defaultTicketModel, type FieldValue, type TicketModel } from '../model';
import { afterMessage } from '../conversation-state';
import { normalizeQuery } from '../query';
import { generateTicketData, type MemoryData } from '../seed/generate';
import type { Assignee, Message, Note, Ticket, TicketPatch, Viewer } from '../types';
import { checkSavedViewInput } from '../validation';
import { copyActivity, copyData, copyMessage, copyNote, copySavedView, copyTeamMember, copyTicket } from './copy';
import { afterNextPaint, delay, pickLatency, type Latency } from './delay';
import { parseMemoryData } from './import-data';
import { searchWords } from '../search-text';
import type { InsightsRequest, TicketInsights } from '../insights/types';
import { MemoryStore } from './store';
import { InsightsIndex } from './insights-index';
import { searchSnippet, type SnippetSource } from '../search-snippet';

/** Options of `createMemoryAdapter`. */
export interface MemoryAdapterOptions {
  /** The data to start from. Default: 200 generated tickets. Its records are shared, never changed: writes replace them. */
  data?: MemoryData;
  /** Who is looking. Default: the first admin of `data.teamMembers`. */
  viewer?: Viewer;
  /** Artificial delay of every call in ms, fixed or a range. Default 0. */
  latency?: Latency;
  /** The clock used for `updatedAt` and new messages. Default `Date.now`. */
  now?: () => number;
  /**
   * Whether the adapter offers the `savedViews` capability. Default `true`. With `false` it has none, and the panel
   * keeps saved views in browser storage, where they outlive a page that makes its data afresh on every load.
   */
  savedViews?: boolean;
  /**
   * The ticket model the data follows (statuses, priorities, custom fields): the same object given to
   * `TicketsProvider`. Default: the seed's model. Queries, patches and the data are checked against it.
   */
  model?: TicketModel;
}

/** The in-memory adapter: a full backend in the browser, with scope, versions, search and live events. */
export interface MemoryAdapter extends TicketAdapter {
  readonly viewer: Viewer;
  readonly capabilities: { statusCounts: true };
  updateTickets(changes: readonly BulkUpdateItem[], options?: CallOptions): Promise<BulkUpdateOutcome[]>;
  /**
   * The viewer's saved views, kept in memory with the tickets (each viewer has their own), so they last as long as
   * the adapter. Absent with `savedViews: false`, when the panel should keep views in browser storage instead.
   */
  readonly savedViews?: SavedViewStore;
  listActivity(ticketId: string, options?: CallOptions): Promise<TicketActivity[]>;
  /** The ticket model the adapter checks against. */
  readonly model: TicketModel;
  subscribe(listener: (event: TicketChangeEvent) => void): () => void;
  getInsights(request: InsightsRequest, options?: CallOptions): Promise<TicketInsights>;
  /** The same store seen by another viewer; scope is enforced per viewer and writes are shared. */
  withViewer(viewer: Viewer): MemoryAdapter;
  /** A JSON-serialisable copy of everything, e.g. to persist in `localStorage`. */
  exportState(): MemoryData;
  /** Replaces everything with `data` after checking it. @throws ValidationError naming the field. */
  importState(data: MemoryData): void;
  /** Changes the artificial delay of every call. */
  setLatency(latency: Latency): void;
}

interface Shared {
  store: MemoryStore;
  insights: InsightsIndex;
  /** Whether adapters offer `savedViews`. */
  savedViews: boolean;
  /** Saved views made so far, for their IDs. */
  viewCount: number;
  latency: Latency;
  now: () => number;
}

function defaultViewer(data: MemoryData): Viewer {
  const person = data.teamMembers.find((member) => member.role === 'admin') ?? data.teamMembers[0];
  if (!person) throw new ValidationError('viewer', 'no viewer given and the data has no team members');
  return { id: person.id, name: person.name, role: person.role };
}

/**
 * An adapter that keeps tickets in memory and behaves like a real backend: it pages, filters, searches and sorts,
 * enforces the viewer's scope, refuses stale writes and pushes change events. Fast on 100,000 tickets.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const model = options.model ?? defaultTicketModel;
  const data = options.data ?? generateTicketData({ tickets: 200, model });
  const store = new MemoryStore(data, model);
  const statusChanges = (doc: number) =>
    (store.activity[doc] ?? []).flatMap((activity) =>
      activity.change.kind === 'status' ? [{ from: activity.change.from, to: activity.change.to, at: Date.parse(activity.createdAt) }] : [],
    );
  const shared: Shared = { store, insights: new InsightsIndex(store, statusChanges), savedViews: options.savedViews !== false, viewCount: 0, latency: options.latency ?? 0, now: options.now ?? Date.now };
  return adapterFor(shared, options.viewer ?? defaultViewer(data));
}

function adapterFor(shared: Shared, viewer: Viewer): MemoryAdapter {
  const { store } = shared;

  /** Waits the artificial latency, then runs `work`; aborts reject with the signal's reason at any point. */
  async function call<T>(signal: AbortSignal | undefined, work: () => T): Promise<T> {
    throwIfAborted(signal);
    await delay(pickLatency(shared.latency), signal);
    throwIfAborted(signal);
    return work();
  }

  /**
   * A write: in a page, made after the page has painted the frame of the event that asked for it, as a remote
   * backend's would be. The change already shows (ticketkit shows it as it is made); the write, the events it sends
   * and the refetches it starts then never hold that frame back. Without this, with no latency, all of that ran in
   * the press's own task (promise callbacks) before anything was painted: 40-60 ms after a status change on 100,000
   * tickets. Reads answer as soon as they can: the page waits for them.
   */
  async function callWrite<T>(signal: AbortSignal | undefined, work: () => T): Promise<T> {
    await afterNextPaint(signal);
    return call(signal, work);
  }

  function visibleIndex(ticketId: string, action: TicketAction): number {
    const doc = store.indexOf(ticketId);
    // Out of scope is the same not-found as a missing ID, so IDs cannot be walked to learn what exists.
    if (doc === undefined || !canSeeAssistant(viewer, store.tickets[doc]!.assistant.ownerId)) throw new NotFoundError('Ticket', ticketId);
    const permission = can(viewer, action, store.tickets[doc]!);
    if (!permission.allowed) throw new ForbiddenError(permission.message);
    return doc;
  }

  /** Bumps version and updatedAt, and keeps the indexes in step. */
  function write(doc: number, change: Partial<Ticket>): Ticket {
    const current = store.tickets[doc]!;
    const updatedMs = Math.max(shared.now(), Date.parse(current.updatedAt));
    const next: Ticket = { ...current, ...change, version: current.version + 1, updatedAt: new Date(updatedMs).toISOString() };
    store.replaceTicket(doc, next);
    return next;
  }

  function emitTicket(ticket: Ticket): void {
    store.emit(ticket.assistant.ownerId, () => ({ type: 'ticket.updated', ticket: copyTicket(ticket) }));
  }

  function applyPatch(patch: TicketPatch, current: Ticket, path: string): Partial<Ticket> {
    const change: Partial<Ticket> = {};
    if (patch.status !== undefined) change.status = patch.status;
    if (patch.priority !== undefined) change.priority = patch.priority;
    if (patch.fields !== undefined) {
      const fields: Record<string, FieldValue | undefined> = { ...current.fields };
      for (const [id, value] of Object.entries(patch.fields)) {
        if (value === null) delete fields[id];
        else fields[id] = value;
      }
      change.fields = fields;
    }
    if (patch.assigneeId !== undefined) {
      if (patch.assigneeId === null) change.assignee = null;
      else {
        const member = store.teamMembers.find((m) => m.id === patch.assigneeId);
        if (!member) throw new ValidationError(`${path}.assigneeId`, `no team member with ID ${JSON.stringify(patch.assigneeId)}`);
        change.assignee = { id: member.id, name: member.name };
      }
    }
    return change;
  }

  /** Writes one patch after every check, records its history and tells listeners. @throws the typed error that refused it. */
  function writePatch(ticketId: unknown, patch: unknown, expectedVersion: unknown, path: string): Ticket {
    const id = checkTicketId(ticketId, path ? `${path}.ticketId` : 'ticketId');
    const checked = checkPatch(patch, path ? `${path}.patch` : 'patch', store.model);
    const version = checkVersion(expectedVersion, path ? `${path}.expectedVersion` : 'expectedVersion');
    const actions = patchActions(checked);
    const doc = visibleIndex(id, 'view');
    for (const action of actions) visibleIndex(id, action);
    const current = store.tickets[doc]!;
    const change = applyPatch(checked, current, path ? `${path}.patch` : 'patch');
    if (current.version !== version) {
      throw new ConflictError(
        `Ticket ${id} was changed by someone else (it is at version ${current.version}, you saw ${version}). Reload it and try again.`,
        { expectedVersion: version, actualVersion: current.version, current: copyTicket(current) },
      );
    }
    const ticket = write(doc, change);
    const activities = record(doc, current, ticket);
    emitTicket(ticket);
    for (const activity of activities) {
      store.emit(ticket.assistant.ownerId, () => ({ type: 'activity.added', ticketId: ticket.id, activity: copyActivity(activity) }));
    }
    return ticket;
  }

  /** Appends one history event per property the write changed, by the viewer, at the write's time. */
  function record(doc: number, before: Ticket, after: Ticket): TicketActivity[] {
    const changes: ActivityChange[] = [];
    if (before.status !== after.status) changes.push({ kind: 'status', from: before.status, to: after.status });
    if (before.priority !== after.priority) changes.push({ kind: 'priority', from: before.priority, to: after.priority });
    if ((before.assignee?.id ?? null) !== (after.assignee?.id ?? null)) {
      changes.push({ kind: 'assignee', from: before.assignee && { ...before.assignee }, to: after.assignee && { ...after.assignee } });
    }
    for (const fieldId of new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])) {
      const from = before.fields[fieldId] ?? null;
      const to = after.fields[fieldId] ?? null;
      if (!sameFieldValue(from, to)) changes.push({ kind: 'field', fieldId, from, to });
    }
    const list = store.activity[doc]!;
    const actor: Assignee = { id: viewer.id, name: viewer.name };
    const added: TicketActivity[] = [];
    for (const change of changes) {
      const activity: TicketActivity = { id: uniqueId(`${after.id}-a`, list), ticketId: after.id, createdAt: after.updatedAt, actor: { ...actor }, change };
      list.push(activity);
      added.push(activity);
    }
    return added;
  }

  /** Why ticket `doc` matched, when the words are not all in its ID, subject and requester. */
  function snippetOf(doc: number, words: string[]): SearchSnippet | null {
    const ticket = store.tickets[doc]!;
    const r = ticket.requester;
    function* sources(): Generator<SnippetSource> {
      for (const message of store.messages[doc]!) yield { source: 'message', body: message.body };
      // Every viewer of the memory adapter is on the team, and the team sees notes.
      for (const note of store.notes[doc]!) yield { source: 'note', body: note.body };
    }
    return searchSnippet(words, `${ticket.id} ${ticket.subject} ${r.name} ${r.email}`, sources());
  }

  const savedViews: SavedViewStore = {
    list(callOptions) {
      return call(callOptions?.signal, () => (store.savedViews.get(viewer.id) ?? []).map(copySavedView));
    },
    create(input, callOptions) {
      return call(callOptions?.signal, () => {
        const checked = checkSavedViewInput(input, '', store.model, false) as SavedViewInput;
        const views = store.savedViews.get(viewer.id) ?? [];
        store.savedViews.set(viewer.id, views);
        const now = new Date(shared.now()).toISOString();
        const view: SavedView = { id: `view-${++shared.viewCount}`, ...checked, createdAt: now, updatedAt: now };
        views.push(view);
        return copySavedView(view);
      });
    },
    update(id, changes, callOptions) {
      return call(callOptions?.signal, () => {
        const views = store.savedViews.get(viewer.id) ?? [];
        const index = views.findIndex((view) => view.id === id);
        if (index < 0) throw new NotFoundError('Saved view', String(id));
        const checked = checkSavedViewInput(changes, '', store.model, true);
        const current = views[index]!;
        const updatedMs = Math.max(shared.now(), Date.parse(current.updatedAt));
        const next: SavedView = { ...current, ...checked, updatedAt: new Date(updatedMs).toISOString() };
        views[index] = next;
        return copySavedView(next);
      });
    },
    remove(id, callOptions) {
      return call(callOptions?.signal, () => {
        const views = store.savedViews.get(viewer.id) ?? [];
        const index = views.findIndex((view) => view.id === id);
        if (index < 0) throw new NotFoundError('Saved view', String(id));
        views.splice(index, 1);
      });
    },
  };

  const adapter: MemoryAdapter = {
    viewer: { ...viewer },
    model: store.model,
    capabilities: { statusCounts: true },
    ...(shared.savedViews ? { savedViews } : {}),

    listTickets(request: ListTicketsRequest, callOptions?: CallOptions): Promise<TicketPage> {
      return call(callOptions?.signal, () => {
        const query = normalizeQuery(request, store.model);
        if (request.countByStatus !== undefined && typeof request.countByStatus !== 'boolean') {
          throw new ValidationError('countByStatus', `expected true or false, got ${JSON.stringify(request.countByStatus)}`);
        }
        // Checked even without a date range, as the server does: a bad zone is a bad request either way. An empty one
        // means UTC, as it does through the REST adapter (which leaves it out of the URL).
        const timeZone = checkTimeZone(request.timeZone || 'UTC');
        const range = dayRangeToInstants(query.createdFrom, query.createdTo, timeZone);
        const words = searchWords(query.search);
        const { docs, total, statusCounts } = store.query({
          status: query.status,
          assignee: query.assignee,
          priorities: query.priorities,
          requester: query.requester,
          countByStatus: request.countByStatus === true,
          fields: query.fields,
          from: range.from,
          to: range.to,
          words,
          sort: query.sort,
          direction: query.direction,
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
          viewer,
          extraPass: shared.insights.listFilter(query),
        });
        const page: TicketPage = { tickets: docs.map((doc) => copyTicket(store.tickets[doc]!)), total, page: query.page, pageSize: query.pageSize };
        if (statusCounts) page.statusCounts = Object.fromEntries(store.model.statuses.map((status, code) => [status.id, statusCounts[code]!]));
        if (words.length > 0) {
          const snippets: Record<string, SearchSnippet> = {};
          for (const doc of docs) {
            const snippet = snippetOf(doc, words);
            if (snippet) snippets[store.tickets[doc]!.id] = snippet;
          }
          if (Object.keys(snippets).length > 0) page.snippets = snippets;
        }
        return page;
      });
    },

    getTicket(ticketId, callOptions) {
      return call(callOptions?.signal, () => copyTicket(store.tickets[visibleIndex(checkTicketId(ticketId), 'view')]!));
    },

    listMessages(ticketId, callOptions) {
      return call(callOptions?.signal, () => store.messages[visibleIndex(checkTicketId(ticketId), 'view')]!.map(copyMessage));
    },

    listNotes(ticketId, callOptions) {
      return call(callOptions?.signal, () => store.notes[visibleIndex(checkTicketId(ticketId), 'view')]!.map(copyNote));
    },

    listActivity(ticketId, callOptions) {
      return call(callOptions?.signal, () => store.activity[visibleIndex(checkTicketId(ticketId), 'view')]!.map(copyActivity));
    },

    listTeamMembers(callOptions) {
      return call(callOptions?.signal, () => store.teamMembers.map(copyTeamMember));
    },

    updateTicket(ticketId, patch, expectedVersion, callOptions) {
      return callWrite(callOptions?.signal, () => copyTicket(writePatch(ticketId, patch, expectedVersion, '')));
    },

    updateTickets(changes, callOptions) {
      return callWrite(callOptions?.signal, () => {
        if (!Array.isArray(changes)) throw new ValidationError('changes', 'expected a list of changes');
        // Each item on its own: one refused never stops or undoes the others.
        return changes.map((item: BulkUpdateItem, index): BulkUpdateOutcome => {
          const ticketId = typeof item?.ticketId === 'string' ? item.ticketId : String(item?.ticketId);
          try {
            return { ticketId, ok: true, ticket: copyTicket(writePatch(item?.ticketId, item?.patch, item?.expectedVersion, `changes[${index}]`)) };
          } catch (error) {
            const typed = toTicketError(error);
            if (!(typed instanceof TicketError)) throw typed;
            return { ticketId, ok: false, error: typed };
          }
        });
      });
    },

    addNote(ticketId, input, callOptions) {
      return callWrite(callOptions?.signal, () => {
        const id = checkTicketId(ticketId);
        const body = checkBody(input?.body);
        const key = checkIdempotencyKey(input?.idempotencyKey);
        const doc = visibleIndex(id, 'addNote');
        const notes = store.notes[doc]!;
        const earlier = store.idempotent.find(viewer.id, key, { kind: 'note', ticketId: id, body });
        if (earlier !== undefined) return copyNote(notes.find((n) => n.id === earlier)!);
        const note: Note = {
          id: uniqueId(`${id}-n`, notes),
          ticketId: id,
          author: { id: viewer.id, name: viewer.name },
          body,
          createdAt: new Date(shared.now()).toISOString(),
        };
        store.appendNote(doc, note);
        store.idempotent.remember(viewer.id, key, { kind: 'note', ticketId: id, body }, note.id);
        const ticket = write(doc, {});
        store.emit(ticket.assistant.ownerId, () => ({ type: 'note.added', ticketId: id, note: copyNote(note) }));
        emitTicket(ticket);
        return copyNote(note);
      });
    },

    sendReply(ticketId, input, callOptions): Promise<ReplyResult> {
      return callWrite(callOptions?.signal, () => {
        const id = checkTicketId(ticketId);
        const body = checkBody(input?.body);
        const key = checkIdempotencyKey(input?.idempotencyKey);
        const doc = visibleIndex(id, 'reply');
        const earlier = store.idempotent.find(viewer.id, key, { kind: 'reply', ticketId: id, body });
        if (earlier !== undefined) {
          const first = store.messages[doc]!.find((m) => m.id === earlier)!;
          return { message: copyMessage(first), ticket: copyTicket(store.tickets[doc]!) };
        }
        const message: Message = {
          id: uniqueId(`${id}-m`, store.messages[doc]!),
          ticketId: id,
          author: { kind: 'team', id: viewer.id, name: viewer.name },
          body,
          createdAt: new Date(shared.now()).toISOString(),
        };
        store.appendMessage(doc, message);
        store.idempotent.remember(viewer.id, key, { kind: 'reply', ticketId: id, body }, message.id);
        const current = store.tickets[doc]!;
        const ticket = write(doc, afterMessage(current, 'team', message.createdAt, store.messages[doc]!.length === 1));
        store.emit(ticket.assistant.ownerId, () => ({ type: 'message.added', ticketId: id, message: copyMessage(message) }));
        emitTicket(ticket);
        return { message: copyMessage(message), ticket: copyTicket(ticket) };
      });
    },

    subscribe(listener) {
      return store.listen(viewer, listener);
    },

    withViewer(other) {
      return adapterFor(shared, other);
    },

    exportState() {
      const messages = store.messages.flat();
      const notes = store.notes.flat();
      const activity = store.activity.flat();
      return copyData({ tickets: store.tickets, messages, notes, teamMembers: store.teamMembers, assistants: store.assistants, activity });
    },

    importState(next) {
      store.load(parseMemoryData(next, store.model));
    },

    getInsights(request, callOptions) {
      return call(callOptions?.signal, () => shared.insights.insights(request, viewer));
    },

    setLatency(latency) {
      shared.latency = latency;
    },
  };
  return adapter;
}

/** The actions a patch takes, each checked against the viewer's permissions. */
function patchActions(patch: TicketPatch): TicketAction[] {
  const actions: TicketAction[] = [];
  if (patch.status !== undefined) actions.push('changeStatus');
  if (patch.priority !== undefined) actions.push('setPriority');
  if (patch.assigneeId !== undefined) actions.push('assign');
  if (patch.fields !== undefined) actions.push('editFields');
  return actions;
}

function uniqueId(prefix: string, existing: { id: string }[]): string {
  const taken = new Set(existing.map((item) => item.id));
  let n = existing.length + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function sameFieldValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}
