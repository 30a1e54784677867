import { describeAdapterConformance } from '@ticketkit/core/testing';
import { createHelpdeskAdapter } from './adapter';
import { helpdeskData, startHelpdeskStandIn } from './helpdesk-standin';
import { helpdeskModel } from './model';

// The adapter judged by ticketkit's conformance suite in live mode, against the stand-in helpdesk over HTTP: the
// suite seeds nothing, it discovers the helpdesk's numbered tickets through the adapter. As a host would, this file
// names an admin, a member (the agent who owns the bots of the most tickets) and the one ticket it may write to.
const data = helpdeskData(300, 42);
const helpdesk = await startHelpdeskStandIn(data);
const admin = data.agents.find((agent) => agent.is_admin)!;
const owned = new Map<string, number>();
for (const ticket of data.tickets) owned.set(ticket.bot.owner_agent_id, (owned.get(ticket.bot.owner_agent_id) ?? 0) + 1);
const member = data.agents.filter((agent) => !agent.is_admin).sort((a, b) => (owned.get(b.id) ?? 0) - (owned.get(a.id) ?? 0))[0]!;

describeAdapterConformance({
  mode: 'live',
  name: 'helpdesk adapter (snake_case, numeric IDs, its own states) → stand-in helpdesk',
  model: helpdeskModel,
  create: ({ viewer }) => createHelpdeskAdapter({ baseUrl: helpdesk.url, agentId: viewer.id }),
  admin: { id: admin.id, name: admin.full_name, role: 'admin' },
  member: { id: member.id, name: member.full_name, role: 'member' },
  conflictTicketId: '7',
  teardown: () => helpdesk.close(),
});
