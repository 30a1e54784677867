import {
  type Assignee,
  type Assistant,
  type Message,
  type Note,
  type Requester,
  type TeamMember,
  type Ticket,
  type TicketPriority,
  type TicketStatus,
} from '../types';
import type { ActivityChange, TicketActivity } from '../adapter';
import { ValidationError } from '../errors';
import { DEFAULT_PRIORITIES, defaultTicketModel, type FieldValue, type TicketModel } from '../model';
import { conversationState } from '../conversation-state';
import { createRandom, type Random } from './random';
import {
  ASSISTANT_DOMAINS,
  ASSISTANT_NAMES,
  DOMAINS,
  EMAIL_DOMAINS,
  FIRST_NAMES,
  GREETINGS,
  GROWING_PROBLEMS,
  HANDOFF_LINES,
  LAST_NAMES,
  NOTE_BODIES,
  PROBLEMS,
  TEAM_NAMES,
  type Domain,
  type Problem,
} from './vocabulary';

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
  /** Messages per ticket. Default 3–10 up to 1,000 tickets, 3–5 above, to keep large sets light. */
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

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** What the end user says beyond the problem's own lines, so a longer chat never repeats itself. */
const MORE_USER = ['Yes, that is right.', 'I have tried that already.', 'It is the same on my laptop.', 'I did that this morning.', 'Nothing has changed since.'];
/** What the assistant says beyond the problem's own lines. */
const MORE_ASSISTANT = ['Thanks, let me check that for you.', 'I have looked at the history of your account.', 'Thank you for the details.', 'One moment while I look that up.'];
/** What the team says beyond the problem's own lines. */
const MORE_TEAM = ['Thanks for your patience. I am looking into this now.', 'I have asked a colleague to check and will update you here.', 'Thanks for the extra detail, that helps.'];
const MORE_FOLLOW_UPS = ['Any update on this?', 'Is there any news?', 'Can someone please get back to me?'];

/**
 * Lines of one kind for one ticket, each used once: the problem's own first (from a random start), then the extras.
 * One instance per kind, reset per ticket: generating 100,000 tickets makes no closures.
 */
class Lines {
  private own: readonly string[] = [];
  private limit = 0;
  private offset = 0;
  private used = 0;
  constructor(private readonly extra: readonly string[]) {}

  /** Starts a ticket with its problem's lines, the first `limit` of them only when given. */
  reset(random: Random, own: readonly string[], limit = own.length): this {
    this.own = own;
    this.limit = Math.min(limit, own.length);
    this.offset = this.limit > 0 ? random.int(0, this.limit - 1) : 0;
    this.used = 0;
    return this;
  }

  next(): string {
    const index = this.used++;
    if (index < this.limit) return this.own[(this.offset + index) % this.limit]!;
    return this.extra[(index - this.limit) % this.extra.length]!;
  }
}

const assistantLines = new Lines(MORE_ASSISTANT);
const detailLines = new Lines(MORE_USER);
const teamLines = new Lines(MORE_TEAM);
const followUpLines = new Lines(MORE_FOLLOW_UPS);

function fillNumber(text: string, number: string): string {
  return text.includes('{n}') ? text.replaceAll('{n}', number) : text;
}

function messageOf(ticketId: string, index: number, author: Message['author'], body: string, atMs: number): Message {
  return { id: `${ticketId}-m${index}`, ticketId, author, body, createdAt: new Date(Math.floor(atMs)).toISOString() };
}

// What follows the handoff, by kind of author: shared, never changed.
const AFTER_NONE: readonly ('team' | 'user')[] = [];
const AFTER_USER: readonly ('team' | 'user')[] = ['user'];
const AFTER_TEAM: readonly ('team' | 'user')[] = ['team'];
const AFTER_TEAM_USER: readonly ('team' | 'user')[] = ['team', 'user'];
const AFTER_TEAM_USER_TEAM: readonly ('team' | 'user')[] = ['team', 'user', 'team'];

/** After the handoff: what happens next, which is what `waitingSince` shows. */
type Aftermath =
  /** No one from the team has replied yet (new tickets only). */
  | 'untouched'
  /** The team replied last; the ball is with the end user (or the ticket is solved). */
  | 'answered'
  /** The team replied, then the end user wrote again: waiting since then. */
  | 'waiting-again';

