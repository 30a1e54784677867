import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open';
import { clearData } from '../db/seed-data';

/** A database for one test file, and how to throw it away. */
export interface TestDatabase {
  db: Database;
  dispose(): Promise<void>;
}

/**
 * With `DATABASE_URL` set, creates a database of its own on that server (so test files running in parallel never
 * share tables) and drops it afterwards; otherwise opens an in-memory PGlite.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase();
    return { db, dispose: () => db.close() };
  }
  const name = `ticketkit_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  // `name` is made here of hex digits only; CREATE DATABASE takes no parameters.
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  return {
    db,
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.end();
    },
  };
}

/**
 * For a test file on an empty database: opens one before the file's tests (`openTestDatabase`), empties it before
 * each test and throws it away after the last. Read `.db` inside a test or hook, once the database is open.
 */
export function useEmptyTestDatabase(): { readonly db: Database } {
  let test: TestDatabase | undefined;
  beforeAll(async () => {
    test = await openTestDatabase();
  });
  afterAll(async () => {
    await test?.dispose();
  });
  beforeEach(async () => {
    await clearData(test!.db);
  });
  return {
    get db() {
      if (!test) throw new Error('useEmptyTestDatabase(): the database is opened in beforeAll; read .db inside a test or hook.');
      return test.db;
    },
  };
}
