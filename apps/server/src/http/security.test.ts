import type { Note, Ticket, TicketPage } from '@ticketkit/core';
import { describe, expect, it } from 'vitest';
import { demoTokenFor } from '../db/demo-tokens';
import { useApiServer } from '../testing/api-fixture';
import type { ErrorBody } from './errors';

const { data, member, own, other, call, snapshot } = useApiServer();

describe('bearer tokens', () => {
  it('answers 401 with no token, a malformed header or an unknown token', async () => {
    for (const token of [null, 'not-a-real-token', "x' OR '1'='1"]) {
      const response = await call('/tickets', { token });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
    const raw = await call('/tickets', { token: null, headers: { Authorization: 'Basic YWRtaW46YWRtaW4=' } });
    expect(raw.status).toBe(401);
  });

  it('lets /health through without a token', async () => {
    expect((await call('/health', { token: null })).status).toBe(200);
  });
});

describe("a member's scope", () => {
  const asMember = { token: demoTokenFor(member.id) };

  it('lists only tickets of assistants the member owns, with totals counted the same way', async () => {
    const response = await call('/tickets?pageSize=100', asMember);
    const page = (await response.json()) as TicketPage;
    const expected = data.tickets.filter((t) => t.assistant.ownerId === member.id);
    expect(page.total).toBe(expected.length);
    expect(page.tickets.every((t) => t.assistant.ownerId === member.id)).toBe(true);
    const byId = await (await call(`/tickets?search=${encodeURIComponent(other.id)}`, asMember)).json();
    expect(byId).toMatchObject({ tickets: [], total: 0 });
  });

  it('gets for another owner’s ticket the very 404 of a missing ID, on every route, and nothing changes', async () => {
    const before = await snapshot();
    const missing = 'TK-404404';
    const attempts: [string, (id: string) => Promise<Response>][] = [
      ['GET ticket', (id) => call(`/tickets/${id}`, asMember)],
      ['GET messages', (id) => call(`/tickets/${id}/messages`, asMember)],
      ['GET notes', (id) => call(`/tickets/${id}/notes`, asMember)],
      ['PATCH status', (id) => call(`/tickets/${id}`, { ...asMember, method: 'PATCH', json: { expectedVersion: other.version, patch: { status: 'closed' } } })],
      ['PATCH assignee', (id) => call(`/tickets/${id}`, { ...asMember, method: 'PATCH', json: { expectedVersion: other.version, patch: { assigneeId: 'tm-nobody' } } })],
      ['POST note', (id) => call(`/tickets/${id}/notes`, { ...asMember, method: 'POST', json: { body: 'not mine' } })],
      ['POST note on a version', (id) => call(`/tickets/${id}/notes`, { ...asMember, method: 'POST', json: { body: 'not mine', expectedVersion: other.version } })],
      ['POST reply', (id) => call(`/tickets/${id}/replies`, { ...asMember, method: 'POST', json: { body: 'not mine' } })],
      ['POST reply on a version', (id) => call(`/tickets/${id}/replies`, { ...asMember, method: 'POST', json: { body: 'not mine', expectedVersion: other.version } })],
    ];
    for (const [route, attempt] of attempts) {
      const outOfScope = await attempt(encodeURIComponent(other.id));
      const absent = await attempt(missing);
      const outOfScopeText = (await outOfScope.text()).replaceAll(other.id, missing);
      expect({ route, status: outOfScope.status, body: outOfScopeText }).toEqual({ route, status: 404, body: await absent.text() });
      expect((JSON.parse(outOfScopeText) as ErrorBody).error.code).toBe('not_found');
      expect(outOfScopeText).not.toContain(other.assistant.name);
      expect(outOfScopeText).not.toContain(other.subject);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('an admin still reads and changes any ticket', async () => {
    expect((await call(`/tickets/${encodeURIComponent(other.id)}`)).status).toBe(200);
    const note = await call(`/tickets/${encodeURIComponent(other.id)}/notes`, { method: 'POST', json: { body: 'seen' } });
    expect(note.status).toBe(201);
  });

  it('can read and change a ticket of its own', async () => {
    expect((await call(`/tickets/${encodeURIComponent(own.id)}`, asMember)).status).toBe(200);
    const patched = await call(`/tickets/${encodeURIComponent(own.id)}`, {
      ...asMember,
      method: 'PATCH',
      json: { expectedVersion: own.version, patch: { priority: 'urgent' } },
    });
    expect(patched.status).toBe(200);
    expect(patched.headers.get('ETag')).toBe(`"${own.version + 1}"`);
  });
});

describe('bad input gets a clear 4xx and changes nothing', () => {
  const path = `/tickets/${encodeURIComponent(own.id)}`;

  it('malformed JSON is 400 on `body`', async () => {
    const before = await snapshot();
    for (const [target, method] of [[path, 'PATCH'], [`${path}/notes`, 'POST'], [`${path}/replies`, 'POST']] as const) {
      const response = await call(target, { method, headers: { 'Content-Type': 'application/json' }, body: '{"expectedVersion": 1, "patch": {' });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'validation', field: 'body' } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('wrong types and unknown fields are 400 naming the field', async () => {
    const before = await snapshot();
    const cases: [string, string, unknown, string][] = [
      [path, 'PATCH', { expectedVersion: '3', patch: { status: 'closed' } }, 'expectedVersion'],
      [path, 'PATCH', { expectedVersion: 1.5, patch: { status: 'closed' } }, 'expectedVersion'],
      [path, 'PATCH', { patch: { status: 'closed' } }, 'expectedVersion'],
      [path, 'PATCH', { expectedVersion: own.version, patch: { status: 7 } }, 'patch.status'],
      [path, 'PATCH', { expectedVersion: own.version, patch: { priority: 'asap' } }, 'patch.priority'],
      [path, 'PATCH', { expectedVersion: own.version, patch: { assigneeId: 42 } }, 'patch.assigneeId'],
      [path, 'PATCH', { expectedVersion: own.version, patch: { version: 99 } }, 'patch.version'],
      [path, 'PATCH', { expectedVersion: own.version, patch: {} }, 'patch'],
      [path, 'PATCH', [1, 2, 3], 'body'],
      [`${path}/notes`, 'POST', { body: 12 }, 'body'],
      [`${path}/notes`, 'POST', { body: '   ' }, 'body'],
      [`${path}/replies`, 'POST', { body: 'hi', admin: true }, 'admin'],
      [`${path}/replies`, 'POST', { body: 'x'.repeat(20_001) }, 'body'],
    ];
    for (const [target, method, json, field] of cases) {
      const response = await call(target, { method, json });
      expect({ json, status: response.status }).toEqual({ json, status: 400 });
      expect(await response.json()).toMatchObject({ error: { code: 'validation', field } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a body that is not JSON by type is 415, an oversized body 413', async () => {
    const before = await snapshot();
    const text = await call(`${path}/notes`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(text.status).toBe(415);
    const huge = await call(`${path}/notes`, { method: 'POST', json: { body: 'x'.repeat(300_000) } });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('connection')).toBe('close');
    expect(await huge.json()).toMatchObject({ error: { code: 'validation', field: 'body' } });
    expect(await snapshot()).toEqual(before);
  });

  it('bad list parameters are 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['pageSize=101', 'pageSize'],
      ['status=lost', 'status'],
      ['sort=id;DROP TABLE tickets', 'sort'],
      ['direction=sideways', 'direction'],
      ['createdFrom=2026-02-30', 'createdFrom'],
      ['createdFrom=2026-03-02&createdTo=2026-03-01', 'createdTo'],
      ['timeZone=Mars/Olympus', 'timeZone'],
      ['status=open&status=closed', 'status'],
      ['limit=5', 'limit'],
      [`search=${'a'.repeat(201)}`, 'search'],
    ];
    for (const [query, field] of cases) {
      const response = await call(`/tickets?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(await response.json()).toMatchObject({ error: { code: 'validation', field } });
    }
  });

  it('SQL-looking search text is only text: it matches literally and changes nothing', async () => {
    const before = await snapshot();
    for (const search of ["'; DROP TABLE tickets; --", "x' OR '1'='1", '%', '_', '\\', 'TK-%', '100%_\\']) {
      const response = await call(`/tickets?search=${encodeURIComponent(search)}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ tickets: [], total: 0 });
    }
    expect(await snapshot()).toEqual(before);
    const stillThere = (await (await call('/tickets?pageSize=1')).json()) as TicketPage;
    expect(stillThere.total).toBe(data.tickets.length);
  });

  it('SQL-looking IDs and bodies are stored and returned as plain text', async () => {
    const sneaky = "Robert'); DROP TABLE notes; -- <b>bold</b>";
    const note = await call(`${path}/notes`, { method: 'POST', json: { body: sneaky } });
    expect(note.status).toBe(201);
    expect(((await note.json()) as Note).body).toBe(sneaky);
    const missing = await call(`/tickets/${encodeURIComponent("TK-1' OR '1'='1")}`);
    expect(missing.status).toBe(404);
  });

  it('unknown routes are 404 with the error body', async () => {
    const response = await call('/tickets/TK-1/attachments');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('versions', () => {
  const path = `/tickets/${encodeURIComponent(own.id)}`;

  it('a stale version is 409 with the current version on every write, and nothing changes', async () => {
    const first = await call(path, { method: 'PATCH', json: { expectedVersion: own.version, patch: { status: 'closed' } } });
    expect(first.status).toBe(200);
    const before = await snapshot();
    const stale = await call(path, { method: 'PATCH', json: { expectedVersion: own.version, patch: { priority: 'low' } } });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'conflict', currentVersion: own.version + 1 } });
    const staleReply = await call(`${path}/replies`, { method: 'POST', json: { body: 'late', expectedVersion: own.version } });
    expect(staleReply.status).toBe(409);
    const staleNote = await call(`${path}/notes`, { method: 'POST', json: { body: 'late', expectedVersion: own.version } });
    expect(staleNote.status).toBe(409);
    expect(await snapshot()).toEqual(before);
  });

  it('of many concurrent writers on one version exactly one lands', async () => {
    const writes = Array.from({ length: 8 }, (_, i) =>
      call(path, { method: 'PATCH', json: { expectedVersion: own.version, patch: { priority: i % 2 ? 'high' : 'low' } } }));
    const statuses = (await Promise.all(writes)).map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const ticket = (await (await call(path)).json()) as Ticket;
    expect(ticket.version).toBe(own.version + 1);
  });
});
