// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TicketAdapter } from '@ticketkit/core';

// A backend that must never be reached: rendering on a server starts no request.
const unreachable = new Proxy({} as TicketAdapter, {
  get: (_target, name) => (name === 'subscribe' || name === 'then' ? undefined : () => Promise.reject(new Error(`${String(name)} called`))),
});

describe('server rendering', () => {
  it('imports with no window and renders the provider and hooks to a string', async () => {
    expect(typeof window).toBe('undefined');
    const { TicketsProvider, useTicketList, useSelectedTicket, useReplyComposer } = await import('./index');
    function Panel() {
      const list = useTicketList({ url: true });
      const [selected] = useSelectedTicket({ url: true });
      const reply = useReplyComposer('TK-1001');
      return (
        <p>
          page {list.query.page} of {list.pageCount}, loading {String(list.isLoading)}, selected {String(selected)}, draft
          [{reply.draft}]
        </p>
      );
    }
    const html = renderToString(
      <TicketsProvider adapter={unreachable} viewer={{ id: 'u1', name: 'Ada', role: 'admin' }} timeZone="UTC">
        <Panel />
      </TicketsProvider>,
    );
    expect(html).toContain('page <!-- -->1<!-- --> of <!-- -->1');
    expect(html).toContain('selected <!-- -->null');
  });
});
