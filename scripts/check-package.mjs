// Packs the package in the current directory as it would be published, then checks the tarball with
// publint (strict) and @arethetypeswrong/cli. Run by each library package's `check:package` script.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'ticketkit-pack-'));
try {
  execFileSync('pnpm', ['pack', '--pack-destination', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(out, readdirSync(out).find((name) => name.endsWith('.tgz')));
  execFileSync('publint', ['run', tarball, '--strict'], { stdio: 'inherit' });
  // node10 resolution has no subpath exports (`/testing`); every mode that supports `exports` must pass.
  // Stylesheet exports (`./styles.css`) have no types to check.
  const { exports = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
  const cssEntries = Object.keys(exports).filter((key) => key.endsWith('.css'));
  const exclude = cssEntries.length > 0 ? ['--exclude-entrypoints', ...cssEntries] : [];
  execFileSync('attw', [tarball, '--profile', 'node16', ...exclude], { stdio: 'inherit' });
} finally {
  rmSync(out, { recursive: true, force: true });
}
