import {
  type Assistant,
  type Message,
  type Note,
  type Requester,
  type TeamMember,
  type Ticket,
  type TicketPriority,
  type TicketStatus,
} from '../types';
import type { TicketActivity } from '../adapter';
import { ValidationError } from '../errors';
import { DEFAULT_PRIORITIES, defaultTicketModel, type FieldValue, type TicketModel } from '../model';
import { conversationState } from '../conversation-state';
import { createRandom, type Random } from './random';
import { ASSISTANT_NAMES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, NOTE_BODIES, TEAM_NAMES, TOPICS, type Topic } from './vocabulary';

/** Everything a backend holds: the data set the memory adapter starts from, or a server is seeded with. */
export interface MemoryData {
  tickets: Ticket[];
  messages: Message[];
  notes: Note[];
  teamMembers: TeamMember[];
  assistants: Assistant[];
  /** The tickets' history (status, priority, assignee and field changes), oldest first per ticket. Optional. */
  activity?: TicketActivity[];
}

/** How much data to generate, and from which seed. */
export interface GenerateOptions {
  /** How many tickets, from 1 to 100,000 (or more). */
  tickets: number;
  /** Same seed, same data. Default 1. */
  seed?: number;
  /** The instant (epoch ms) the data is generated "at"; createdAt spreads over the year before. Default 2026-11-01T12:00Z. */
  now?: number;
  /** Messages per ticket. Default 3–10 up to 1,000 tickets, 2–6 above, to keep large sets light. */
  messagesPerTicket?: { min: number; max: number };
  /** Tickets (by ID, e.g. `TK-1001`) that get a long conversation of `longConversationLength` messages. */
  longConversationTicketIds?: string[];
  /** Length of each long conversation. Default 2,000. */
  longConversationLength?: number;
  /**
   * The ticket model to generate for. Its statuses are used by category (new tickets get the first, solved ones a
   * `done` status, the rest spread over the others), its priorities by rank, and each custom field gets values of its
   * type. Default: the seed's model, and the data is exactly what it was without one.
   */
  model?: TicketModel;
}

/** The default `now` of generated data, fixed so that output is deterministic. */
export const DEFAULT_SEED_NOW = Date.UTC(2026, 10, 1, 12, 0, 0);
const DAY = 86_400_000;
const ADMIN_COUNT = 3;
const MEMBER_COUNT = 6;

function asciiEmailPart(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[Łł]/g, 'l').replace(/[Øø]/g, 'o').toLowerCase().replace(/[^a-z]/g, '');
}

function fill(template: string, random: Random): string {
  return template.includes('{n}') ? template.replace('{n}', String(random.int(10_000, 99_999))) : template;
}

function teamAndAssistants(random: Random): { teamMembers: TeamMember[]; assistants: Assistant[] } {
  const teamMembers: TeamMember[] = [];
  for (let i = 0; i < ADMIN_COUNT + MEMBER_COUNT; i++) {
    const name = TEAM_NAMES[i % TEAM_NAMES.length]!;
    teamMembers.push({
      id: `tm-${i + 1}`,
      name,
      email: `${name.toLowerCase().replace(' ', '.')}@company.example`,
      role: i < ADMIN_COUNT ? 'admin' : 'member',
    });
  }
  const assistants: Assistant[] = [];
  for (const owner of teamMembers.slice(ADMIN_COUNT)) {
    const count = random.int(1, 3);
    for (let k = 0; k < count; k++) {
      const name = ASSISTANT_NAMES[assistants.length % ASSISTANT_NAMES.length]!;
      assistants.push({ id: `as-${assistants.length + 1}`, name, ownerId: owner.id });
    }
  }
  return { teamMembers, assistants };
}

function requesterPool(random: Random, size: number): Requester[] {
  const pool: Requester[] = [];
  for (let i = 0; i < size; i++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const email = `${asciiEmailPart(first)}.${asciiEmailPart(last)}${i > 50 ? i : ''}@${random.pick(EMAIL_DOMAINS)}`;
    pool.push({ id: `rq-${i + 1}`, name: `${first} ${last}`, email });
  }
  return pool;
}

function pickStatus(random: Random, ageDays: number): TicketStatus {
  // Older tickets are more likely to be closed, as in a real queue.
  if (ageDays > 60) return random.weighted([['closed', 80], ['in_progress', 8], ['open', 12]]);
  if (ageDays > 7) return random.weighted([['closed', 45], ['in_progress', 25], ['open', 30]]);
  return random.weighted([['closed', 10], ['in_progress', 30], ['open', 60]]);
}

function pickPriority(random: Random): TicketPriority {
  return random.weighted<TicketPriority>([['low', 20], ['normal', 50], ['high', 22], ['urgent', 8]]);
}

