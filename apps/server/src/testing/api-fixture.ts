import { createConformanceData, memberViewer } from '@ticketkit/core/testing';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { demoTokenFor } from '../db/demo-tokens';
import { clearData, insertData } from '../db/seed-data';
import { listen, type RunningServer } from '../http/listen';
import { openTestDatabase, type TestDatabase } from './test-database';

/** Options of one request made by a test: a bearer token (`null` for none) and a JSON body. */
export type CallInit = RequestInit & { token?: string | null; json?: unknown };

/**
 * A server on a test database of its own for one test file, filled before each test with the conformance data in
 * demo mode (every member has its demo token), and the people and tickets the tests talk about.
 */
export function useApiServer() {
  const data = createConformanceData();
  const member = memberViewer(data);
  const admin = data.teamMembers.find((m) => m.role === 'admin')!;
  const own = data.tickets.find((t) => t.assistant.ownerId === member.id)!;
  const other = data.tickets.find((t) => t.assistant.ownerId !== member.id)!;
  let test: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    test = await openTestDatabase();
    server = await listen(test.db);
  });
  afterAll(async () => {
    await server?.close();
    await test?.dispose();
  });
  beforeEach(async () => {
    await clearData(test.db);
    await insertData(test.db, data, { demoTokens: true });
  });

  /** Calls the API as the admin unless `token` says otherwise. */
  function call(path: string, init: CallInit = {}) {
    const { token = demoTokenFor(admin.id), json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (token !== null) headers.set('Authorization', `Bearer ${token}`);
    if (json !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return fetch(`${server.url}${path}`, { ...rest, headers, ...(json === undefined ? {} : { body: JSON.stringify(json) }) });
  }

  /** A fingerprint of everything writable, to prove a refused request changed nothing. */
  async function snapshot() {
    const [row] = await test.db.query(`SELECT
      (SELECT string_agg(id || ':' || version || ':' || status || ':' || priority || ':' || coalesce(assignee_id, '-'), ',' ORDER BY id) FROM tickets) AS tickets,
      (SELECT count(*)::int FROM messages) AS messages,
      (SELECT count(*)::int FROM notes) AS notes`);
    return row;
  }

  return {
    data,
    member,
    admin,
    /** A ticket of an assistant the member owns. */
    own,
    /** A ticket of an assistant someone else owns. */
    other,
    call,
    snapshot,
    /** The test database (open between `beforeAll` and `afterAll`). */
    get db() {
      return test.db;
    },
  };
}