function pickAftermath(random: Random, status: TicketStatus, done: boolean, ageDays: number): Aftermath {
  if (done) return 'answered';
  // A ticket left untouched for weeks is not how a team works a queue: old unsolved tickets have been answered.
  if (ageDays > 10) return random.chance(0.4) ? 'answered' : 'waiting-again';
  if (status === 'open') return random.weighted<Aftermath>([['untouched', 55], ['answered', 20], ['waiting-again', 25]]);
  return random.weighted<Aftermath>([['untouched', 15], ['answered', 45], ['waiting-again', 40]]);
}

/** A time from `minMs` ago to `maxMs` ago, spread evenly over orders of magnitude (minutes as likely as days). */
function agoLogUniform(random: Random, minMs: number, maxMs: number): number {
  if (maxMs <= minMs) return minMs;
  return Math.exp(Math.log(minMs) + random.next() * (Math.log(maxMs) - Math.log(minMs)));
}

interface Story {
  messages: Message[];
  handoffMessageId: string | null;
  /** When the team first replied, if it did. */
  firstTeamMs: number | null;
  /** The last thing that happened. */
  lastMs: number;
}

interface StoryInput {
  ticket: Ticket;
  problem: Problem;
  number: string;
  count: number;
  createdMs: number;
  now: number;
  aftermath: Aftermath;
  done: boolean;
  team: TeamMember[];
  random: Random;
}

/**
 * One ticket's conversation, telling one story: the end user describes the problem to the assistant, adds detail,
 * asks the question the assistant cannot answer, the assistant hands over (at the ticket's creation), and then the
 * team replies (or not yet) and the end user may write again. `count` messages in all when it allows the shape.
 */
function story(input: StoryInput): Story {
  const { ticket, problem, number, count, createdMs, now, aftermath, done, random } = input;
  const endUser = { kind: 'end_user' as const, id: ticket.requester.id, name: ticket.requester.name };
  const bot = { kind: 'assistant' as const, id: ticket.assistant.id, name: ticket.assistant.name };
  const member = ticket.assignee ?? random.pick(input.team);
  const teamAuthor = { kind: 'team' as const, id: member.id, name: member.name };
  // After the handoff: the kinds of messages, by what happened next.
  let after =
    aftermath === 'untouched'
      ? random.chance(0.3) ? AFTER_USER : AFTER_NONE
      : aftermath === 'answered' ? (random.chance(0.3) ? AFTER_TEAM_USER_TEAM : AFTER_TEAM) : AFTER_TEAM_USER;
  // Too few messages for the whole story: keep the handoff (two messages) and one team reply, or, with two
  // messages in all, the end user's problem and the reply.
  if (after.length > count - 2) after = aftermath === 'untouched' || count < 2 ? AFTER_NONE : AFTER_TEAM;
  const before = Math.max(0, count - after.length);
  const messages: Message[] = [];
  const id = ticket.id;
  // Before the handoff: a chat of a minute or two per message, ending as the ticket is raised.
  const step = 40_000 + random.int(0, 80_000);
  const reason = random.pick(problem.handoffs);
  assistantLines.reset(random, problem.assistant);
  detailLines.reset(random, problem.details);
  let handoffMessageId: string | null = null;
  if (before === 1) messages.push(messageOf(id, 1, endUser, fillNumber(random.pick(problem.openings), number), createdMs - step));
  else if (before >= 2) {
    let at = createdMs - (before - 1) * step;
    const greeting = before % 2 === 1;
    const question = random.pick(reason.questions);
    for (let i = 0; i < before; i++, at += step) {
      const fromUser = greeting ? i === 0 || i % 2 === 1 : i % 2 === 0;
      const last = i === before - 1;
      if (!fromUser) {
        messages.push(messageOf(id, i + 1, bot, last ? random.pick(HANDOFF_LINES) : assistantLines.next(), last ? createdMs : at));
        if (last) handoffMessageId = messages[i]!.id;
        continue;
      }
      const first = greeting ? i === 1 : i === 0;
      let body: string;
      if (greeting && i === 0) body = random.pick(GREETINGS);
      else if (i === before - 2) body = first ? `${fillNumber(random.pick(problem.openings), number)} ${question}` : question;
      else body = first ? fillNumber(random.pick(problem.openings), number) : detailLines.next();
      messages.push(messageOf(id, i + 1, endUser, body, at));
    }
  }
  // After the handoff. Unsolved tickets: the latest message minutes to days ago; solved ones: answered within days.
  let firstTeamMs: number | null = null;
  let lastMs = messages.length > 0 ? Date.parse(messages[messages.length - 1]!.createdAt) : createdMs;
  if (after.length > 0) {
    const ageMs = now - createdMs;
    const lastAt = done
      ? createdMs + Math.min(ageMs * 0.9, agoLogUniform(random, 20 * MINUTE, 5 * 24 * HOUR))
      : now - Math.min(ageMs * 0.9, agoLogUniform(random, 5 * MINUTE, (random.chance(0.15) ? 21 : 6) * 24 * HOUR));
    // The messages after the handoff are spread between it and `lastAt`, the last one at `lastAt`.
    const gap = (lastAt - createdMs) / after.length;
    teamLines.reset(random, problem.team);
    // The first follow-up says the problem goes on; the others thank the team.
    followUpLines.reset(random, problem.followUps, 1);
    for (let k = 0; k < after.length; k++) {
      const at = k === after.length - 1 ? lastAt : createdMs + gap * (k + 0.3 + random.next() * 0.6);
      if (after[k] === 'team') {
        messages.push(messageOf(id, messages.length + 1, teamAuthor, teamLines.next(), at));
        firstTeamMs ??= at;
      } else messages.push(messageOf(id, messages.length + 1, endUser, followUpLines.next(), at));
    }
    lastMs = Math.floor(lastAt);
  }
  return { messages, handoffMessageId, firstTeamMs, lastMs };
}

