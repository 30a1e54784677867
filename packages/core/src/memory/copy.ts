import type { Message, Note, TeamMember, Ticket } from '../types';
import type { MemoryData } from '../seed/generate';

/** A copy a caller may change without touching the store. */
export function copyTicket(ticket: Ticket): Ticket {
  return {
    ...ticket,
    requester: { ...ticket.requester },
    assistant: { ...ticket.assistant },
    assignee: ticket.assignee ? { ...ticket.assignee } : null,
    fields: copyFields(ticket.fields),
  };
}

function copyFields(fields: Ticket['fields'] | undefined): Ticket['fields'] {
  const copy: Record<string, Ticket['fields'][string]> = {};
  for (const [id, value] of Object.entries(fields ?? {})) copy[id] = Array.isArray(value) ? [...(value as string[])] : value;
  return copy;
}

/** A copy of a message, author and all. */
export function copyMessage(message: Message): Message {
  return { ...message, author: { ...message.author } };
}

/** A copy of a note, author and all. */
export function copyNote(note: Note): Note {
  return { ...note, author: { ...note.author } };
}

/** A copy of a team member. */
export function copyTeamMember(member: TeamMember): TeamMember {
  return { ...member };
}

/** A deep copy of a whole data set. */
export function copyData(data: MemoryData): MemoryData {
  return {
    tickets: data.tickets.map(copyTicket),
    messages: data.messages.map(copyMessage),
    notes: data.notes.map(copyNote),
    teamMembers: data.teamMembers.map(copyTeamMember),
    assistants: data.assistants.map((assistant) => ({ ...assistant })),
  };
}
