import { defaultTicketModel, defineTicketModel, type TicketModel, type TicketModelDefinition } from '@ticketkit/core';
import { readFileSync } from 'node:fs';
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

/**
 * Reads a ticket model from a JSON file: core's `TicketModelDefinition` (`statuses`, `priorities` lowest first,
 * `fields`; any part left out is the default model's), checked whole by `defineTicketModel`.
 * @throws Error saying which file and what is wrong in it, e.g. `model.statuses[1].category: expected one of …`.
 */
export function loadTicketModel(path: string): TicketModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the ticket model ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let definition: unknown;
  try {
    definition = JSON.parse(text);
  } catch (error) {
    throw new Error(`The ticket model ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    throw new Error(`The ticket model ${path} must be a JSON object with statuses, priorities and/or fields`);
  }
  try {
    return defineTicketModel(definition as TicketModelDefinition);
  } catch (error) {
    throw new Error(`The ticket model ${path} is not valid: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * The ticket model the server and the seed command use: the JSON file named by the `--model` flag, else by
 * `TICKET_MODEL`, else core's `defaultTicketModel`. @throws Error as `loadTicketModel` does.
 */
export function modelFromConfig(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): { model: TicketModel; label: string } {
  const path = flag || env.TICKET_MODEL;
  if (!path) return { model: defaultTicketModel, label: 'the default ticket model' };
  const model = loadTicketModel(path);
  return { model, label: `the ticket model in ${path} (${model.statuses.length} statuses, ${model.priorities.length} priorities, ${model.fields.length} fields)` };
}

/**
 * `modelFromConfig` for a command line: a model that cannot be loaded is said on stderr and the process exits with 2
 * (a usage error), before anything opens the database.
 */
export function modelFromConfigOrExit(flag: string | undefined): { model: TicketModel; label: string } {
  try {
    return modelFromConfig(flag);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