/** A long conversation for stories and the speed benchmark: the problem's lines over and over, the odd team reply. */
function longConversation(ticket: Ticket, problem: Problem, team: TeamMember[], random: Random, count: number, startMs: number, stepMs: number): Message[] {
  const messages: Message[] = [];
  const endUser = { kind: 'end_user' as const, id: ticket.requester.id, name: ticket.requester.name };
  const bot = { kind: 'assistant' as const, id: ticket.assistant.id, name: ticket.assistant.name };
  const userLines = [...problem.openings, ...problem.details, ...problem.handoffs.flatMap((reason) => reason.questions), ...problem.followUps];
  let at = startMs;
  for (let i = 0; i < count; i++) {
    let author: Message['author'];
    let body: string;
    if (i % 2 === 0) {
      author = endUser;
      body = random.pick(userLines).replaceAll('{n}', '10421');
    } else if (i > 2 && random.chance(0.2)) {
      const member = ticket.assignee ?? random.pick(team);
      author = { kind: 'team', id: member.id, name: member.name };
      body = random.pick(problem.team);
    } else {
      author = bot;
      body = i === 3 ? HANDOFF_LINES[0] : random.pick(problem.assistant);
    }
    messages.push({ id: `${ticket.id}-m${i + 1}`, ticketId: ticket.id, author, body, createdAt: new Date(at).toISOString() });
    at += Math.max(1_000, Math.floor(stepMs * (0.5 + random.next())));
  }
  return messages;
}

/** Whether `subject` was written from `template` (its `{n}` any number). */
export function subjectFits(template: string, subject: string): boolean {
  const [head, tail] = template.split('{n}') as [string, string | undefined];
  if (tail === undefined) return subject === template;
  return subject.startsWith(head) && subject.endsWith(tail) && /^\d+$/.test(subject.slice(head.length, subject.length - tail.length));
}

/** The problem a subject was written from, else the first. */
function problemOf(subject: string): Problem {
  return PROBLEMS.find((problem) => problem.subjects.some((template) => subjectFits(template, subject))) ?? PROBLEMS[0]!;
}

/**
 * A conversation of `count` messages for `ticket`, alternating end user and assistant with the odd team reply, about
 * the problem of its subject, ending at the ticket's `updatedAt`. Deterministic for a given seed. For stories and
 * tests of long conversations.
 */
export function generateConversation(ticket: Ticket, count: number, seed = 1): Message[] {
  const random = createRandom(seed);
  const team: TeamMember[] = [{ id: 'tm-1', name: TEAM_NAMES[0], email: '', role: 'admin' }];
  const step = 60_000;
  const end = Date.parse(ticket.updatedAt);
  return longConversation(ticket, problemOf(ticket.subject), team, random, count, end - count * step * 1.5, step);
}

