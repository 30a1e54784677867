// `npm test`: set up on a fresh machine, then run every test: typecheck, lint, unit and property tests,
// adapter conformance (memory, PGlite and real PostgreSQL), packed-package checks, stories in real Chromium, the
// Storybook build and the demo's end-to-end tests, and the bundle budgets (`pnpm size --check`).
import { ensurePnpm, installDependencies, requireChromium, run } from './lib/setup.mjs';

ensurePnpm();
installDependencies();
const chromium = requireChromium();
console.log(`› Browser tests use ${chromium}`);
run('pnpm', ['turbo', 'run', 'typecheck', 'lint', 'test', 'check:package', '--output-logs=new-only', '--concurrency=2']);
// Sizes are deterministic, so the budgets are a test like any other.
run('pnpm', ['run', 'size', '--check']);
// The reference server's suite again on a real PostgreSQL (Debian's binaries; skipped with a message when absent).
run('pnpm', ['--filter', '@ticketkit/server', 'run', 'test:pg']);
run('pnpm', ['run', 'test:stories']);
run('pnpm', ['run', 'build-storybook']);
run('pnpm', ['run', 'test:e2e']);
console.log('\n✔ Every test passed.');
