import type { Message, Note } from '@ticketkit/core';
import { describe, expect, it } from 'vitest';
import { demoTokenFor } from '../db/demo-tokens';
import { useApiServer } from '../testing/api-fixture';

// Input PostgreSQL cannot hold or the database would refuse: each must be a 400 naming the field, never a 500 —
// or be accepted and stored exactly as sent.
const { own, admin, call, snapshot } = useApiServer();
const path = `/tickets/${encodeURIComponent(own.id)}`;

/** Sends `raw` as the JSON body exactly as written (so it can carry escapes such as `\ud800`). */
function send(target: string, method: string, raw: string | Uint8Array<ArrayBuffer>, contentType = 'application/json') {
  return call(target, { method, headers: { 'Content-Type': contentType }, body: raw });
}

/** Expects a 400 `validation` error naming `field`; `label` says which case failed. */
async function expectInvalid(label: unknown, response: Response, field: string) {
  const body = await response.json();
  expect({ label, status: response.status, field: body?.error?.field }).toEqual({ label, status: 400, field });
  expect(body.error.code).toBe('validation');
}

describe('text PostgreSQL cannot store', () => {
  it('a NUL character is 400 naming the field: search, ticket ID, note and reply body, assignee ID', async () => {
    const before = await snapshot();
    await expectInvalid('search', await call('/tickets?search=refund%00'), 'search');
    for (const suffix of ['', '/messages', '/notes']) {
      await expectInvalid(`GET id${suffix}`, await call(`/tickets/TK-1%00${suffix}`), 'ticketId');
    }
    await expectInvalid('PATCH id', await call('/tickets/TK-1%00', { method: 'PATCH', json: { expectedVersion: 1, patch: { status: 'closed' } } }), 'ticketId');
    await expectInvalid('POST note id', await call('/tickets/TK-1%00/notes', { method: 'POST', json: { body: 'hi' } }), 'ticketId');
    await expectInvalid('POST reply id', await call('/tickets/TK-1%00/replies', { method: 'POST', json: { body: 'hi' } }), 'ticketId');
    await expectInvalid('note', await call(`${path}/notes`, { method: 'POST', json: { body: 'a\u0000b' } }), 'body');
    await expectInvalid('reply', await call(`${path}/replies`, { method: 'POST', json: { body: 'a\u0000b' } }), 'body');
    await expectInvalid(
      'assignee',
      await call(path, { method: 'PATCH', json: { expectedVersion: own.version, patch: { assigneeId: 'tm-1\u0000' } } }),
      'patch.assigneeId',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a lone UTF-16 surrogate is 400 naming the field, never rewritten; a real pair is stored exactly', async () => {
    const before = await snapshot();
    await expectInvalid('note', await send(`${path}/notes`, 'POST', '{"body":"hi \\ud800"}'), 'body');
    await expectInvalid('reply', await send(`${path}/replies`, 'POST', '{"body":"\\udc00 hi"}'), 'body');
    await expectInvalid('assignee', await send(path, 'PATCH', `{"expectedVersion":${own.version},"patch":{"assigneeId":"\\ud800"}}`), 'patch.assigneeId');
    expect(await snapshot()).toEqual(before);
    const paired = await send(`${path}/notes`, 'POST', '{"body":"smile \\ud83d\\ude00"}');
    expect(paired.status).toBe(201);
    expect(((await paired.json()) as Note).body).toBe('smile \u{1F600}');
  });

  it('bytes that are not UTF-8 are 400 on `body`, not replaced', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"body":"caf'), 0xe9, ...new TextEncoder().encode('"}')]);
    await expectInvalid('latin-1 byte', await send(`${path}/notes`, 'POST', bytes), 'body');
  });
});

