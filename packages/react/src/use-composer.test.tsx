import { act, renderHook, waitFor } from '@testing-library/react';
import { UnavailableError, ValidationError } from '@ticketkit/core';
import { describe, expect, it, vi } from 'vitest';
import { createHarness } from '../test/harness';
import { draftKey } from './draft-storage';
import { useNoteComposer, useReplyComposer } from './use-composer';
import { useTicketActions } from './use-ticket-actions';
import { useTicketList } from './use-ticket-list';
import { useTicket, useTicketMessages, useTicketNotes } from './use-ticket-queries';

function useReplyScreen(ticketId: string) {
  return { composer: useReplyComposer(ticketId), messages: useTicketMessages(ticketId), ticket: useTicket(ticketId) };
}

describe('useReplyComposer', () => {
  it('sends the draft, adds the reply to the conversation and clears the draft', async () => {
    const harness = createHarness();
    const ticketId = harness.data.tickets[0]!.id;
    const { result } = renderHook(() => useReplyScreen(ticketId), { wrapper: harness.Wrapper });
    await waitFor(() => expect(result.current.messages.data).toBeDefined());
    const before = result.current.messages.data!.length;
    act(() => result.current.composer.setDraft('We have refunded you.'));
    await act(async () => {
      const sent = await result.current.composer.submit();
      expect(sent?.message.body).toBe('We have refunded you.');
    });
    await waitFor(() => expect(result.current.messages.data).toHaveLength(before + 1));
    expect(result.current.messages.data?.at(-1)?.author.kind).toBe('team');
    expect(result.current.composer.draft).toBe('');
    expect(window.sessionStorage.getItem(draftKey('reply', harness.viewer.id, ticketId))).toBeNull();
  });

  it.each([
    ['a live adapter (its two events)', true],
    ['an adapter without live updates (the reply itself)', false],
  ])('refetches the open list once after a reply, with %s', async (_, live) => {
    const harness = createHarness({ live });
    const ticketId = harness.data.tickets[0]!.id;
    const { result } = renderHook(() => ({ ...useReplyScreen(ticketId), list: useTicketList() }), { wrapper: harness.Wrapper });
    await waitFor(() => expect(result.current.list.tickets.length).toBeGreaterThan(0));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    const listCalls = () => harness.callsOf('listTickets').filter((call) => (call.args[0] as { page: number }).page === 1).length;
    const before = listCalls();
    act(() => result.current.composer.setDraft('On its way.'));
    await act(async () => {
      await result.current.composer.submit();
    });
    await waitFor(() => expect(listCalls()).toBe(before + 1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(listCalls()).toBe(before + 1);
  });

  it('keeps the draft when the send fails, exposes the error, and retry sends it', async () => {
    const harness = createHarness({ faults: { failMethods: { sendReply: 'unavailable' } } });
    const ticketId = harness.data.tickets[1]!.id;
    const { result } = renderHook(() => useReplyScreen(ticketId), { wrapper: harness.Wrapper });
    act(() => result.current.composer.setDraft('Sorry for the wait'));
    await act(async () => {
      expect(await result.current.composer.submit()).toBeUndefined();
    });
    await waitFor(() => expect(result.current.composer.error).toBeInstanceOf(UnavailableError));
    expect(result.current.composer.draft).toBe('Sorry for the wait');
    expect(window.sessionStorage.getItem(draftKey('reply', harness.viewer.id, ticketId))).toBe('Sorry for the wait');

    harness.adapter.setFaults({});
    await act(async () => {
      await result.current.composer.retry();
    });
    await waitFor(() => expect(result.current.composer.error).toBeNull());
    expect(result.current.composer.draft).toBe('');
    const messages = await harness.memory.listMessages(ticketId);
    expect(messages.at(-1)?.body).toBe('Sorry for the wait');
  });

  it('keeps the draft per ticket across closing and reopening, and across a reload (session storage)', async () => {
    const harness = createHarness();
    const [first, second] = harness.data.tickets.map((t) => t.id);
    const view = renderHook((props: { id: string }) => useReplyComposer(props.id), {
      wrapper: harness.Wrapper,
      initialProps: { id: first! },
    });
    act(() => view.result.current.setDraft('half-written'));
    view.rerender({ id: second! });
    expect(view.result.current.draft).toBe('');
    view.rerender({ id: first! });
    expect(view.result.current.draft).toBe('half-written');
    view.unmount();

    // A reload: a new cache and a new component, only session storage remains.
    const reloaded = createHarness();
    const again = renderHook(() => useReplyComposer(first!), { wrapper: reloaded.Wrapper });
    expect(again.result.current.draft).toBe('half-written');
  });

  it('keeps the draft in memory when session storage refuses it (quota, privacy settings)', () => {
    const harness = createHarness();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      const { result } = renderHook(() => [useReplyComposer('TK-1003'), useReplyComposer('TK-1003')] as const, { wrapper: harness.Wrapper });
      act(() => result.current[0].setDraft('still here'));
      expect(result.current[0].draft).toBe('still here');
      expect(result.current[1].draft).toBe('still here'); // two composers of one ticket agree
      act(() => result.current[0].setDraft(''));
    } finally {
      setItem.mockRestore();
    }
  });

  it('refuses an empty reply with a typed error and sends nothing', async () => {
    const harness = createHarness();
    const { result } = renderHook(() => useReplyComposer('TK-1001'), { wrapper: harness.Wrapper });
    act(() => result.current.setDraft('   '));
    await act(async () => {
      await result.current.submit();
    });
    await waitFor(() => expect(result.current.error).toBeInstanceOf(ValidationError));
    expect(harness.callsOf('sendReply')).toHaveLength(0);
  });
});

describe('useNoteComposer', () => {
  it('adds an internal note to the notes, never to the conversation, and keeps a failed one', async () => {
    const harness = createHarness({ faults: { failMethods: { addNote: 'unavailable' } } });
    const ticketId = harness.data.tickets[2]!.id;
    const { result } = renderHook(
      () => ({ composer: useNoteComposer(ticketId), notes: useTicketNotes(ticketId), messages: useTicketMessages(ticketId) }),
      { wrapper: harness.Wrapper },
    );
    await waitFor(() => expect(result.current.notes.data && result.current.messages.data).toBeDefined());
    const messageCount = result.current.messages.data!.length;
    act(() => result.current.composer.setDraft('Customer is a VIP'));
    await act(async () => {
      await result.current.composer.submit();
    });
    expect(result.current.composer.draft).toBe('Customer is a VIP');
    await waitFor(() => expect(result.current.composer.error).not.toBeNull());
    harness.adapter.setFaults({});
    await act(async () => {
      await result.current.composer.submit();
    });
    await waitFor(() => expect(result.current.notes.data?.at(-1)?.body).toBe('Customer is a VIP'));
    expect(result.current.messages.data).toHaveLength(messageCount);
    expect(result.current.composer.draft).toBe('');
  });

  it('refreshes the ticket after a note, so the next change carries the new version (no live updates)', async () => {
    const harness = createHarness({ live: false });
    const ticketId = harness.data.tickets[3]!.id;
    const { result } = renderHook(
      () => ({ composer: useNoteComposer(ticketId), ticket: useTicket(ticketId), actions: useTicketActions(ticketId) }),
      { wrapper: harness.Wrapper },
    );
    await waitFor(() => expect(result.current.ticket.data).toBeDefined());
    const versionBefore = result.current.ticket.data!.version;
    act(() => result.current.composer.setDraft('Checked the payment logs'));
    await act(async () => {
      await result.current.composer.submit();
    });
    await waitFor(() => expect(result.current.ticket.data!.version).toBeGreaterThan(versionBefore));
    await act(async () => {
      await result.current.actions.setStatus('closed');
    });
    expect(result.current.actions.conflict).toBeNull();
    expect(result.current.actions.error).toBeNull();
    expect((await harness.memory.getTicket(ticketId)).status).toBe('closed');
  });

  it('with live updates, takes the new version from the live event rather than fetching the ticket again', async () => {
    const harness = createHarness();
    const ticketId = harness.data.tickets[3]!.id;
    const { result } = renderHook(() => ({ composer: useNoteComposer(ticketId), ticket: useTicket(ticketId) }), { wrapper: harness.Wrapper });
    await waitFor(() => expect(result.current.ticket.isPlaceholderData === false && result.current.ticket.data).toBeTruthy());
    const versionBefore = result.current.ticket.data!.version;
    act(() => result.current.composer.setDraft('Checked the payment logs'));
    await act(async () => {
      await result.current.composer.submit();
    });
    await waitFor(() => expect(result.current.ticket.data!.version).toBeGreaterThan(versionBefore));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(harness.callsOf('getTicket')).toHaveLength(1);
  });
});
