import { commandArgs } from './cli/args';
import { CREATE_TOKEN_USAGE, createToken, parseCreateTokenArgs, UsageError } from './cli/create-token';
import { databaseFromEnv } from './config';
import { openDatabase } from './db/open';

// `pnpm create-token --member tm-1`, or `--name Ada --email ada@example.com --role admin` for a new team member:
// prints a new random bearer token once; only its SHA-256 is stored.
let request;
try {
  request = parseCreateTokenArgs(commandArgs());
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${CREATE_TOKEN_USAGE}`);
  process.exit(2);
}

const target = databaseFromEnv();
const db = await openDatabase(target);
try {
  const { member, token } = await createToken(db, request);
  console.log(`A token for ${member.name} (${member.id}, ${member.role}) in the ${target.label}. It is shown only this once:\n`);
  console.log(`  Authorization: Bearer ${token}\n`);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.close();
}