describe('odd requests', () => {
  it('escapes that are not UTF-8, NUL in names and values, deep JSON: each a 2xx or 4xx, never a 500', async () => {
    const gets = ['/tickets/%ED%A0%80', '/tickets/%FF', '/tickets/%', '/tickets?search=%FF', '/tickets?search=%ED%A0%80', '/tickets?%00=1',
      '/tickets?timeZone=%00', '/tickets?sort=%00', '/tickets?createdFrom=%00', '/tickets?page=99999999999999999', '/tickets/TK-1/messages%00'];
    for (const target of gets) {
      const response = await call(target);
      expect({ target, failed: response.status >= 500 }).toEqual({ target, failed: false });
    }
    for (const raw of ['['.repeat(100_000), '{"body":"x","__proto__":{"a":1}}', '{"body":"a","expectedVersion":null}', '{"body":"x"}{"body":"y"}']) {
      const response = await send(`${path}/notes`, 'POST', raw);
      expect({ raw: raw.slice(0, 40), status: response.status }).toEqual({ raw: raw.slice(0, 40), status: 400 });
    }
  });
});

describe('custom fields the model does not have', () => {
  it('a field filter, field sort or field patch on the default model (no custom fields) is 400 naming it, and changes nothing', async () => {
    const before = await snapshot();
    for (const [target, field] of [
      ['/tickets?f.orderId=1', 'f.orderId'],
      ['/tickets?f.=1', 'f.'],
      ['/tickets?f.orderId=%00', 'f.orderId'],
      ['/tickets?sort=fields.orderId', 'sort'],
      ['/tickets?status=pending_customer', 'status'],
    ] as const) {
      await expectInvalid(target, await call(target), field);
    }
    for (const [patch, field] of [
      [{ fields: { orderId: 1 } }, 'patch.fields.orderId'],
      [{ fields: null }, 'patch.fields'],
      [{ fields: 'x' }, 'patch.fields'],
      [{ fields: {} }, 'patch'],
      [{ priority: 'p1' }, 'patch.priority'],
    ] as const) {
      await expectInvalid(JSON.stringify(patch), await call(path, { method: 'PATCH', json: { expectedVersion: own.version, patch } }), field);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('numbers and dates beyond what the columns hold', () => {
  it('expectedVersion above 2,147,483,647 is 400 naming it; the largest one is a plain stale version', async () => {
    const before = await snapshot();
    const writes: [string, string, (version: number) => unknown][] = [
      [path, 'PATCH', (expectedVersion) => ({ expectedVersion, patch: { status: 'closed' } })],
      [`${path}/notes`, 'POST', (expectedVersion) => ({ body: 'hi', expectedVersion })],
      [`${path}/replies`, 'POST', (expectedVersion) => ({ body: 'hi', expectedVersion })],
    ];
    for (const [target, method, json] of writes) {
      await expectInvalid(`${method} ${target}`, await call(target, { method, json: json(2_147_483_648) }), 'expectedVersion');
      await expectInvalid(`${method} ${target} 1e300`, await call(target, { method, json: json(1e300) }), 'expectedVersion');
      expect((await call(target, { method, json: json(2_147_483_647) })).status).toBe(409);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('days before year 1 or after 9999-12-30 are 400 naming the parameter; the first and last days allowed answer 200', async () => {
    await expectInvalid('from year 0', await call('/tickets?createdFrom=0000-12-31'), 'createdFrom');
    await expectInvalid('to year 0', await call('/tickets?createdTo=0000-06-01'), 'createdTo');
    await expectInvalid('to past the last day', await call('/tickets?createdTo=9999-12-31'), 'createdTo');
    await expectInvalid('from past the last day', await call('/tickets?createdFrom=9999-12-31'), 'createdFrom');
    for (const query of [
      'createdFrom=0001-01-01',
      // Midnight of 1 January, year 1, in Tokyo is still year 0 in UTC.
      'createdFrom=0001-01-01&createdTo=0001-01-01&timeZone=Asia/Tokyo',
      'createdFrom=9999-12-30',
      'createdTo=9999-12-30&timeZone=Pacific/Kiritimati',
    ]) {
      const response = await call(`/tickets?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 200 });
    }
  });

  it('a key phrase of no word, of three words, of a bare number or too long is 400 naming topic or handoffTopic', async () => {
    for (const name of ['topic', 'handoffTopic']) {
      for (const value of ['!!', 'one two three', '42', 'a', 'x'.repeat(101)]) {
        await expectInvalid(`${name}=${value}`, await call(`/tickets?${name}=${encodeURIComponent(value)}`), name);
      }
      const response = await call(`/tickets?${name}=${encodeURIComponent('Login Code')}`);
      expect({ name, status: response.status }).toEqual({ name, status: 200 });
    }
    await expectInvalid('assistant too long', await call(`/tickets?assistant=${'a'.repeat(201)}`), 'assistant');
  });

  it('insights: a missing or bad day, a reversed or too long range, a bad time zone or an unknown parameter is 400 naming it', async () => {
    await expectInvalid('no createdFrom', await call('/insights?createdTo=2026-01-31'), 'createdFrom');
    await expectInvalid('bad createdTo', await call('/insights?createdFrom=2026-01-01&createdTo=2026-02-30'), 'createdTo');
    await expectInvalid('reversed', await call('/insights?createdFrom=2026-02-01&createdTo=2026-01-01'), 'createdTo');
    await expectInvalid('too long', await call('/insights?createdFrom=2025-01-01&createdTo=2026-01-03'), 'createdTo');
    await expectInvalid('time zone', await call('/insights?createdFrom=2026-01-01&createdTo=2026-01-31&timeZone=Mars/Olympus'), 'timeZone');
    await expectInvalid('unknown', await call('/insights?createdFrom=2026-01-01&createdTo=2026-01-31&assistant=x'), 'assistant');
    await expectInvalid('repeated', await call('/insights?createdFrom=2026-01-01&createdFrom=2026-01-02&createdTo=2026-01-31'), 'createdFrom');
    const response = await call('/insights?createdFrom=2026-01-01&createdTo=2026-01-31');
    expect(response.status).toBe(200);
    const missing = await call('/insights?createdFrom=2026-01-01&createdTo=2026-01-31&assistantId=no-such-assistant');
    expect(missing.status).toBe(404);
  });

  it('the last page number there is answers an empty page', async () => {
    const response = await call(`/tickets?page=${Number.MAX_SAFE_INTEGER}&pageSize=100`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ tickets: [] });
  });
});

describe('lengths are counted in characters, as the OpenAPI document counts them', () => {
  const emoji = '\u{1F600}';

  it('a body of 20,000 emoji is stored exactly; 20,001 is 400 on `body`', async () => {
    const reply = await call(`${path}/replies`, { method: 'POST', json: { body: emoji.repeat(20_000) } });
    expect(reply.status).toBe(201);
    expect(((await reply.json()) as { message: Message }).message.body).toBe(emoji.repeat(20_000));
    await expectInvalid('20,001', await call(`${path}/notes`, { method: 'POST', json: { body: emoji.repeat(20_001) } }), 'body');
  });

  it('a search of 200 emoji is taken, 201 is 400; a ticket ID of 100 emoji is looked up, 101 is 400', async () => {
    expect((await call(`/tickets?search=${encodeURIComponent(emoji.repeat(200))}`)).status).toBe(200);
    await expectInvalid('search', await call(`/tickets?search=${encodeURIComponent(emoji.repeat(201))}`), 'search');
    expect((await call(`/tickets/${encodeURIComponent(emoji.repeat(100))}`)).status).toBe(404);
    await expectInvalid('ticket ID', await call(`/tickets/${encodeURIComponent(emoji.repeat(101))}`), 'ticketId');
  });
});

describe('headers', () => {
  it('a Content-Type that only starts with application/json is 415; parameters and any case are fine', async () => {
    for (const type of ['application/json.evil', 'application/jsonx', 'application/json-patch+json', 'text/plain; x=application/json']) {
      const response = await send(`${path}/notes`, 'POST', '{"body":"hi"}', type);
      expect({ type, status: response.status }).toEqual({ type, status: 415 });
    }
    for (const type of ['application/json', 'Application/JSON; charset=UTF-8', 'application/json;charset=utf-8']) {
      const response = await send(`${path}/notes`, 'POST', '{"body":"hi"}', type);
      expect({ type, status: response.status }).toEqual({ type, status: 201 });
    }
  });

  it('the auth scheme is case-insensitive (RFC 9110)', async () => {
    const token = demoTokenFor(admin.id);
    for (const header of [`bearer ${token}`, `BEARER ${token}`, `Bearer ${token}`]) {
      const response = await call('/me', { token: null, headers: { Authorization: header } });
      expect({ header, status: response.status }).toEqual({ header, status: 200 });
    }
  });
});
