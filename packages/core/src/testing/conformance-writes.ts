import { describe, expect, it } from 'vitest';
import { DEFAULT_TICKET_QUERY } from '../query';
import type { MemoryData } from '../seed/generate';
import type { Viewer } from '../types';
import type { SeededConformanceOptions } from './conformance';

/** The write half of the conformance suite: versions, conflicts, replies and notes. Each test gets a fresh adapter. */
export function describeWriteConformance(options: SeededConformanceOptions, data: MemoryData, admin: Viewer): void {
  const fresh = () => options.create({ data, viewer: admin });
  const target = data.tickets.find((ticket) => ticket.status !== 'closed')!;
  const assignee = data.teamMembers.find((member) => member.id !== target.assignee?.id)!;

  describe('writing as an admin', () => {
    it('an update changes the fields, bumps the version and moves updatedAt forward', async () => {
      const adapter = await fresh();
      const before = await adapter.getTicket(target.id);
      const after = await adapter.updateTicket(target.id, { status: 'closed', assigneeId: assignee.id }, before.version);
      expect(after).toMatchObject({ id: target.id, status: 'closed', assignee: { id: assignee.id }, version: before.version + 1 });
      expect(Date.parse(after.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));
      expect(await adapter.getTicket(target.id)).toMatchObject({ status: 'closed', version: before.version + 1 });
      const unassigned = await adapter.updateTicket(target.id, { assigneeId: null }, after.version);
      expect(unassigned).toMatchObject({ assignee: null, version: before.version + 2 });
    });

    it('a stale version is refused with a ConflictError and nothing changes', async () => {
      const adapter = await fresh();
      const before = await adapter.getTicket(target.id);
      await adapter.updateTicket(target.id, { priority: 'urgent' }, before.version);
      await expect(adapter.updateTicket(target.id, { status: 'closed' }, before.version)).rejects.toMatchObject({ code: 'conflict' });
      expect(await adapter.getTicket(target.id)).toMatchObject({ status: before.status, priority: 'urgent', version: before.version + 1 });
    });

    it('refuses bad input with a ValidationError naming the field', async () => {
      const adapter = await fresh();
      const { version } = await adapter.getTicket(target.id);
      await expect(adapter.updateTicket(target.id, { assigneeId: 'tm-nobody' }, version)).rejects.toMatchObject({ code: 'validation', field: 'patch.assigneeId' });
      await expect(adapter.updateTicket(target.id, { status: 'lost' as never }, version)).rejects.toMatchObject({ code: 'validation', field: 'patch.status' });
      await expect(adapter.sendReply(target.id, { body: '   ' })).rejects.toMatchObject({ code: 'validation', field: 'body' });
      expect((await adapter.getTicket(target.id)).version).toBe(version);
    });

    it('a reply joins the end of the conversation and bumps the version', async () => {
      const adapter = await fresh();
      const before = await adapter.getTicket(target.id);
      const result = await adapter.sendReply(target.id, { body: 'We are on it, thanks for waiting.' });
      expect(result.message).toMatchObject({ ticketId: target.id, body: 'We are on it, thanks for waiting.', author: { kind: 'team', id: admin.id } });
      expect(result.ticket.version).toBe(before.version + 1);
      const messages = await adapter.listMessages(target.id);
      expect(messages[messages.length - 1]).toMatchObject({ id: result.message.id, body: result.message.body });
      const found = await adapter.listTickets({ ...DEFAULT_TICKET_QUERY, search: 'thanks for waiting' });
      expect(found.tickets.map((t) => t.id)).toContain(target.id);
    });

    it('a note is kept apart from the conversation', async () => {
      const adapter = await fresh();
      const note = await adapter.addNote(target.id, { body: 'Internal: check the payment logs.' });
      expect(note).toMatchObject({ ticketId: target.id, body: 'Internal: check the payment logs.', author: { id: admin.id } });
      expect((await adapter.listNotes(target.id)).map((n) => n.id)).toContain(note.id);
      expect((await adapter.listMessages(target.id)).some((m) => m.body.includes('payment logs'))).toBe(false);
    });

    it('a reply sent twice with one idempotency key is stored and delivered once', async () => {
      const adapter = await fresh();
      const before = await adapter.listMessages(target.id);
      const input = { body: 'Your refund was issued today.', idempotencyKey: 'conformance-reply-1' };
      const first = await adapter.sendReply(target.id, input);
      const again = await adapter.sendReply(target.id, input);
      expect(again.message).toMatchObject({ id: first.message.id, body: input.body });
      const after = await adapter.listMessages(target.id);
      expect(after).toHaveLength(before.length + 1);
      expect(after.filter((m) => m.body === input.body)).toHaveLength(1);
      // A new key is a new reply, even with the same text.
      await adapter.sendReply(target.id, { ...input, idempotencyKey: 'conformance-reply-2' });
      expect(await adapter.listMessages(target.id)).toHaveLength(before.length + 2);
    });

    it('a note sent twice with one idempotency key is stored once', async () => {
      const adapter = await fresh();
      const before = await adapter.listNotes(target.id);
      const input = { body: 'Checked the logs: double charge.', idempotencyKey: 'conformance-note-1' };
      const first = await adapter.addNote(target.id, input);
      const again = await adapter.addNote(target.id, input);
      expect(again.id).toBe(first.id);
      expect(await adapter.listNotes(target.id)).toHaveLength(before.length + 1);
    });

    it('an idempotency key reused for another text or ticket is refused, and a malformed key too', async () => {
      const adapter = await fresh();
      const other = data.tickets.find((ticket) => ticket.id !== target.id)!;
      await adapter.sendReply(target.id, { body: 'First text', idempotencyKey: 'conformance-reused' });
      const before = await adapter.listMessages(other.id);
      await expect(adapter.sendReply(target.id, { body: 'Other text', idempotencyKey: 'conformance-reused' })).rejects.toMatchObject({ code: 'validation', field: 'idempotencyKey' });
      await expect(adapter.sendReply(other.id, { body: 'First text', idempotencyKey: 'conformance-reused' })).rejects.toMatchObject({ code: 'validation', field: 'idempotencyKey' });
      await expect(adapter.sendReply(other.id, { body: 'Bad key', idempotencyKey: 'has spaces' })).rejects.toMatchObject({ code: 'validation', field: 'idempotencyKey' });
      expect(await adapter.listMessages(other.id)).toHaveLength(before.length);
    });

    it('an aborted write is refused with an AbortError and changes nothing', async () => {
      const adapter = await fresh();
      const before = await adapter.getTicket(target.id);
      const controller = new AbortController();
      controller.abort();
      await expect(adapter.updateTicket(target.id, { status: 'closed' }, before.version, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
      expect((await adapter.getTicket(target.id)).version).toBe(before.version);
    });
  });
}