interface ConversationContext {
  ticket: Ticket;
  topic: Topic;
  team: TeamMember[];
  random: Random;
}

function conversation(context: ConversationContext, count: number, startMs: number, stepMs: number): Message[] {
  const { ticket, topic, random } = context;
  const messages: Message[] = [];
  const endUser = { kind: 'end_user' as const, id: ticket.requester.id, name: ticket.requester.name };
  const bot = { kind: 'assistant' as const, id: ticket.assistant.id, name: ticket.assistant.name };
  let at = startMs;
  for (let i = 0; i < count; i++) {
    let author: Message['author'];
    let body: string;
    if (i % 2 === 0) {
      author = endUser;
      body = random.pick(topic.user);
    } else if (i > 2 && random.chance(0.2)) {
      const member = ticket.assignee ?? random.pick(context.team);
      author = { kind: 'team', id: member.id, name: member.name };
      body = random.pick(topic.team);
    } else {
      author = bot;
      body = random.pick(topic.assistant);
    }
    messages.push({ id: `${ticket.id}-m${i + 1}`, ticketId: ticket.id, author, body, createdAt: new Date(at).toISOString() });
    at += Math.max(1_000, Math.floor(stepMs * (0.5 + random.next())));
  }
  return messages;
}

function topicOf(ticket: Ticket): Topic {
  const found = TOPICS.find((topic) => topic.subjects.some((s) => ticket.subject.startsWith(s.split('{n}')[0]!.trim())));
  return found ?? TOPICS[0]!;
}

/**
 * A conversation of `count` messages for `ticket`, alternating end user and assistant with the odd team reply,
 * ending at the ticket's `updatedAt`. Deterministic for a given seed. For stories and tests of long conversations.
 */
export function generateConversation(ticket: Ticket, count: number, seed = 1): Message[] {
  const random = createRandom(seed);
  const team: TeamMember[] = [{ id: 'tm-1', name: TEAM_NAMES[0], email: '', role: 'admin' }];
  const step = 60_000;
  const end = Date.parse(ticket.updatedAt);
  return conversation({ ticket, topic: topicOf(ticket), team, random }, count, end - count * step * 1.5, step);
}

/**
 * Deterministic, realistic data: 3 admins and 6 members, assistants owned by members, requesters (some with accented
 * names), subjects from common support topics, conversations and a few notes. 100,000 tickets take about a second.
 * @throws ValidationError naming `tickets` or `messagesPerTicket` when they are not usable.
 */
