/** One row of a query result, as the driver returns it. */
export type Row = Record<string, unknown>;

/** What every query runner offers: parameterised queries only, so user input never becomes SQL text. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * The server's view of PostgreSQL, the same for the embedded PGlite and a real server reached through `pg`.
 * Statements are written once and run unchanged on both.
 */
export interface Database extends Queryable {
  /** `pglite` (embedded, in-process) or `postgres` (a real server). */
  readonly kind: 'pglite' | 'postgres';
  /** Runs a script of several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connection(s). */
  close(): Promise<void>;
}
