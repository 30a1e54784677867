import { generateTicketData, type MemoryData } from '../seed/generate';
import type { Viewer } from '../types';

/** Known values the conformance suite looks for in `createConformanceData()`. */
export const CONFORMANCE_FIXTURE = {
  accentedTicketIndex: 4,
  requester: { id: 'rq-conformance', name: 'José Müller', email: 'jose.muller@conformance.example' },
  conversationTicketIndex: 9,
  conversationWord: 'Zebulon',
} as const;

/**
 * The small, fixed data set the conformance suite runs on: 60 generated tickets, plus one requester with an accented
 * name and one conversation with a word found nowhere else. Seed a server with exactly this to run the suite on it.
 */
export function createConformanceData(): MemoryData {
  const data = generateTicketData({ tickets: 60, seed: 20261101, messagesPerTicket: { min: 2, max: 5 } });
  const accented = data.tickets[CONFORMANCE_FIXTURE.accentedTicketIndex]!;
  accented.requester = { ...CONFORMANCE_FIXTURE.requester };
  for (const message of data.messages) {
    if (message.ticketId === accented.id && message.author.kind === 'end_user') {
      message.author = { kind: 'end_user', id: accented.requester.id, name: accented.requester.name };
    }
  }
  const talked = data.tickets[CONFORMANCE_FIXTURE.conversationTicketIndex]!;
  data.messages.push({
    id: `${talked.id}-conformance`,
    ticketId: talked.id,
    author: { kind: 'end_user', id: talked.requester.id, name: talked.requester.name },
    body: `The parcel was left with my neighbour ${CONFORMANCE_FIXTURE.conversationWord} instead.`,
    createdAt: talked.createdAt,
  });
  return data;
}

/** The first admin of the data, as a viewer. */
export function adminViewer(data: MemoryData): Viewer {
  const admin = data.teamMembers.find((member) => member.role === 'admin')!;
  return { id: admin.id, name: admin.name, role: 'admin' };
}

/** The member who owns the assistants of the most tickets, as a viewer. */
export function memberViewer(data: MemoryData): Viewer {
  const counts = new Map<string, number>();
  for (const ticket of data.tickets) counts.set(ticket.assistant.ownerId, (counts.get(ticket.assistant.ownerId) ?? 0) + 1);
  const members = data.teamMembers.filter((member) => member.role === 'member');
  members.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  const member = members[0]!;
  return { id: member.id, name: member.name, role: 'member' };
}
