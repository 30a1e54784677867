import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database, Row } from './database';

/**
 * Opens the embedded PostgreSQL (PGlite, compiled to WebAssembly: nothing to install).
 * `dataDir` keeps the data on disk; without it the database lives in memory and is gone on exit.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  return {
    kind: 'pglite',
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await pg.query<R>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql) {
      await pg.exec(sql);
    },
    transaction(work) {
      return pg.transaction((tx) =>
        work({
          async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
            return (await tx.query<R>(sql, params as unknown[])).rows;
          },
        }),
      );
    },
    async close() {
      await pg.close();
    },
  };
}
