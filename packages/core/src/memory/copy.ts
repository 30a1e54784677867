import type { SavedView, TicketActivity } from '../adapter';
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

/** A copy of a history event. */
export function copyActivity(activity: TicketActivity): TicketActivity {
  const change = { ...activity.change } as TicketActivity['change'];
  if (change.kind === 'assignee') {
    change.from = change.from && { ...change.from };
    change.to = change.to && { ...change.to };
  } else if (change.kind === 'field') {
    if (Array.isArray(change.from)) change.from = [...(change.from as string[])];
    if (Array.isArray(change.to)) change.to = [...(change.to as string[])];
  }
  return { ...activity, actor: activity.actor && { ...activity.actor }, change };
}

/** A copy of a saved view, query and all. */
export function copySavedView(view: SavedView): SavedView {
  const copy: SavedView = { ...view, query: { ...view.query, fields: { ...view.query.fields }, priorities: [...view.query.priorities] } };
  if (view.columns) copy.columns = [...view.columns];
  return copy;
}

/** A deep copy of a whole data set. */
export function copyData(data: MemoryData): MemoryData {
  const copy: MemoryData = {
    tickets: data.tickets.map(copyTicket),
    messages: data.messages.map(copyMessage),
    notes: data.notes.map(copyNote),
    teamMembers: data.teamMembers.map(copyTeamMember),
    assistants: data.assistants.map((assistant) => ({ ...assistant })),
  };
  if (data.activity) copy.activity = data.activity.map(copyActivity);
  return copy;
}