/** The domain of an assistant: by its name, else in turn. */
function domainOf(assistant: Assistant, index: number): Domain {
  const id = ASSISTANT_DOMAINS[assistant.name];
  return DOMAINS.find((domain) => domain.id === id) ?? DOMAINS[index % DOMAINS.length]!;
}

/** A problem of the domain by its weights, the growing ones weighing more as `t` goes from 0 (a year ago) to 1 (now). */
function pickProblem(random: Random, domain: Domain, t: number): Problem {
  let total = 0;
  const weights = domain.problems.map((problem, i) => {
    const weight = domain.weights[i]! * (1 + (GROWING_PROBLEMS[problem.id] ?? 0) * t * t);
    total += weight;
    return weight;
  });
  let roll = random.next() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i]!;
    if (roll < 0) return domain.problems[i]!;
  }
  return domain.problems[domain.problems.length - 1]!;
}

/**
 * The history of a generated ticket: assigned after the handoff, taken in progress at the first reply, closed
 * (`status` null: the assignment only).
 */
function history(ticket: Ticket, story: Story, status: TicketStatus | null, createdMs: number, assigner: Assignee, now: number, refs: MemberRefs): TicketActivity[] {
  const activity: TicketActivity[] = [];
  const actor = ticket.assignee ?? assigner;
  if (ticket.assignee) activity.push(activityOf(ticket.id, 1, createdMs + 2 * MINUTE, now, assigner, refs.assigned.get(ticket.assignee.id)!));
  if (status === 'in_progress' || status === 'closed') {
    const startedMs = story.firstTeamMs ?? createdMs + 5 * MINUTE;
    activity.push(activityOf(ticket.id, activity.length + 1, startedMs, now, actor, STARTED));
    if (status === 'closed') activity.push(activityOf(ticket.id, activity.length + 1, Math.max(story.lastMs, startedMs) + 10 * MINUTE, now, actor, CLOSED));
  }
  return activity;
}

// Generated records share these (a reader gets copies): 100,000 tickets' history in few objects.
const STARTED: ActivityChange = Object.freeze({ kind: 'status', from: 'open', to: 'in_progress' });
const CLOSED: ActivityChange = Object.freeze({ kind: 'status', from: 'in_progress', to: 'closed' });

/** One `Assignee` object per team member, and the change "assigned to them", made once. */
interface MemberRefs {
  member: Map<string, Assignee>;
  assigned: Map<string, ActivityChange>;
}

function memberRefs(team: readonly TeamMember[]): MemberRefs {
  const member = new Map(team.map((m) => [m.id, Object.freeze({ id: m.id, name: m.name })] as const));
  const assigned = new Map([...member].map(([id, ref]) => [id, Object.freeze({ kind: 'assignee', from: null, to: ref }) as ActivityChange] as const));
  return { member, assigned };
}

function activityOf(ticketId: string, index: number, atMs: number, now: number, actor: Assignee, change: ActivityChange): TicketActivity {
  return { id: `${ticketId}-a${index}`, ticketId, createdAt: new Date(Math.floor(Math.min(now, atMs))).toISOString(), actor, change };
}

