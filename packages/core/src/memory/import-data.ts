import { ValidationError } from '../errors';
import { defaultTicketModel, type TicketModel } from '../model';
import { parseMessage, parseNote, parseTeamMember, parseTicket } from '../schema';
import type { MemoryData } from '../seed/generate';
import type { Assistant } from '../types';
import { parseActivity } from '../validation';
import { copyData } from './copy';

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new ValidationError(field, `expected a list, got ${value === null ? 'null' : typeof value}`);
  return value;
}

function parseAssistant(value: unknown, path: string): Assistant {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof value !== 'object' || value === null) throw new ValidationError(path, 'expected an assistant object');
  for (const key of ['id', 'name', 'ownerId'] as const) {
    if (typeof raw[key] !== 'string' || (key !== 'name' && raw[key] === '')) {
      throw new ValidationError(`${path}.${key}`, `expected text, got ${JSON.stringify(raw[key])}`);
    }
  }
  return { id: raw.id as string, name: raw.name as string, ownerId: raw.ownerId as string };
}

/**
 * Data saved before tickets carried `lastMessageAt` and `waitingSince` is still read: the store works both out from
 * the conversation when it loads, so stand-ins are enough here.
 */
function withWaitingState(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const ticket = item as Record<string, unknown>;
  if (ticket.lastMessageAt !== undefined && ticket.waitingSince !== undefined) return item;
  return { ...ticket, lastMessageAt: ticket.lastMessageAt ?? ticket.createdAt, waitingSince: ticket.waitingSince ?? null };
}

/**
 * Checks a whole data set (e.g. one read back from storage) record by record, and that messages and notes belong to
 * known tickets, under `model` (the seed's by default). Returns a copy. Tickets without `lastMessageAt` and
 * `waitingSince` (saved by an older version) are accepted; the memory store works them out from the conversation. @throws ValidationError naming the field, e.g. `tickets[3].requester.email`.
 */
export function parseMemoryData(value: unknown, model: TicketModel = defaultTicketModel): MemoryData {
  if (typeof value !== 'object' || value === null) throw new ValidationError('data', 'expected an object');
  const raw = value as Record<string, unknown>;
  const data: MemoryData = {
    tickets: list(raw.tickets, 'tickets').map((item, i) => parseTicket(withWaitingState(item), `tickets[${i}]`, model)),
    messages: list(raw.messages, 'messages').map((item, i) => parseMessage(item, `messages[${i}]`)),
    notes: list(raw.notes, 'notes').map((item, i) => parseNote(item, `notes[${i}]`)),
    teamMembers: list(raw.teamMembers, 'teamMembers').map((item, i) => parseTeamMember(item, `teamMembers[${i}]`)),
    assistants: list(raw.assistants, 'assistants').map((item, i) => parseAssistant(item, `assistants[${i}]`)),
  };
  if (raw.activity !== undefined) data.activity = list(raw.activity, 'activity').map((item, i) => parseActivity(item, `activity[${i}]`));
  const ids = new Set<string>();
  data.tickets.forEach((ticket, i) => {
    if (ids.has(ticket.id)) throw new ValidationError(`tickets[${i}].id`, `duplicate ticket ID ${JSON.stringify(ticket.id)}`);
    ids.add(ticket.id);
  });
  data.messages.forEach((message, i) => {
    if (!ids.has(message.ticketId)) throw new ValidationError(`messages[${i}].ticketId`, `unknown ticket ${JSON.stringify(message.ticketId)}`);
  });
  data.notes.forEach((note, i) => {
    if (!ids.has(note.ticketId)) throw new ValidationError(`notes[${i}].ticketId`, `unknown ticket ${JSON.stringify(note.ticketId)}`);
  });
  data.activity?.forEach((activity, i) => {
    if (!ids.has(activity.ticketId)) throw new ValidationError(`activity[${i}].ticketId`, `unknown ticket ${JSON.stringify(activity.ticketId)}`);
  });
  // valibot already returns fresh objects, but copy anyway so the caller's data is never shared with the store.
  return copyData(data);
}
