import { createRestAdapter } from '@ticketkit/core/rest';
import { describeAdapterConformance } from '@ticketkit/core/testing';
import { demoTokenFor } from './db/demo-tokens';
import { clearData, insertData } from './db/seed-data';
import { listen } from './http/listen';
import { openTestDatabase } from './testing/test-database';

// The same suite the memory adapter passes, run against createRestAdapter talking HTTP to this server.
const { db, dispose } = await openTestDatabase();
const server = await listen(db);

describeAdapterConformance({
  name: `createRestAdapter → reference server on ${db.kind}`,
  async create({ data, viewer }) {
    await clearData(db);
    // Demo mode: every member gets its demo token, which the adapter sends.
    await insertData(db, data, { demoTokens: true });
    return createRestAdapter({ baseUrl: server.url, headers: { Authorization: `Bearer ${demoTokenFor(viewer.id)}` } });
  },
  async teardown() {
    await server.close();
    await dispose();
  },
});