export function generateTicketData(options: GenerateOptions): MemoryData {
  // NaN or a negative count used to give an empty data set without a word.
  if (typeof options?.tickets !== 'number' || !Number.isFinite(options.tickets) || options.tickets < 0) {
    throw new ValidationError('tickets', `expected a number of tickets of at least 0, got ${JSON.stringify(options?.tickets)}`);
  }
  const range = options.messagesPerTicket;
  if (range && !(Number.isInteger(range.min) && Number.isInteger(range.max) && range.min >= 0 && range.min <= range.max)) {
    throw new ValidationError('messagesPerTicket', `expected whole numbers with 0 ≤ min ≤ max, got ${JSON.stringify(range)}`);
  }
  const count = Math.floor(options.tickets);
  const random = createRandom(options.seed ?? 1);
  const now = options.now ?? DEFAULT_SEED_NOW;
  const perTicket = options.messagesPerTicket ?? (count > 1_000 ? { min: 2, max: 6 } : { min: 3, max: 10 });
  const longIds = new Set(options.longConversationTicketIds ?? []);
  const longLength = options.longConversationLength ?? 2_000;
  // A host's model draws from a random stream of its own, so the seed's data stays the same without one.
  const fitted = options.model && options.model !== defaultTicketModel ? fitToModel(options.model, createRandom((options.seed ?? 1) + 7919)) : null;
  const { teamMembers, assistants } = teamAndAssistants(random);
  const requesters = requesterPool(random, Math.min(20_000, Math.max(12, Math.ceil(count * 0.6))));
  const span = 365 * DAY;
  const start = now - span;
  const tickets: Ticket[] = [];
  const messages: Message[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    // Evenly spread with jitter, so IDs grow with createdAt and no two tickets share an instant.
    const createdMs = Math.floor(start + (i + 0.1 + random.next() * 0.8) * (span / Math.max(count, 1)));
    const ageDays = (now - createdMs) / DAY;
    const status = pickStatus(random, ageDays);
    const topic = random.pick(TOPICS);
    const assistant = random.pick(assistants);
    const owner = teamMembers.find((m) => m.id === assistant.ownerId)!;
    const assigneeMember = status === 'open' && random.chance(0.5) ? null : random.chance(0.6) ? owner : random.pick(teamMembers);
    const id = `TK-${1001 + i}`;
    const ticket: Ticket = {
      id,
      subject: fill(random.pick(topic.subjects), random),
      status: fitted ? fitted.status(status) : status,
      priority: fitted ? fitted.priority(pickPriority(random)) : pickPriority(random),
      createdAt: new Date(createdMs).toISOString(),
      updatedAt: '',
      requester: random.pick(requesters),
      assistant,
      assignee: assigneeMember ? { id: assigneeMember.id, name: assigneeMember.name } : null,
      fields: fitted ? fitted.fields(i) : {},
      version: random.int(1, 4),
      lastMessageAt: '',
      waitingSince: null,
    };
    const messageCount = longIds.has(id) ? longLength : random.int(perTicket.min, perTicket.max);
    // The conversation with the assistant happens just before the ticket is raised; team replies come after.
    const step = longIds.has(id) ? 30_000 : 90_000;
    // ...but never after `now`: the newest tickets start their conversation a little earlier.
    const conversationStart = Math.min(createdMs - Math.min(3, messageCount) * step, now - messageCount * step * 1.5);
    const ticketMessages = conversation({ ticket, topic, team: teamMembers, random }, messageCount, conversationStart, step);
    const lastMessageMs = ticketMessages.length > 0 ? Date.parse(ticketMessages[ticketMessages.length - 1]!.createdAt) : createdMs;
    const touchedMs = status === 'open' ? createdMs : createdMs + random.int(1, Math.max(1, Math.min(20, ageDays))) * 3_600_000;
    ticket.updatedAt = new Date(Math.min(now, Math.max(createdMs, lastMessageMs, touchedMs))).toISOString();
    const state = conversationState(ticket.createdAt, ticketMessages);
    ticket.lastMessageAt = state.lastMessageAt;
    ticket.waitingSince = state.waitingSince;
    for (const message of ticketMessages) messages.push(message);
    if (random.chance(0.12)) {
      const author = random.pick(teamMembers);
      notes.push({
        id: `${id}-n1`,
        ticketId: id,
        author: { id: author.id, name: author.name },
        body: random.pick(NOTE_BODIES),
        createdAt: ticket.updatedAt,
      });
    }
    tickets.push(ticket);
  }
  return { tickets, messages, notes, teamMembers, assistants };
}

const FIELD_WORDS = ['north', 'east', 'retail', 'wholesale', 'priority', 'partner', 'trial', 'annual', 'legacy', 'beta'];

/** Maps the seed's statuses and priorities onto a host's model, and makes custom field values of each type. */
function fitToModel(model: TicketModel, random: Random) {
  const statuses = model.statuses;
  const done = statuses.filter((s) => s.category === 'done');
  const others = statuses.filter((s) => s.category !== 'done');
  const later = others.length > 1 ? others.slice(1) : others;
  const last = model.priorities.length - 1;
  return {
    status(seedStatus: string): string {
      if (seedStatus === 'closed') return (done.length > 0 ? random.pick(done) : statuses[statuses.length - 1]!).id;
      if (seedStatus === 'open') return (others[0] ?? statuses[0]!).id;
      return random.pick(later.length > 0 ? later : statuses).id;
    },
    priority(seedPriority: string): string {
      const rank = Math.max(0, DEFAULT_PRIORITIES.findIndex((p) => p.id === seedPriority));
      return model.priorities[Math.round((rank * last) / (DEFAULT_PRIORITIES.length - 1))]!.id;
    },
    fields(index: number): Record<string, FieldValue> {
      const values: Record<string, FieldValue> = {};
      for (const field of model.fields) {
        if (random.chance(0.15)) continue; // some tickets leave a field empty
        const options = (field.options ?? []).map((option) => option.id);
        switch (field.type) {
          case 'number': values[field.id] = 10_000 + index * 3 + random.int(0, 2); break;
          case 'date': values[field.id] = new Date(DEFAULT_SEED_NOW - random.int(0, 365) * DAY).toISOString().slice(0, 10); break;
          case 'choice': values[field.id] = random.pick(options); break;
          case 'multichoice': values[field.id] = options.filter(() => random.chance(0.3)); break;
          case 'url': values[field.id] = `https://shop.example.com/orders/${10_000 + index}`; break;
          case 'email': values[field.id] = `account${index}@example.com`; break;
          default: values[field.id] = `${random.pick(FIELD_WORDS)} ${random.pick(FIELD_WORDS)}`;
        }
      }
      return values;
    },
  };
}
