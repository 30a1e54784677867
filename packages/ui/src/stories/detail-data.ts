import type { Ticket } from '@ticketkit/core';
import { generateConversation, type MemoryData } from '@ticketkit/core/memory';

/** The ticket the detail stories open. */
export const STORY_TICKET_ID = 'TK-1001';

/** Changes one ticket of the data. */
export function patchTicket(data: MemoryData, ticketId: string, patch: (ticket: Ticket) => Ticket): MemoryData {
  return { ...data, tickets: data.tickets.map((ticket) => (ticket.id === ticketId ? patch(ticket) : ticket)) };
}

/**
 * Gives one ticket a conversation of `count` generated messages, and no notes or history: its timeline holds exactly
 * those messages (the timeline's other entries have stories of their own).
 */
export function withLongConversation(ticketId: string, count: number) {
  return (data: MemoryData): MemoryData => {
    const ticket = data.tickets.find((candidate) => candidate.id === ticketId)!;
    return {
      ...data,
      messages: [...data.messages.filter((message) => message.ticketId !== ticketId), ...generateConversation(ticket, count, 11)],
      notes: data.notes.filter((note) => note.ticketId !== ticketId),
      ...(data.activity ? { activity: data.activity.filter((entry) => entry.ticketId !== ticketId) } : {}),
    };
  };
}

/** Removes every note of one ticket. */
export function withoutNotes(ticketId: string) {
  return (data: MemoryData): MemoryData => ({ ...data, notes: data.notes.filter((note) => note.ticketId !== ticketId) });
}

/** Hands the story ticket to the first assistant that `matches` the owner `ownerOf` picks. */
function moveStoryTicket(ownerOf: (data: MemoryData) => string, matches: (assistantOwnerId: string, ownerId: string) => boolean) {
  return (data: MemoryData): MemoryData => {
    const ownerId = ownerOf(data);
    const assistant = data.assistants.find((candidate) => matches(candidate.ownerId, ownerId))!;
    return patchTicket(data, STORY_TICKET_ID, (ticket) => ({ ...ticket, assistant: { ...assistant } }));
  };
}

/** The story ticket, on an assistant owned by `ownerOf(data)`: the one a member story can see and work. */
export function ownedTicketTransform(ownerOf: (data: MemoryData) => string) {
  return moveStoryTicket(ownerOf, (assistantOwnerId, ownerId) => assistantOwnerId === ownerId);
}

/** The story ticket, on an assistant someone else owns: out of the scope of the member `ownerOf(data)` picks. */
export function notOwnedTicketTransform(ownerOf: (data: MemoryData) => string) {
  return moveStoryTicket(ownerOf, (assistantOwnerId, ownerId) => assistantOwnerId !== ownerId);
}

/** Composes data transforms, first to last. */
export function transforms(...steps: ((data: MemoryData) => MemoryData)[]) {
  return (data: MemoryData): MemoryData => steps.reduce((current, step) => step(current), data);
}

/** Forgets every saved reply and note draft, so one story's text never shows up in the next. */
export function clearDrafts(): void {
  for (const key of Object.keys(window.sessionStorage)) if (key.startsWith('ticketkit:draft:')) window.sessionStorage.removeItem(key);
}
