// `node scripts/with-pnpm.mjs <command> [args…]`: runs a command with the pinned pnpm on PATH — the one installed, or
// the copy `npm start` / `npm test` put in .cache/pnpm (installed there now if neither is there). The root scripts
// that need pnpm (turbo runs each package's task with it) go through this, so `npm run …` works with only Node and npm.
import { spawnSync } from 'node:child_process';
import { ensurePnpm } from './lib/setup.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: node scripts/with-pnpm.mjs <command> [args…]');
  process.exit(2);
}
ensurePnpm();
const result = spawnSync(command, args, { cwd: process.cwd(), stdio: 'inherit', env: process.env, shell: process.platform === 'win32' });
if (result.error) {
  console.error(`✖ Could not run ${command}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
