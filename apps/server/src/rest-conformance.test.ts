import { createRestAdapter } from '@ticketkit/core/rest';
import { describeAdapterConformance } from '@ticketkit/core/testing';
import { expect } from 'vitest';
import { demoTokenFor } from './db/demo-tokens';
import { clearData, insertData } from './db/seed-data';
import { listen } from './http/listen';
import { openTestDatabase } from './testing/test-database';

// The same suite the memory adapter passes, run against createRestAdapter talking HTTP to this server.
const { db, dispose } = await openTestDatabase();
const server = await listen(db);
let seeded: { test: string | undefined; data: unknown } = { test: undefined, data: undefined };

describeAdapterConformance({
  name: `createRestAdapter → reference server on ${db.kind}`,
  async create({ data, viewer }) {
    // A fresh database for each test (writes of one test must not leak into the next); adapters made within one test
    // (an admin's and a member's) share it, as the clients of one server do.
    const test = expect.getState().currentTestName;
    if (test === undefined || test !== seeded.test || data !== seeded.data) {
      await clearData(db);
      // Demo mode: every member gets its demo token, which the adapter sends.
      await insertData(db, data, { demoTokens: true });
      seeded = { test, data };
    }
    return createRestAdapter({ baseUrl: server.url, headers: { Authorization: `Bearer ${demoTokenFor(viewer.id)}` } });
  },
  async teardown() {
    await server.close();
    await dispose();
  },
});
