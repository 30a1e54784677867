import * as v from 'valibot';
import { ValidationError } from './errors';
import { isCalendarDay } from './query';
import { checkTicketFields, defaultTicketModel, type TicketModel } from './model';
import type { Message, Note, TeamMember, Ticket } from './types';

const nonEmpty = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
// The last day found real: the records of one answer mostly share days, and this check runs for each of thousands.
let lastCalendarDay = '';
// `Date.parse` rolls an impossible day over (`2026-02-30T…` becomes 2 March): check the day itself too.
function isDateTime(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return false;
  const day = value.slice(0, 10);
  if (day !== lastCalendarDay) {
    if (!isCalendarDay(day)) return false;
    lastCalendarDay = day;
  }
  return !Number.isNaN(Date.parse(value));
}
const timestamp = v.pipe(v.string(), v.check(isDateTime, 'expected an ISO 8601 date-time'));

/** Valibot schema of a `Ticket` record coming from an adapter, for a model (its statuses and priorities). */
function makeTicketSchema(model: TicketModel) {
  const statuses = model.statuses.map((status) => status.id).join(', ');
  const priorities = model.priorities.map((priority) => priority.id).join(', ');
  return v.object({
  id: nonEmpty,
  subject: v.string(),
  status: v.pipe(v.string(), v.check((status) => model.status(status) !== undefined, (issue) => `expected one of ${statuses}, got ${JSON.stringify(issue.input)}`)),
  priority: v.pipe(v.string(), v.check((priority) => model.priority(priority) !== undefined, (issue) => `expected one of ${priorities}, got ${JSON.stringify(issue.input)}`)),
  createdAt: timestamp,
  updatedAt: timestamp,
  requester: v.object({ id: nonEmpty, name: v.string(), email: v.string() }),
  assistant: v.object({ id: nonEmpty, name: v.string(), ownerId: nonEmpty }),
  assignee: v.nullable(v.object({ id: nonEmpty, name: v.string() })),
  fields: v.optional(v.unknown()),
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastMessageAt: timestamp,
  waitingSince: v.nullable(timestamp),
  handoffMessageId: v.optional(v.nullable(nonEmpty)),
  });
}

const ticketSchemas = new WeakMap<TicketModel, ReturnType<typeof makeTicketSchema>>();

/** The ticket schema of a model, made once per model. */
export function ticketSchemaFor(model: TicketModel): ReturnType<typeof makeTicketSchema> {
  let schema = ticketSchemas.get(model);
  if (!schema) ticketSchemas.set(model, (schema = makeTicketSchema(model)));
  return schema;
}

/** Valibot schema of a `Ticket` record under the seed's model. */
export const ticketSchema = ticketSchemaFor(defaultTicketModel);

/** Valibot schema of a conversation `Message`. */
export const messageSchema = v.object({
  id: nonEmpty,
  ticketId: nonEmpty,
  author: v.object({ kind: v.picklist(['end_user', 'assistant', 'team']), id: v.string(), name: v.string() }),
  body: v.string(),
  createdAt: timestamp,
});

/** Valibot schema of an internal `Note`. */
export const noteSchema = v.object({
  id: nonEmpty,
  ticketId: nonEmpty,
  author: v.object({ id: nonEmpty, name: v.string() }),
  body: v.string(),
  createdAt: timestamp,
});

/** Valibot schema of a `TeamMember`. */
export const teamMemberSchema = v.object({
  id: nonEmpty,
  name: v.string(),
  email: v.string(),
  role: v.picklist(['admin', 'member']),
});

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.expected && issue.kind === 'schema') return `expected ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

/**
 * Checks an untrusted value against a schema.
 * @throws ValidationError whose `field` is the path of the first bad field under `path`, e.g. `ticket.requester.email`.
 */
export function parseRecord<S extends v.GenericSchema>(schema: S, value: unknown, path: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const dotPath = v.getDotPath(issue);
  const field = dotPath ? `${path}.${dotPath}` : path;
  throw new ValidationError(field, describe(issue));
}

/**
 * Checks one ticket from an adapter against `model` (the seed's by default): its status and priority are the model's,
 * its custom field values are read leniently (one that no longer fits its field is kept as text; see
 * `checkTicketFields`).
 * @throws ValidationError naming the bad field.
 */
export function parseTicket(value: unknown, path = 'ticket', model: TicketModel = defaultTicketModel): Ticket {
  const ticket = parseRecord(ticketSchemaFor(model), value, path);
  return { ...ticket, fields: checkTicketFields(model, ticket.fields, `${path}.fields`, true) };
}

const AUTHOR_KINDS: ReadonlySet<unknown> = new Set(['end_user', 'assistant', 'team']);

/**
 * The rules of `messageSchema`, by hand: a conversation comes as thousands of messages at once, and valibot took
 * about 5 ms per 2,000. Returns the message (known fields only, like the schema), or undefined for `parseRecord`
 * to find and name the bad field.
 */
function wellFormedMessage(value: unknown): Message | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, ticketId, author, body, createdAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof ticketId !== 'string' || ticketId === '') return undefined;
  if (typeof body !== 'string' || typeof createdAt !== 'string' || !isDateTime(createdAt)) return undefined;
  if (typeof author !== 'object' || author === null) return undefined;
  const { kind, id: authorId, name } = author as Record<string, unknown>;
  if (!AUTHOR_KINDS.has(kind) || typeof authorId !== 'string' || typeof name !== 'string') return undefined;
  return { id, ticketId, author: { kind: kind as Message['author']['kind'], id: authorId, name }, body, createdAt };
}

/** Checks one message from an adapter. @throws ValidationError naming the bad field. */
export function parseMessage(value: unknown, path = 'message'): Message {
  return wellFormedMessage(value) ?? parseRecord(messageSchema, value, path);
}

/** Checks one note from an adapter. @throws ValidationError naming the bad field. */
export function parseNote(value: unknown, path = 'note'): Note {
  return parseRecord(noteSchema, value, path);
}

/** Checks one team member from an adapter. @throws ValidationError naming the bad field. */
export function parseTeamMember(value: unknown, path = 'teamMember'): TeamMember {
  return parseRecord(teamMemberSchema, value, path);
}
