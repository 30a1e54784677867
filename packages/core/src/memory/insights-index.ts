import { NotFoundError } from '../errors';
import { computeInsights } from '../insights/compute';
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
  private cache: { ticket: Ticket; features: TicketFeatures }[] = [];
  private createdCache: { ticket: Ticket; at: number }[] = [];

  constructor(
    private readonly store: MemoryStore,
    /** A ticket's status changes, oldest first, when the store keeps activity; `null` when it does not. */
    private readonly statusChanges: (doc: number) => StatusChange[] | null = () => null,
  ) {}

  /** The features of ticket `doc`, from the cache while the ticket is unchanged. */
  features(doc: number): TicketFeatures {
    const ticket = this.store.tickets[doc]!;
    const cached = this.cache[doc];
    if (cached?.ticket === ticket) return cached.features;
    const features = ticketFeatures(ticket, this.store.messages[doc]!, this.statusChanges(doc), this.store.model, this.dictionary);
    this.cache[doc] = { ticket, features };
    return features;
  }

  private createdAt(doc: number): number {
    const ticket = this.store.tickets[doc]!;
    const cached = this.createdCache[doc];
    if (cached?.ticket === ticket) return cached.at;
    const at = Date.parse(ticket.createdAt);
    this.createdCache[doc] = { ticket, at };
    return at;
  }

  /** Insights for `viewer`: only the assistants they may see. @throws NotFoundError for an assistant out of scope. */
  insights(request: InsightsRequest, viewer: Viewer): TicketInsights {
    const resolved = resolveInsightsRequest(request);
    const { store } = this;
    const assistants = store.assistants.filter((assistant) => canSeeAssistant(viewer, assistant.ownerId));
    if (resolved.assistantId !== null && !assistants.some((assistant) => assistant.id === resolved.assistantId)) {
      throw new NotFoundError('Assistant', resolved.assistantId);
    }
    const docs: number[] = [];
    for (let doc = 0; doc < store.tickets.length; doc++) {
      const assistant = store.tickets[doc]!.assistant;
      if (!canSeeAssistant(viewer, assistant.ownerId)) continue;
      if (resolved.assistantId !== null && assistant.id !== resolved.assistantId) continue;
      docs.push(doc);
    }
    return computeInsights(
      {
        model: store.model,
        dictionary: this.dictionary,
        assistants,
        docs,
        ticket: (doc) => store.tickets[doc]!,
        createdAt: (doc) => this.createdAt(doc),
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
