import { adminViewer, describeAdapterConformance, memberViewer } from '../testing';
import { generateTicketData, type MemoryData } from '../seed/generate';
import { createMemoryAdapter } from './memory-adapter';

// Live mode on data the suite did not make: the generator's tickets, renamed to IDs of another shape (`ORD_17`), so
// that nothing in the suite may lean on `TK-` IDs. One store, seen by each viewer, as a live backend would be.
function renamed(data: MemoryData): MemoryData {
  const ids = new Map(data.tickets.map((ticket, index) => [ticket.id, `ORD_${index + 1}`]));
  const id = (old: string) => ids.get(old)!;
  return {
    ...data,
    tickets: data.tickets.map((ticket) => ({ ...ticket, id: id(ticket.id) })),
    messages: data.messages.map((message) => ({ ...message, ticketId: id(message.ticketId) })),
    notes: data.notes.map((note) => ({ ...note, ticketId: id(note.ticketId) })),
    activity: data.activity?.map((activity) => ({ ...activity, ticketId: id(activity.ticketId) })),
  };
}

const data = renamed(generateTicketData({ tickets: 240, seed: 77 }));
const admin = adminViewer(data);
const member = memberViewer(data);
const store = createMemoryAdapter({ data, viewer: admin });

describeAdapterConformance({
  mode: 'live',
  name: 'memory adapter, ORD_ IDs',
  create: ({ viewer }) => store.withViewer(viewer),
  admin,
  member,
  conflictTicketId: data.tickets[5]!.id,
  pageSize: 20,
});

// A backend too big to read whole: each list is read to its first 60 tickets, and the checks that need a whole list
// are left out for the lists that are longer.
describeAdapterConformance({
  mode: 'live',
  name: 'memory adapter, ORD_ IDs, 60 tickets read at most',
  create: ({ viewer }) => store.withViewer(viewer),
  admin,
  member,
  pageSize: 20,
  maxTickets: 60,
});