/**
 * Deterministic, realistic data: 3 admins and 6 members, assistants owned by members, requesters (some with accented
 * names), and tickets that each tell one story. Every assistant works one domain (billing, shipping, account,
 * returns, tech, store) where a few problems dominate and two grow over the year; the subject, the end user's
 * messages, the assistant's answers, the question it hands off on (`handoffMessageId`), the team's replies and the
 * ticket's history agree with each other. Unsolved tickets wait from minutes to days (or the team spoke last); about
 * half the tickets are assigned. 100,000 tickets take about a second or two.
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
  const perTicket = options.messagesPerTicket ?? (count > 1_000 ? { min: 3, max: 5 } : { min: 3, max: 10 });
  const longIds = new Set(options.longConversationTicketIds ?? []);
  const longLength = options.longConversationLength ?? 2_000;
  // A host's model draws from a random stream of its own, so the seed's data stays the same without one.
  const fitted = options.model && options.model !== defaultTicketModel ? fitToModel(options.model, createRandom((options.seed ?? 1) + 7919)) : null;
  const { teamMembers, assistants } = teamAndAssistants(random);
  const admins = teamMembers.filter((member) => member.role === 'admin');
  const refs = memberRefs(teamMembers);
  const domains = assistants.map((assistant, index) => domainOf(assistant, index));
  const requesters = requesterPool(random, Math.min(20_000, Math.max(12, Math.ceil(count * 0.6))));
  const span = 365 * DAY;
  const start = now - span;
  const tickets: Ticket[] = [];
  const messages: Message[] = [];
  const notes: Note[] = [];
  const activity: TicketActivity[] = [];
  for (let i = 0; i < count; i++) {
    // Evenly spread with jitter, so IDs grow with createdAt and no two tickets share an instant.
    const createdMs = Math.floor(start + (i + 0.1 + random.next() * 0.8) * (span / Math.max(count, 1)));
    const ageDays = (now - createdMs) / DAY;
    const status = pickStatus(random, ageDays);
    const assistantIndex = random.int(0, assistants.length - 1);
    const assistant = assistants[assistantIndex]!;
    const problem = pickProblem(random, domains[assistantIndex]!, (createdMs - start) / span);
    const owner = teamMembers.find((m) => m.id === assistant.ownerId)!;
    // About half the tickets have someone on them: most of those in progress, some solved ones, few new ones.
    const assignedShare = status === 'in_progress' ? 0.9 : status === 'closed' ? 0.55 : 0.25;
    const assigneeMember = random.chance(assignedShare) ? (random.chance(0.6) ? owner : random.pick(teamMembers)) : null;
    const id = `TK-${1001 + i}`;
    const number = String(random.int(10_000, 99_999));
    const seedPriority = pickPriority(random);
    const ticket: Ticket = {
      id,
      subject: random.pick(problem.subjects).replaceAll('{n}', number),
      status: fitted ? fitted.status(status) : status,
      priority: fitted ? fitted.priority(seedPriority) : seedPriority,
      createdAt: new Date(createdMs).toISOString(),
      updatedAt: '',
      requester: random.pick(requesters),
      assistant,
      assignee: assigneeMember ? refs.member.get(assigneeMember.id)! : null,
      fields: fitted ? fitted.fields(i) : {},
      version: 1,
      lastMessageAt: '',
      waitingSince: null,
    };
    let ticketMessages: Message[];
    let told: Story;
    if (longIds.has(id)) {
      // The conversation with the assistant happens just before the ticket is raised; team replies come after.
      const step = 30_000;
      const conversationStart = Math.min(createdMs - 3 * step, now - longLength * step * 1.5);
      ticketMessages = longConversation(ticket, problem, teamMembers, random, longLength, conversationStart, step);
      const lastMs = ticketMessages.length > 0 ? Date.parse(ticketMessages[ticketMessages.length - 1]!.createdAt) : createdMs;
      told = { messages: ticketMessages, handoffMessageId: ticketMessages.length > 3 ? ticketMessages[3]!.id : null, firstTeamMs: null, lastMs };
    } else {
      const done = status === 'closed';
      told = story({
        ticket,
        problem,
        number,
        count: random.int(perTicket.min, perTicket.max),
        createdMs,
        now,
        aftermath: pickAftermath(random, status, done, ageDays),
        done,
        team: teamMembers,
        random,
      });
      ticketMessages = told.messages;
    }
    if (told.handoffMessageId) ticket.handoffMessageId = told.handoffMessageId;
    // Under a host's model the seed's status names mean nothing: only the assignment is history then.
    const ticketHistory = history(ticket, told, fitted ? null : status, createdMs, refs.member.get(random.pick(admins).id)!, now, refs);
    const lastHistoryMs = ticketHistory.length > 0 ? Date.parse(ticketHistory[ticketHistory.length - 1]!.createdAt) : createdMs;
    ticket.updatedAt = new Date(Math.min(now, Math.max(createdMs, told.lastMs, lastHistoryMs))).toISOString();
    ticket.version = 1 + ticketHistory.length + random.int(0, 1);
    const state = conversationState(ticket.createdAt, ticketMessages);
    ticket.lastMessageAt = state.lastMessageAt;
    ticket.waitingSince = state.waitingSince;
    for (const message of ticketMessages) messages.push(message);
    for (const entry of ticketHistory) activity.push(entry);
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
  return { tickets, messages, notes, teamMembers, assistants, activity };
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
