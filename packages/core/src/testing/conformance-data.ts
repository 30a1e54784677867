import { generateTicketData, type MemoryData } from '../seed/generate';
import { conversationState } from '../conversation-state';
import type { Message, Viewer } from '../types';

/** Known values the conformance suite looks for in `createConformanceData()`. */
export const CONFORMANCE_FIXTURE = {
  accentedTicketIndex: 4,
  requester: { id: 'rq-conformance', name: 'José Müller', email: 'jose.muller@conformance.example' },
  conversationTicketIndex: 9,
  conversationWord: 'Zebulon',
  /** A ticket with an internal note holding a word found nowhere else. */
  noteTicketIndex: 12,
  noteWord: 'Quillfeather',
  /**
   * Days that do not start at midnight, or start at the first of two midnights, with tickets created at their edges:
   * half an hour and a millisecond before the day's first instant (`startsAt`), and at it.
   */
  clockChanges: [
    // 23:59:59 at UTC−4 is followed by 01:00 at UTC−3: the day starts at the jump; midnight at UTC−3 is the day before.
    { timeZone: 'America/Santiago', day: '2026-09-06', startsAt: '2026-09-06T04:00:00.000Z' },
    // 23:59:59 at UTC−5 is followed by 01:00 at UTC−4.
    { timeZone: 'America/Havana', day: '2026-03-08', startsAt: '2026-03-08T05:00:00.000Z' },
    // 23:59:59 at UTC−3 is followed by 23:00 at UTC−4, still 04-04: the half hour before is the day before's second
    // 23:30, and the day starts at midnight at UTC−4.
    { timeZone: 'America/Santiago', day: '2026-04-05', startsAt: '2026-04-05T04:00:00.000Z' },
  ],
} as const;

/** How long before a clock change's `startsAt` each of its edge tickets was created, in ms. */
const CLOCK_CHANGE_EDGES = [30 * 60_000, 1, 0];

/**
 * The small, fixed data set the conformance suite runs on: 60 generated tickets, plus one requester with an accented
 * name, one conversation and one internal note each with a word found nowhere else, and three tickets at the edges of each day of
 * `CONFORMANCE_FIXTURE.clockChanges` (after the generated ones, on assistants of the member viewer). Seed a server
 * with exactly this to run the suite on it.
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
  const noted = data.tickets[CONFORMANCE_FIXTURE.noteTicketIndex]!;
  data.notes.push({
    id: `${noted.id}-conformance-note`,
    ticketId: noted.id,
    author: { id: data.teamMembers[0]!.id, name: data.teamMembers[0]!.name },
    body: `Refund approved by ${CONFORMANCE_FIXTURE.noteWord} in finance; reply once it shows on the statement.`,
    createdAt: noted.updatedAt,
  });
  // Owned by the member with the most tickets, so that memberViewer() picks the same member as without them.
  const owner = memberViewer(data).id;
  const template = data.tickets.find((ticket) => ticket.assistant.ownerId === owner)!;
  for (const change of CONFORMANCE_FIXTURE.clockChanges) {
    for (const before of CLOCK_CHANGE_EDGES) {
      const createdAt = new Date(Date.parse(change.startsAt) - before).toISOString();
      data.tickets.push({
        ...template,
        id: `TK-${1001 + data.tickets.length}`,
        subject: `Order placed as the clocks changed in ${change.timeZone}`,
        status: 'open',
        createdAt,
        updatedAt: createdAt,
        requester: { ...template.requester },
        assistant: { ...template.assistant },
        assignee: null,
        version: 1,
        // Without messages of its own, it has no handoff (the template's would name another ticket's message).
        handoffMessageId: null,
      });
    }
  }
  // The conversations changed above: every ticket's waiting state follows its own messages.
  const byTicket = new Map<string, Message[]>();
  for (const message of data.messages) byTicket.set(message.ticketId, [...(byTicket.get(message.ticketId) ?? []), message]);
  data.tickets = data.tickets.map((ticket) => ({ ...ticket, ...conversationState(ticket.createdAt, byTicket.get(ticket.id) ?? []) }));
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
