import type { BulkUpdateOutcome, CallOptions, SavedViewStore, TicketAdapter } from '../adapter';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnavailableError,
  ValidationError,
  throwIfAborted,
  type TicketError,
  type TicketErrorCode,
} from '../errors';
import { delay, pickLatency, type Latency } from '../memory/delay';

/** A method of the adapter contract that can be made to fail; `savedViews` stands for each of its methods. */
export type AdapterMethod = Exclude<keyof TicketAdapter, 'subscribe' | 'capabilities'>;

/** What goes wrong, and how often. */
export interface FaultOptions {
  /** Extra delay before every call, in ms; aborting cuts it short. */
  latency?: Latency;
  /** Share of calls (0..1) that fail with `UnavailableError`. */
  failureRate?: number;
  /** Every call of these methods fails with the given typed error (`true` means `unavailable`). */
  failMethods?: Partial<Record<AdapterMethod, TicketErrorCode | true>>;
  /**
   * Every call of these methods is carried out, and then its answer is lost: it fails with the given typed error
   * (`true` means `unavailable`) although the backend did the work — a timeout after the write landed. Rehearses
   * the retry that must not deliver a reply twice.
   */
  loseAnswers?: Partial<Record<AdapterMethod, TicketErrorCode | true>>;
  /**
   * Share of writes (0..1) that fail with `ConflictError`. In a bulk `updateTickets`, each item on its own: those
   * items are not written and come back as conflicts carrying the current ticket, the others are written.
   */
  conflictRate?: number;
  /** Random source for the rates and latency; default `Math.random`. */
  random?: () => number;
}

/** One call as the wrapper saw it. `aborted` turns true when its signal aborts while it runs. */
export interface FaultyCall {
  method: AdapterMethod;
  args: unknown[];
  aborted: boolean;
}

/** An adapter with faults injected on purpose, and a log of its calls. */
export interface FaultyAdapter extends TicketAdapter {
  setFaults(options: FaultOptions): void;
  readonly faults: FaultOptions;
  readonly calls: FaultyCall[];
}

const WRITES: ReadonlySet<AdapterMethod> = new Set(['updateTicket', 'addNote', 'sendReply']);

function injectedError(code: TicketErrorCode, method: AdapterMethod, args: unknown[]): TicketError {
  const prefix = `Injected failure: ${method}`;
  const ticketId = typeof args[0] === 'string' ? args[0] : '';
  switch (code) {
    case 'not_found':
      return new NotFoundError('Ticket', ticketId, `${prefix} found no ticket ${JSON.stringify(ticketId)}`);
    case 'forbidden':
      return new ForbiddenError(`${prefix} is not allowed for this viewer`);
    case 'conflict': {
      const expectedVersion = method === 'updateTicket' && typeof args[2] === 'number' ? args[2] : 0;
      return new ConflictError(`${prefix} hit a newer version of the ticket`, { expectedVersion, actualVersion: expectedVersion + 1 });
    }
    case 'validation':
      return new ValidationError(method === 'listTickets' ? 'request' : 'ticketId', `${prefix} rejected the input`);
    default:
      return new UnavailableError(`${prefix} could not reach the service`, { status: 503 });
  }
}

/**
 * Wraps an adapter to add latency, failures and conflicts, for stories, demos and tests of error states.
 * Injected errors are the same typed errors a real backend raises; `subscribe` and `capabilities` pass through
 * untouched, and the optional `updateTickets`, `listActivity` and `savedViews` are wrapped when the adapter has them.
 */
