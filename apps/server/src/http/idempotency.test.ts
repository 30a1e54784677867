import type { Message, Note, ReplyResult, Ticket } from '@ticketkit/core';
import { describe, expect, it } from 'vitest';
import { demoTokenFor } from '../db/demo-tokens';
import { useApiServer, type CallInit } from '../testing/api-fixture';

// A reply or note sent with an Idempotency-Key is written once: a retry after a lost answer gets the first result.
const fixture = useApiServer();
const { own, other, member, call } = fixture;
const ownPath = `/tickets/${encodeURIComponent(own.id)}`;

function post(path: string, json: unknown, key?: string, init: CallInit = {}) {
  const headers = new Headers(init.headers);
  if (key !== undefined) headers.set('Idempotency-Key', key);
  return call(path, { ...init, method: 'POST', json, headers });
}

async function count(table: 'messages' | 'notes', ticketId: string): Promise<number> {
  const [row] = await fixture.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ticket_id = $1`, [ticketId]);
  return Number(row?.n);
}

describe('Idempotency-Key on replies and notes', () => {
  it('a repeated reply is stored once and answered with the first message and the ticket as it stands now', async () => {
    const before = await count('messages', own.id);
    const first = await post(`${ownPath}/replies`, { body: 'Refund issued.' }, 'reply-1');
    expect(first.status).toBe(201);
    const sent = (await first.json()) as ReplyResult;
    // Someone changes the ticket between the send and its retry: the retry shows the ticket as it is now.
    const patched = await call(ownPath, { method: 'PATCH', json: { expectedVersion: sent.ticket.version, patch: { priority: 'urgent' } } });
    expect(patched.status).toBe(200);
    const again = await post(`${ownPath}/replies`, { body: 'Refund issued.' }, 'reply-1');
    expect(again.status).toBe(201);
    const repeated = (await again.json()) as ReplyResult;
    expect(repeated.message).toEqual(sent.message);
    expect(repeated.ticket).toEqual((await patched.json()) as Ticket);
    expect(again.headers.get('ETag')).toBe(`"${repeated.ticket.version}"`);
    expect(await count('messages', own.id)).toBe(before + 1);
  });

  it('a repeated note is stored once and answered with the first note, even with a version now stale', async () => {
    const before = await count('notes', own.id);
    const json = { body: 'Checked the logs.', expectedVersion: own.version };
    const first = await post(`${ownPath}/notes`, json, 'note-1');
    expect(first.status).toBe(201);
    const again = await post(`${ownPath}/notes`, json, 'note-1');
    expect(again.status).toBe(201);
    expect((await again.json()) as Note).toEqual((await first.json()) as Note);
    expect(await count('notes', own.id)).toBe(before + 1);
  });

  it('concurrent repeats of one key make one message, and every answer carries it', async () => {
    const before = await count('messages', own.id);
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(`${ownPath}/replies`, { body: 'Once only.' }, 'burst-1')));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const ids = new Set(await Promise.all(answers.map(async (answer) => ((await answer.json()) as { message: Message }).message.id)));
    expect(ids.size).toBe(1);
    expect(await count('messages', own.id)).toBe(before + 1);
  });

  it('the same key for another ticket, text or route is 400 on `idempotencyKey`, and writes nothing', async () => {
    expect((await post(`${ownPath}/replies`, { body: 'First text' }, 'reused')).status).toBe(201);
    const before = await fixture.snapshot();
    const reuses = [
      post(`${ownPath}/replies`, { body: 'Other text' }, 'reused'),
      post(`/tickets/${encodeURIComponent(other.id)}/replies`, { body: 'First text' }, 'reused'),
      post(`${ownPath}/notes`, { body: 'First text' }, 'reused'),
    ];
    for (const response of await Promise.all(reuses)) {
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'validation', field: 'idempotencyKey' } });
    }
    expect(await fixture.snapshot()).toEqual(before);
  });

  it('keys belong to one member: another member sending the same key writes their own reply', async () => {
    const key = 'shared-key';
    const asAdmin = await post(`${ownPath}/replies`, { body: 'From the admin' }, key);
    const asMember = await post(`${ownPath}/replies`, { body: 'From the member' }, key, { token: demoTokenFor(member.id) });
    expect([asAdmin.status, asMember.status]).toEqual([201, 201]);
    const [a, b] = [(await asAdmin.json()) as ReplyResult, (await asMember.json()) as ReplyResult];
    expect(a.message.id).not.toBe(b.message.id);
    expect(b.message.author.id).toBe(member.id);
  });

  it('a refused first send (missing ticket, stale version) does not use the key up', async () => {
    expect((await post('/tickets/TK-404404/replies', { body: 'Hello' }, 'retry-later')).status).toBe(404);
    expect((await post(`${ownPath}/notes`, { body: 'Hello', expectedVersion: own.version + 5 }, 'stale-first')).status).toBe(409);
    expect((await post(`${ownPath}/replies`, { body: 'Hello' }, 'retry-later')).status).toBe(201);
    expect((await post(`${ownPath}/notes`, { body: 'Hello' }, 'stale-first')).status).toBe(201);
  });

  it('a malformed key is 400 on `idempotencyKey` and writes nothing', async () => {
    const before = await fixture.snapshot();
    for (const key of ['', 'has spaces', 'k'.repeat(129), 'emoji-\u00e9', 'semi;colon', 'a,b']) {
      for (const route of ['replies', 'notes']) {
        const response = await post(`${ownPath}/${route}`, { body: 'Hello' }, key);
        expect({ key, route, status: response.status }).toEqual({ key, route, status: 400 });
        expect(await response.json()).toMatchObject({ error: { code: 'validation', field: 'idempotencyKey' } });
      }
    }
    expect((await post(`${ownPath}/notes`, { body: 'Longest key' }, `${'k'.repeat(120)}_-.:AZ09`)).status).toBe(201);
    expect(Number((await fixture.snapshot())?.notes)).toBe(Number(before?.notes) + 1);
  });

  it('a browser may send the header: the CORS preflight allows it', async () => {
    const preflight = await call(`${ownPath}/replies`, {
      token: null,
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key' },
    });
    expect(preflight.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('idempotency-key');
  });
});
