// @vitest-environment node
import { createMemoryAdapter, generateTicketData } from '@ticketkit/core/memory';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TicketsPanel } from './tickets-panel';

describe('TicketsPanel on a server', () => {
  it('renders to HTML without a window, in both layouts and with the URL state on', () => {
    expect(typeof window).toBe('undefined');
    const data = generateTicketData({ tickets: 5, seed: 1 });
    const admin = data.teamMembers.find((member) => member.role === 'admin')!;
    const viewer = { id: admin.id, name: admin.name, role: admin.role };
    const adapter = createMemoryAdapter({ data, viewer });
    const split = renderToString(<TicketsPanel adapter={adapter} viewer={viewer} timeZone="UTC" layout="split" urlState />);
    expect(split).toContain('data-slot="tickets-panel"');
    expect(split).toContain('Select a ticket to see its conversation.');
    const drawer = renderToString(<TicketsPanel adapter={adapter} viewer={viewer} timeZone="UTC" />);
    expect(drawer).toContain('data-slot="ticket-list"');
    expect(drawer).not.toContain('role="dialog"');
  });
});
