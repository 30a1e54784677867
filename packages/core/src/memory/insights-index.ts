import { NotFoundError } from '../errors';
import { computeInsights, countBackground, type PhraseBackground } from '../insights/compute';
import { PhraseDictionary, ticketFeatures, type StatusChange, type TicketFeatures } from '../insights/features';
import { resolveInsightsRequest } from '../insights/request';
import type { InsightsRequest, TicketInsights } from '../insights/types';
import { canSeeAssistant } from '../permissions';
import type { Ticket, Viewer } from '../types';
import type { MemoryStore } from './store';

/** The list filters insights add to a query: an assistant, a key phrase, a handoff key phrase. */
export interface InsightFilters {
  assistant: string | null;
  topic: string | null;
  handoffTopic: string | null;
}

/**
 * The memory adapter's insights: each ticket's key phrases and times, computed once per version of the ticket (a
 * write or a message replaces the ticket object, so a stale entry is recognised by identity) and kept between calls.
 */
export class InsightsIndex {
  private readonly dictionary = new PhraseDictionary();
  private cache: ({ ticket: Ticket; features: TicketFeatures } | null)[] = [];
  /** Ticket indices in creation order, and their creation instants: a range is a binary search away. */
  private order = new Int32Array(0);
  private created = new Float64Array(0);
  private orderOf: Ticket[] | null = null;
  /** Bumped whenever a ticket's features are computed anew: a kept background is stale after it. */
  private generation = 0;
  private backgrounds = new Map<string, { generation: number; background: PhraseBackground }>();

  constructor(
    private readonly store: MemoryStore,
    /** A ticket's status changes, oldest first, when the store keeps activity; `null` when it does not. */
    private readonly statusChanges: (doc: number) => StatusChange[] | null = () => null,
  ) {}

  /** The features of ticket `doc`, from the cache while the ticket is unchanged. */
  features(doc: number): TicketFeatures {
    const ticket = this.store.tickets[doc]!;
    // Kept dense (filled up to the last ticket): written out of order, a holey array turns into a slow dictionary.
    while (this.cache.length < this.store.tickets.length) this.cache.push(null);
    const cached = this.cache[doc];
    if (cached?.ticket === ticket) return cached.features;
    const features = ticketFeatures(ticket, this.store.messages[doc]!, this.statusChanges(doc), this.store.model, this.dictionary);
    this.cache[doc] = { ticket, features };
    this.generation++;
    return features;
  }

  /** Creation never changes: the order is rebuilt only when the store holds other tickets (after an import). */
  private creationOrder(): { order: Int32Array; created: Float64Array } {
    const tickets = this.store.tickets;
    if (this.orderOf !== tickets || this.order.length !== tickets.length) {
      const created = Float64Array.from(tickets, (ticket) => Date.parse(ticket.createdAt));
      this.order = Int32Array.from(tickets.keys()).sort((a, b) => created[a]! - created[b]! || a - b);
      this.created = created;
      this.orderOf = tickets;
    }
    return { order: this.order, created: this.created };
  }

  /** Indices of the tickets created in `[from, to)`, oldest first. */
  private createdBetween(from: number, to: number): Int32Array {
    const { order, created } = this.creationOrder();
    const first = (at: number) => {
      let low = 0;
      let high = order.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (created[order[middle]!]! < at) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    return order.subarray(first(from), first(to));
  }

  /** Insights for `viewer`: only the assistants they may see. @throws NotFoundError for an assistant out of scope. */
  insights(request: InsightsRequest, viewer: Viewer): TicketInsights {
    const resolved = resolveInsightsRequest(request);
    const { store } = this;
    const assistants = store.assistants.filter((assistant) => canSeeAssistant(viewer, assistant.ownerId));
    if (resolved.assistantId !== null && !assistants.some((assistant) => assistant.id === resolved.assistantId)) {
      throw new NotFoundError('Assistant', resolved.assistantId);
    }
    const inScope = (doc: number) => {
      const assistant = store.tickets[doc]!.assistant;
      return canSeeAssistant(viewer, assistant.ownerId) && (resolved.assistantId === null || assistant.id === resolved.assistantId);
    };
    const window = this.createdBetween(resolved.previousStart, resolved.dayStarts[resolved.dayStarts.length - 1]!);
    // An admin asking for every assistant has every ticket in scope: the window needs no test.
    const docs = viewer.role === 'admin' && resolved.assistantId === null ? window : (Array.prototype.filter.call(window, inScope) as number[]);
    const key = `${viewer.role === 'admin' ? '*' : viewer.id}|${resolved.assistantId ?? ''}`;
    // The background (how common each phrase is among every ticket in scope) is kept until a ticket's features are
    // computed anew; a change to a ticket outside the window shows in it once that ticket is read again. It weighs the
    // ranking only: every count is exact whatever it holds.
    const background = () => {
      const kept = this.backgrounds.get(key);
      if (kept?.generation === this.generation) return kept.background;
      const scope: number[] = [];
      for (let doc = 0; doc < store.tickets.length; doc++) if (inScope(doc)) scope.push(doc);
      const counted = countBackground({ dictionary: this.dictionary, features: (doc) => this.features(doc) }, scope);
      this.backgrounds.set(key, { generation: this.generation, background: counted });
      return counted;
    };
    return computeInsights(
      {
        model: store.model,
        size: store.tickets.length,
        background,
        dictionary: this.dictionary,
        assistants,
        docs,
        ticket: (doc) => store.tickets[doc]!,
        createdAt: (doc) => this.created[doc]!,
        features: (doc) => this.features(doc),
      },
      resolved,
    );
  }

  /** A test of one ticket against the insight filters of a list query, or `null` when it has none. */
  listFilter(filters: InsightFilters): ((doc: number) => boolean) | null {
    const { assistant, topic, handoffTopic } = filters;
    if (assistant === null && topic === null && handoffTopic === null) return null;
    const topicId = topic === null ? null : this.dictionary.idOf(topic);
    const handoffId = handoffTopic === null ? null : this.dictionary.idOf(handoffTopic);
    // A phrase no ticket has had yet may be in a ticket not read so far: intern it, so every ticket is tested.
    const wantedTopic = topicId === -1 ? this.dictionary.intern(topic!) : topicId;
    const wantedHandoff = handoffId === -1 ? this.dictionary.intern(handoffTopic!) : handoffId;
    return (doc) => {
      if (assistant !== null && this.store.tickets[doc]!.assistant.id !== assistant) return false;
      if (wantedTopic === null && wantedHandoff === null) return true;
      const features = this.features(doc);
      if (wantedTopic !== null && !features.phrases.includes(wantedTopic)) return false;
      if (wantedHandoff !== null && !features.handoffPhrases.includes(wantedHandoff)) return false;
      return true;
    };
  }
}
