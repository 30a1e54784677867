import pg from 'pg';
import type { Database, Queryable, Row } from './database';

/** Opens a pool of connections to a real PostgreSQL server, e.g. `postgres://user@127.0.0.1:5432/ticketkit`. */
export async function openPostgres(connectionString: string, poolSize = 10): Promise<Database> {
  // No JIT compilation: the server's queries are short, and compiling the insights' aggregates took longer (about
  // 0.5 s) than running them.
  const pool = new pg.Pool({ connectionString, max: poolSize, options: '-c jit=off' });
  // Fail at start-up, not on the first request, when the server cannot be reached.
  await pool.query('SELECT 1');
  const run = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as R[];
    },
  });
  return {
    kind: 'postgres',
    ...run(pool),
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(run(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
