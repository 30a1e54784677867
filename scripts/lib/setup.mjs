// Shared by `npm start` and `npm test`: make sure pnpm is there, install the workspace, find a browser.
// Runs on a fresh machine with only Node >= 20.19 and npm; needs no root and downloads no browser.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1].split('+')[0];

/** Runs a command in the repo root with inherited output; exits with its code when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env, ...options });
  if (result.error) {
    console.error(`\n✖ Could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`\n✖ ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function pnpmWorks() {
  const result = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env: process.env });
  return result.status === 0 && result.stdout.trim() === pnpmVersion;
}

/** Puts the pinned pnpm on PATH: the one installed, or a copy installed with npm into `.cache/pnpm`. */
export function ensurePnpm() {
  process.env.COREPACK_ENABLE_DOWNLOAD_PROMPT = '0';
  process.env.TURBO_TELEMETRY_DISABLED = '1';
  process.env.STORYBOOK_DISABLE_TELEMETRY = '1';
  const localBin = join(root, '.cache', 'pnpm', 'node_modules', '.bin');
  process.env.PATH = `${localBin}${delimiter}${process.env.PATH}`;
  if (pnpmWorks()) return;
  console.log(`› Installing pnpm ${pnpmVersion} into .cache/pnpm (one time)…`);
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', join(root, '.cache', 'pnpm'), `pnpm@${pnpmVersion}`]);
  if (!pnpmWorks()) {
    console.error('✖ pnpm could not be set up. Install it with `npm i -g pnpm@' + pnpmVersion + '` and try again.');
    process.exit(1);
  }
}

/** Installs the workspace's dependencies exactly as the lockfile says. */
export function installDependencies() {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : ['--prefer-offline'];
  run('pnpm', ['install', ...frozen]);
}

const browserCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Finds Chromium for browser tests (`CHROMIUM_PATH` first) and exports it as `CHROMIUM_PATH`; stops with help if none. */
export function requireChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && !existsSync(fromEnv)) {
    console.error(`✖ CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    process.exit(1);
  }
  const found = fromEnv || browserCandidates.find((candidate) => existsSync(candidate));
  if (!found) {
    console.error(
      [
        '✖ The browser tests need Chromium, and none was found.',
        '  Install it, then run `npm test` again:',
        '    Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium fonts-liberation',
        '    macOS:          brew install --cask chromium',
        '  Or point CHROMIUM_PATH at a Chromium or Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
  process.env.CHROMIUM_PATH = found;
  return found;
}