export function withFaults(adapter: TicketAdapter, options: FaultOptions = {}): FaultyAdapter {
  let faults: FaultOptions = { ...options };
  const calls: FaultyCall[] = [];

  async function run<T>(method: AdapterMethod, args: unknown[], signal: AbortSignal | undefined, forward: () => Promise<T>): Promise<T> {
    const entry: FaultyCall = { method, args, aborted: signal?.aborted ?? false };
    calls.push(entry);
    const onAbort = (): void => {
      entry.aborted = true;
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      throwIfAborted(signal);
      const random = faults.random ?? Math.random;
      if (faults.latency !== undefined) await delay(pickLatency(faults.latency, random), signal);
      const forced = faults.failMethods?.[method];
      if (forced !== undefined) throw injectedError(forced === true ? 'unavailable' : forced, method, args);
      if (faults.failureRate && random() < faults.failureRate) throw injectedError('unavailable', method, args);
      if (WRITES.has(method) && faults.conflictRate && random() < faults.conflictRate) throw injectedError('conflict', method, args);
      const result = await forward();
      const lost = faults.loseAnswers?.[method];
      if (lost !== undefined) throw injectedError(lost === true ? 'unavailable' : lost, method, args);
      return result;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  const o = (options?: CallOptions): AbortSignal | undefined => options?.signal;
  const faulty: FaultyAdapter = {
    get faults() {
      return faults;
    },
    calls,
    setFaults(next) {
      faults = { ...next };
    },
    listTickets: (request, options) => run('listTickets', [request], o(options), () => adapter.listTickets(request, options)),
    getTicket: (id, options) => run('getTicket', [id], o(options), () => adapter.getTicket(id, options)),
    listMessages: (id, options) => run('listMessages', [id], o(options), () => adapter.listMessages(id, options)),
    listNotes: (id, options) => run('listNotes', [id], o(options), () => adapter.listNotes(id, options)),
    listTeamMembers: (options) => run('listTeamMembers', [], o(options), () => adapter.listTeamMembers(options)),
    updateTicket: (id, patch, version, options) =>
      run('updateTicket', [id, patch, version], o(options), () => adapter.updateTicket(id, patch, version, options)),
    addNote: (id, input, options) => run('addNote', [id, input], o(options), () => adapter.addNote(id, input, options)),
    sendReply: (id, input, options) => run('sendReply', [id, input], o(options), () => adapter.sendReply(id, input, options)),
  };
  if (adapter.subscribe) {
    const subscribe = adapter.subscribe.bind(adapter);
    faulty.subscribe = (listener) => subscribe(listener);
  }
  const mutable = faulty as { -readonly [K in keyof FaultyAdapter]: FaultyAdapter[K] };
  if (adapter.capabilities) mutable.capabilities = { ...adapter.capabilities };
  if (adapter.listActivity) {
    const listActivity = adapter.listActivity.bind(adapter);
    mutable.listActivity = (id, options) => run('listActivity', [id], o(options), () => listActivity(id, options));
  }
  if (adapter.updateTickets) {
    const updateTickets = adapter.updateTickets.bind(adapter);
    mutable.updateTickets = (changes, options) =>
      run('updateTickets', [changes], o(options), async () => {
        // Conflicts item by item: the chosen items are left out of the call and answered with the current ticket.
        const random = faults.random ?? Math.random;
        const conflicted = changes.map(() => Boolean(faults.conflictRate) && random() < faults.conflictRate!);
        const written = await updateTickets(changes.filter((_, index) => !conflicted[index]), options);
        let next = 0;
        const outcomes: BulkUpdateOutcome[] = [];
        for (const [index, change] of changes.entries()) {
          if (!conflicted[index]) {
            outcomes.push(written[next++]!);
            continue;
          }
          const current = await adapter.getTicket(change.ticketId, options).catch(() => undefined);
          const error = new ConflictError(`Injected failure: updateTickets hit a newer version of ticket ${change.ticketId}`, {
            expectedVersion: change.expectedVersion,
            actualVersion: current?.version ?? change.expectedVersion + 1,
            current,
          });
          outcomes.push({ ticketId: change.ticketId, ok: false, error });
        }
        return outcomes;
      });
  }
  if (adapter.savedViews) {
    const views = adapter.savedViews;
    const savedViews: SavedViewStore = {
      list: (options) => run('savedViews', [], o(options), () => views.list(options)),
      create: (input, options) => run('savedViews', [input], o(options), () => views.create(input, options)),
      update: (id, changes, options) => run('savedViews', [id, changes], o(options), () => views.update(id, changes, options)),
      remove: (id, options) => run('savedViews', [id], o(options), () => views.remove(id, options)),
    };
    mutable.savedViews = savedViews;
  }
  return faulty;
}
