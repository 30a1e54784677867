import { fileURLToPath } from 'node:url';

/** Where the embedded database keeps its files unless `PGLITE_DATA_DIR` says otherwise (`memory://` for none). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.pglite', import.meta.url));

/** The database the server and the seed command use, from the environment. */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): { databaseUrl?: string; dataDir?: string; label: string } {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    return { databaseUrl: env.DATABASE_URL, label: `PostgreSQL at ${url.host}${url.pathname}` };
  }
  const dataDir = env.PGLITE_DATA_DIR || DEFAULT_DATA_DIR;
  return { dataDir, label: dataDir.startsWith('memory://') ? 'embedded PGlite in memory' : `embedded PGlite in ${dataDir}` };
}
