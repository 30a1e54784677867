import { createRestAdapter } from '@ticketkit/core/rest';
import { describeAdapterConformance } from '@ticketkit/core/testing';
import { demoTokenFor } from './db/demo-tokens';
import { listen } from './http/listen';
import { prepareForServing } from './startup';
import { openTestDatabase } from './testing/test-database';

// The conformance suite's live mode against the reference server, on data the suite did not put there: the server
// starts as `--demo` does on an empty database (its own generated tickets and a demo token per team member), and the
// suite only discovers what is there. As a host would, this file names an admin, a member and one ticket to write to.
const { db, dispose } = await openTestDatabase();
await prepareForServing(db, { demo: true, seedTickets: 1_000 });
const server = await listen(db);

type ViewerRow = { id: string; name: string; role: 'admin' | 'member' };
const [admin] = await db.query<ViewerRow>(`SELECT id, name, role FROM team_members WHERE role = 'admin' ORDER BY position LIMIT 1`);
// The member who owns the assistants of the most tickets.
const [member] = await db.query<ViewerRow>(
  `SELECT m.id, m.name, m.role FROM team_members m JOIN assistants a ON a.owner_id = m.id JOIN tickets t ON t.assistant_id = a.id
   WHERE m.role = 'member' GROUP BY m.id, m.name, m.role ORDER BY count(*) DESC, m.id LIMIT 1`,
);
const [conflict] = await db.query<{ id: string }>('SELECT id FROM tickets ORDER BY created_at DESC, id LIMIT 1');
if (!admin || !member || !conflict) throw new Error('The demo data has no admin, no member with tickets, or no ticket.');

describeAdapterConformance({
  mode: 'live',
  name: `createRestAdapter → reference server on ${db.kind}, demo data`,
  create: ({ viewer }) => createRestAdapter({ baseUrl: server.url, headers: { Authorization: `Bearer ${demoTokenFor(viewer.id)}` } }),
  admin,
  member,
  conflictTicketId: conflict.id,
  pageSize: 50,
  async teardown() {
    await server.close();
    await dispose();
  },
});
